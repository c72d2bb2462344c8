/**
 * npm run build [-- --content DIR --out DIR]
 * 1. ingest: sources → content/reports (scripts/ingest.ts)
 * 2. astro build → the output folder
 * 3. the post-build steps below, in order
 * The folders also come from GZBG_CONTENT_DIR / GZBG_OUT_DIR; astro.config.mjs and
 * src/content.config.ts read the same variables, so a fixture site never touches content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheDir } from '../src/lib/env.ts';
import { runDeploySteps } from './postbuild/index.ts';
import { searchIndexStep } from './postbuild/pagefind.ts';

/** Post-build steps, in order; each reads and rewrites the built site in outDir. Add yours here. */
const POST_BUILD: { name: string; run: (outDir: string) => Promise<void> | void }[] = [
  { name: '链接改为相对地址、单文件版、CSP 检查', run: runDeploySteps },
  { name: '搜索索引(Pagefind 与离线索引)', run: searchIndexStep },
];

const root = fileURLToPath(new URL('..', import.meta.url));

function step(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): void {
  console.log(`▶ ${name}`);
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${name}失败(退出码 ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
  const content = resolve(values.content ?? process.env.GZBG_CONTENT_DIR ?? 'content');
  const out = resolve(values.out ?? process.env.GZBG_OUT_DIR ?? 'dist');
  const env = { ...process.env, GZBG_CONTENT_DIR: content, GZBG_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };

  step('生成内容(ingest)', [resolve(root, 'scripts/ingest.ts'), '--content', content], env);
  // Astro puts its prerender chunks in <cwd>/.astro/ when outDir is outside the working folder:
  // run it from a folder of this build's own, so that two builds at once never collide.
  const cache = buildCacheDir(root, out);
  mkdirSync(cache, { recursive: true });
  step(
    'astro build',
    [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    { ...env, GZBG_CACHE_DIR: cache },
    cache,
  );
  process.env.GZBG_CONTENT_DIR = content;
  process.env.GZBG_OUT_DIR = out;
  for (const { name, run } of POST_BUILD) {
    console.log(`▶ ${name}`);
    await run(out);
  }
  console.log(`✓ 网站已生成:${out}`);
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
