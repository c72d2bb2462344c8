/**
 * node scripts/bench/lighthouse-pages.ts [dist] — Lighthouse (mobile, the default profile) on home, a
 * report overview, a task page, search, compare and methodology, served under /zwgk/gzbg/ as on a
 * government CDN with DEPLOY.md's headers.
 * (CSP, cache) and gzip.
 * Further arguments after the folder: only these pages. Prints a Markdown table for BENCHMARKS.md.
 */
import os from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { recommendedHeaders } from '../../src/integration/deploy-headers.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { LIGHTHOUSE_PAGES, scores } from './lighthouse.ts';

const dist = resolve(process.argv[2] ?? process.env.GZBG_OUT_DIR ?? 'dist');
const server = await serve(dist, {
  prefix: '/zwgk/gzbg/',
  // Compressed as DEPLOY.md's nginx (gzip on) and any CDN serve it.
  gzip: true,
  headers: (file) => recommendedHeaders(relative(dist, file).split(sep).join('/')),
});
console.log(`Command: node scripts/bench/lighthouse-pages.ts ${process.argv[2] ?? ''}`.trim());
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)}; Node ${process.version}; Debian Chromium headless; ${new Date().toISOString().slice(0, 16)} UTC\n`,
);
console.log('| page (under /zwgk/gzbg/) | performance | accessibility | best practices | SEO |');
console.log('|---|---:|---:|---:|---:|');
for (const page of process.argv.length > 3 ? process.argv.slice(3) : LIGHTHOUSE_PAGES) {
  const s = await scores(new URL(page, server.url).href);
  console.log(`| ${page} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`);
}
await server.close();
