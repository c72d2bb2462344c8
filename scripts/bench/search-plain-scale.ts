/**
 * node scripts/bench/search-plain-scale.ts [dist] — how the plain-script search index scales, to set
 * the threshold above which the search page asks Pagefind instead (src/search/engine.ts).
 *
 * The real records of <dist>/search/offline-index.js are repeated 1, 5, 10, 20 and 50 times (as an
 * archive of as many such years); each index is loaded in headless Chromium with the CPU slowed 4×
 * (Lighthouse's mobile profile) and timed in the page: evaluating the script, folding every record
 * once (search-core.js `prepare`, as the page does, in ~8 ms slices: the longest slice is shown), and
 * one query (match every record, rank, excerpt the first 20), and the longest main-thread task of it
 * all (evaluating the script is one task; "load + evaluate" includes the local request). Median of 3
 * cold runs. Prints Markdown.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { recordsFromOfflineIndex, offlineIndexScript } from '../../src/search/offline-index.ts';
import { median } from './measure.ts';

const dist = resolve(process.argv[2] ?? process.env.GZBG_OUT_DIR ?? 'dist');
const records = recordsFromOfflineIndex(readFileSync(join(dist, 'search/offline-index.js'), 'utf8'));
const COPIES = [1, 5, 10, 20, 50];
const QUERIES = ['氢能', '高标准农田', '2024年'];
const RUNS = 3;

const dir = mkdtempSync(join(os.tmpdir(), 'gzbg-plain-scale-'));
copyFileSync(join(dist, 'search/search-core.js'), join(dir, 'search-core.js'));
writeFileSync(
  join(dir, 'index.html'),
  '<!DOCTYPE html><meta charset="utf-8"><title>scale</title><script src="search-core.js"></script>',
);
const sizes = new Map<number, { records: number; raw: number; gzip: number }>();
for (const k of COPIES) {
  const many = Array.from({ length: k }, (_, i) => records.map((r) => ({ ...r, url: `${i}/${r.url}` }))).flat();
  const script = offlineIndexScript(many);
  writeFileSync(join(dir, `index-${k}.js`), script);
  sizes.set(k, { records: many.length, raw: Buffer.byteLength(script), gzip: gzipSync(script).length });
}

interface Sample {
  evalMs: number;
  prepareMs: number;
  longestSliceMs: number;
  queryMs: number;
  /** Longest main-thread task over all of it (PerformanceObserver 'longtask', 0 when none ≥ 50 ms). */
  longTaskMs: number;
}
const server = await serve(dir);
const browser = await launchBrowser();
const samples = new Map<number, Sample[]>();
for (let run = 0; run < RUNS; run++) {
  for (const k of COPIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.url}index.html`);
    const sample = await page.evaluate(
      async ({ src, queries }) => {
        let longTask = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
        }).observe({ type: 'longtask' });
        const core = (window as unknown as { GzbgSearchCore: any }).GzbgSearchCore; // eslint-disable-line @typescript-eslint/no-explicit-any
        const t0 = performance.now();
        await new Promise((ok, fail) => {
          const s = document.createElement('script');
          s.src = src;
          s.onload = ok;
          s.onerror = fail;
          document.head.appendChild(s);
        });
        const evalMs = performance.now() - t0;
        const recs = (window as unknown as { GZBG_SEARCH_INDEX: { records: object[] } }).GZBG_SEARCH_INDEX.records;
        let longestSliceMs = 0;
        const p0 = performance.now();
        await new Promise<void>((done) => {
          let i = 0;
          (function slice() {
            const start = performance.now();
            while (i < recs.length && performance.now() < start + 8) core.prepare(recs[i++]);
            longestSliceMs = Math.max(longestSliceMs, performance.now() - start);
            if (i < recs.length) setTimeout(slice, 0);
            else done();
          })();
        });
        const prepareMs = performance.now() - p0;
        const times: number[] = [];
        for (const q of queries) {
          await new Promise((ok) => setTimeout(ok, 0)); // each query a task of its own, as on the page
          const q0 = performance.now();
          const terms = core.parseQuery(q).map((w: string) => core.expandTerm(w, { synonyms: [], filters: [] }, null));
          const hits = core.rank(
            recs.filter((r: object) => core.matchesAll(r, terms)),
            terms,
            '',
          );
          for (const r of hits.slice(0, 20)) core.highlight(r.text, terms, 90);
          times.push(performance.now() - q0);
        }
        await new Promise((ok) => setTimeout(ok, 50)); // let the observer report the last task
        return { evalMs, prepareMs, longestSliceMs, queryMs: Math.max(...times), longTaskMs: longTask };
      },
      { src: `index-${k}.js`, queries: QUERIES },
    );
    samples.set(k, [...(samples.get(k) ?? []), sample]);
    await context.close();
  }
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

console.log(`Command: node scripts/bench/search-plain-scale.ts ${process.argv[2] ?? ''}`.trim());
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)}; Chromium headless, CPU slowed 4×; ${new Date().toISOString().slice(0, 16)} UTC; median of ${RUNS} cold runs\n`,
);
console.log(
  '| copies of the real records | records | index raw | index gzip | load + evaluate script | fold all (longest slice) | slowest of 3 queries | longest task (max of runs) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const k of COPIES) {
  const s = samples.get(k)!;
  const z = sizes.get(k)!;
  const m = (f: (x: Sample) => number) => Math.round(median(s.map(f)));
  console.log(
    `| ${k} | ${z.records} | ${(z.raw / 1024).toFixed(0)} KiB | ${(z.gzip / 1024).toFixed(1)} KiB | ${m((x) => x.evalMs)} ms | ${m((x) => x.prepareMs)} ms (${m((x) => x.longestSliceMs)} ms) | ${m((x) => x.queryMs)} ms | ${m((x) => x.longTaskMs)} ms (${Math.round(Math.max(...s.map((x) => x.longTaskMs)))}) |`,
  );
}
