import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readYamlFile } from '../src/pipeline/yaml-file.ts';
import { SiteConfig } from '../src/schema/site.ts';
import { SourceError } from '../src/schema/source.ts';
import { contentDir, outDir } from '../src/lib/env.ts';
import { collectBundle, zipBundle } from './archive/bundle.ts';
import { bundleDate, reportMetas } from './archive/date.ts';
import { sha256 } from './archive/manifest.ts';
import { gitOrigin, toolVersions } from './archive/provenance.ts';
import { buildSite, checkBuiltSite, checkBundleName } from './archive/site.ts';

/**
 * npm run archive [-- --dist <built site>] [--out <folder>] [--name <prefix>]
 *
 * Builds the site (unless --dist names an existing build) and writes archive/<prefix>-<date>.zip:
 * the site, the raw sources with their source.yaml, the editors' overrides, the open data,
 * ARCHIVE.md and SHA256SUMS. The date comes from the reports or SOURCE_DATE_EPOCH, and ARCHIVE.md
 * names the git commit (or GZBG_REPOSITORY / GZBG_COMMIT when there is no .git), so the same inputs
 * give the same file, byte for byte.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string', default: 'archive' },
      name: { type: 'string', default: 'gzbg' },
    },
  });
  const content = contentDir();
  const dist = values.dist ? resolve(values.dist) : outDir();
  checkBundleName(values.name);
  if (!values.dist) {
    console.log(`正在构建网站到 ${dist} …`);
    buildSite(dist);
  }
  checkBuiltSite(dist);

  const date = await bundleDate(content);
  const name = `${values.name}-${date}`;
  const siteFile = join(content, 'site.yaml');
  const site = readYamlFile(
    await readFile(siteFile, 'utf8'),
    siteFile,
    SiteConfig,
    '各项的写法见 site.yaml 顶部的说明',
  ).data;
  const root = resolve(import.meta.dirname, '..');
  const files = await collectBundle({
    dist,
    content,
    name,
    date,
    siteName: site.name,
    reports: await reportMetas(content),
    origin: gitOrigin(root),
    tools: toolVersions(root),
    rights: site.rights,
  });
  const zip = zipBundle(files, name, date);

  // Written beside its final name and renamed, so a failure never leaves half a bundle.
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  const target = join(out, `${name}.zip`);
  const temp = `${target}.tmp-${process.pid}`;
  try {
    await writeFile(temp, zip);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  const shown = relative(process.cwd(), target).startsWith('..') ? target : relative(process.cwd(), target);
  console.log(
    `已写入存档包 ${shown}：${files.size} 个文件，${(zip.length / 1024 / 1024).toFixed(2)} MB，sha256 ${sha256(zip)}`,
  );
  console.log(`校验：npm run verify-archive -- ${shown}`);
}

main().catch((error: unknown) => {
  // A catalogue error as ingest prints it (✗ [E_…] file → problem。fix); anything else is a bug, with its stack.
  if (error instanceof SourceError) console.error(`✗ [${error.code}] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
