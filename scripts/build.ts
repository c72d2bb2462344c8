/**
 * npm run build [-- --content DIR --out DIR]
 * `astro build`, nothing more: ingest, the deploy steps and the search index run inside it
 * (src/integration/). This wrapper only chooses the folders — handed to astro.config.mjs and
 * src/content.config.ts as GZBG_CONTENT_DIR / GZBG_OUT_DIR in the child's environment — so a
 * fixture site never touches content/ or dist/. Without options the result is byte for byte what
 * `npx astro build` writes (tests/e2e/deploy-repro.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheDir } from '../src/lib/env.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const content = resolve(values.content ?? process.env.GZBG_CONTENT_DIR ?? 'content');
const out = resolve(values.out ?? process.env.GZBG_OUT_DIR ?? 'dist');
// Astro puts its prerender chunks in <cwd>/.astro/ when outDir is outside the working folder:
// run it from a folder of this build's own, so that two builds at once never collide.
const cache = buildCacheDir(root, out);
mkdirSync(cache, { recursive: true });
const result = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
  {
    cwd: cache,
    stdio: 'inherit',
    env: {
      ...process.env,
      GZBG_CONTENT_DIR: content,
      GZBG_OUT_DIR: out,
      GZBG_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
);
if (result.status !== 0) {
  console.error(`✗ 构建失败（退出码 ${result.status ?? result.signal}），见上方信息`);
  process.exit(result.status || 1);
}
console.log(`✓ 网站已生成：${out}`);
