import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBundle } from './archive/bundle.ts';
import { MANIFEST, compareWithManifest, parseManifest } from './archive/manifest.ts';

/**
 * npm run verify-archive -- <bundle.zip | unzipped folder>
 *
 * Checks every file against the bundle's SHA256SUMS and reports, file by file, what is missing,
 * altered or added. Exit 0: intact; 1: any discrepancy; 2: the bundle cannot be read.
 */
async function main(): Promise<number> {
  const arg = process.argv[2];
  if (!arg) {
    console.error('用法:npm run verify-archive -- <存档包 .zip 或解压后的目录>');
    return 2;
  }
  const path = resolve(arg);
  if (!existsSync(path)) {
    console.error(`找不到 ${path}`);
    return 2;
  }
  const files = await readBundle(path);
  const manifest = files.get(MANIFEST);
  if (!manifest) {
    console.error(`${path} 中没有 ${MANIFEST}:这不是本项目生成的存档包,或清单已被删除,无法校验`);
    return 2;
  }
  const result = compareWithManifest(parseManifest(new TextDecoder().decode(manifest)), files);
  for (const p of result.missing) console.log(`缺失:${p}`);
  for (const a of result.altered) console.log(`已改动:${a.path}(清单中 sha256 ${a.expected},实际 ${a.actual})`);
  for (const p of result.added) console.log(`多出:${p}(不在 ${MANIFEST} 中)`);
  const bad = result.missing.length + result.altered.length + result.added.length;
  if (bad > 0) {
    console.log(
      `校验失败:${result.ok} 个文件一致;缺失 ${result.missing.length} 个,改动 ${result.altered.length} 个,多出 ${result.added.length} 个`,
    );
    return 1;
  }
  console.log(`校验通过:${result.ok} 个文件与 ${MANIFEST} 完全一致`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`无法校验:${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
