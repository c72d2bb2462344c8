/**
 * node scripts/bench/search.ts [dist] — what a first search costs in headless Chromium on localhost:
 * bytes downloaded by the query (after the search page itself has loaded) and the time from pressing
 * Enter to the results on screen. Each run uses a fresh browser context (cold cache). Bytes are the
 * sizes of the files served (the local server does not compress; Pagefind's index files are gzip
 * already). Prints a Markdown table for BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serve } from '../../tests/e2e/support/server.ts';

const QUERIES = ['氢能', '高标准农田', '氢能 重卡', '2400套', '2024年'];
const RUNS = 5;

const dist = resolve(process.argv[2] ?? process.env.GZBG_OUT_DIR ?? 'dist');
const server = await serve(dist);
const browser = await launchBrowser();

interface Sample {
  bytes: number;
  gzipped: number;
  requests: number;
  ms: number;
  results: number;
}

async function once(query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search.html`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#search-app[data-state="done"]');
  await page.fill('#search-q', query);
  // Timed inside the page (Enter pressed → results drawn), so the driver's round trips do not count.
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchEnd?: number };
    const app = document.getElementById('search-app')!;
    document.getElementById('search-q')!.addEventListener(
      'keydown',
      () => {
        w.benchStart = performance.now();
      },
      { capture: true, once: true },
    );
    new MutationObserver((_, observer) => {
      if (w.benchStart !== undefined && app.getAttribute('data-state') === 'done') {
        w.benchEnd = performance.now();
        observer.disconnect();
      }
    }).observe(app, { attributes: true, attributeFilter: ['data-state'] });
  });
  // Counted at the server (worker requests included): the bytes of every file served for the query.
  const first = server.requests.length;
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => (window as unknown as { benchEnd?: number }).benchEnd !== undefined);
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchEnd: number };
    return w.benchEnd - w.benchStart;
  });
  const served = server.requests.slice(first).filter((r) => r.status === 200);
  const files = served.map((r) => readFileSync(join(dist, decodeURIComponent(r.path.slice(server.prefix.length)))));
  const bytes = files.reduce((n, f) => n + f.length, 0);
  // What a CDN that gzips text would send (Pagefind's own index, fragment and wasm files are gzip already).
  const gzipped = files.reduce(
    (n, f) => n + (f[0] === 0x1f && f[1] === 0x8b ? f.length : Math.min(f.length, gzipSync(f, { level: 6 }).length)),
    0,
  );
  const results = Number(await page.getAttribute('#search-app', 'data-count'));
  await context.close();
  return { bytes, gzipped, requests: served.length, ms, results };
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const q of QUERIES) {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once(q));
  rows.push(
    `| ${q} | ${samples[0]!.results} | ${median(samples.map((s) => s.requests))} | ${(median(samples.map((s) => s.bytes)) / 1024).toFixed(1)} KiB | ${(median(samples.map((s) => s.gzipped)) / 1024).toFixed(1)} KiB | ${Math.round(median(samples.map((s) => s.ms)))} ms |`,
  );
}
await browser.close();
await server.close();

console.log(`Command: node scripts/bench/search.ts ${process.argv[2] ?? ''}`.trim());
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os.loadavg()[0]!.toFixed(1)}; Node ${process.version}; Chromium headless`,
);
console.log(`Date: ${new Date().toISOString().slice(0, 10)}; median of ${RUNS} cold runs per query\n`);
console.log('| query | results | requests | bytes of the first query (as served) | same, gzip | time to results |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
