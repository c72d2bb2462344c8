/**
 * node scripts/bench/search.ts [--runs N] [--queries 氢能,2024年,…] [dist…] — the first search on the search page, in headless Chromium,
 * served under /zwgk/gzbg/ as on a government CDN: milliseconds from navigation to search.html?q=…
 * until the results are drawn, from the key press (on the loaded, idle page) until they are drawn,
 * and the longest main-thread task seen (scripts/bench/pages.ts firstQuery). Every run is a fresh
 * browser context (cold cache). Given several built folders (e.g. before and after a change), it
 * alternates between them run by run, so they share the machine's conditions. Prints Markdown: the
 * median of the runs, and for the longest task the number of runs with a task over 50 ms.
 */
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { median } from './measure.ts';
import { firstQuery, type SearchCost } from './pages.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, queries: { type: 'string' } },
});
const QUERIES = values.queries ? values.queries.split(',') : ['氢能', '高标准农田', '氢能 重卡', '2024年'];
const RUNS = Number(values.runs);

const dists = (positionals.length ? positionals : [process.env.GZBG_OUT_DIR ?? 'dist']).map((d) => resolve(d));
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
console.log(
  `Date: ${new Date().toISOString().slice(0, 16)} UTC; median of ${RUNS} cold runs per query and folder (min–max in brackets)\n`,
);
console.log(
  '| folder | query | results | navigation → results drawn | key press → results drawn | longest task | runs with a task > 50 ms | requests (with ?q=) | gzip bytes |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [n, dist] of dists.entries()) {
  for (const q of QUERIES) {
    const s = samples.get(`${n}\t${q}`)!;
    const m = (f: (c: SearchCost) => number) => Math.round(median(s.map(f)));
    const range = (f: (c: SearchCost) => number) => `${m(f)} ms (${Math.min(...s.map(f))}–${Math.max(...s.map(f))})`;
    console.log(
      `| ${dist} | ${q} | ${m((c) => c.count)} | ${range((c) => c.msToResults)} | ${range((c) => c.msAfterKey)} | ${m((c) => c.longestTaskMs)} ms (max ${Math.max(...s.map((c) => c.longestTaskMs))}) | ${s.filter((c) => c.longestTaskMs > 50).length} of ${s.length} | ${m((c) => c.requests)} | ${(m((c) => c.gzipBytes) / 1024).toFixed(1)} KiB |`,
    );
  }
}
