/**
 * node scripts/bench/search.ts [dist…] — the first search on the search page, in headless Chromium,
 * served under /zwgk/gzbg/ as on a government CDN: milliseconds from navigation to search.html?q=…
 * until the results are drawn, from the key press (on the loaded, idle page) until they are drawn,
 * and the longest main-thread task seen (scripts/bench/pages.ts firstQuery). Every run is a fresh
 * browser context (cold cache). Given several built folders (e.g. before and after a change), it
 * alternates between them run by run, so they share the machine's conditions. Prints Markdown.
 */
import os from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { median } from './measure.ts';
import { firstQuery, type SearchCost } from './pages.ts';

const QUERIES = ['氢能', '高标准农田', '氢能 重卡', '2024年'];
const RUNS = 5;

const dists = (process.argv.length > 2 ? process.argv.slice(2) : [process.env.GZBG_OUT_DIR ?? 'dist']).map((d) =>
  resolve(d),
);
const servers = await Promise.all(dists.map((d) => serve(d, { prefix: '/zwgk/gzbg/' })));
const browser = await launchBrowser();
const samples = new Map<string, SearchCost[]>();
for (const q of QUERIES) {
  for (let i = 0; i < RUNS; i++) {
    for (const [n, dist] of dists.entries()) {
      const key = `${n}\t${q}`;
      samples.set(key, [...(samples.get(key) ?? []), await firstQuery(browser, dist, servers[n]!.url, q)]);
    }
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

console.log(`Command: node scripts/bench/search.ts ${process.argv.slice(2).join(' ')}`.trim());
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os.loadavg()[0]!.toFixed(1)}; Node ${process.version}; Chromium headless`,
);
console.log(`Date: ${new Date().toISOString().slice(0, 16)} UTC; median of ${RUNS} cold runs per query and folder\n`);
console.log(
  '| folder | query | navigation → results drawn | key press → results drawn | longest task | requests (with ?q=) | gzip bytes |',
);
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [n, dist] of dists.entries()) {
  for (const q of QUERIES) {
    const s = samples.get(`${n}\t${q}`)!;
    const m = (f: (c: SearchCost) => number) => Math.round(median(s.map(f)));
    console.log(
      `| ${dist} | ${q} | ${m((c) => c.msToResults)} ms | ${m((c) => c.msAfterKey)} ms | ${m((c) => c.longestTaskMs)} ms (max ${Math.max(...s.map((c) => c.longestTaskMs))}) | ${m((c) => c.requests)} | ${(m((c) => c.gzipBytes) / 1024).toFixed(1)} KiB |`,
    );
  }
}
