/**
 * node scripts/bench/lighthouse-pages.ts [--runs N] [dist…] [page…] — Lighthouse (mobile, the default
 * profile) on home, a report overview, a task page, search, compare and methodology, served under
 * /zwgk/gzbg/ as on a government CDN with DEPLOY.md's headers (CSP, cache) and gzip.
 *
 * Arguments that are folders are built sites (default: dist/); given several (e.g. before and after a
 * change), each page is measured in each folder in turn, run after run, so they share the machine's
 * conditions. Other arguments name the pages (default: the six of issue 17.2). Every run is a fresh
 * Chromium. Prints Markdown for BENCHMARKS.md: the median per category, every run, and the 1-minute
 * load average when each run started.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { recommendedHeaders } from '../../src/integration/deploy-headers.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { LIGHTHOUSE_PAGES, scores, type Scores } from './lighthouse.ts';
import { median } from './measure.ts';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '1' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const given = positionals.filter(isDir).map((d) => resolve(d));
const dists = given.length ? given : [resolve(process.env.GZBG_OUT_DIR ?? 'dist')];
const pages = positionals.filter((p) => !isDir(p));
const servers = await Promise.all(
  dists.map((dist) =>
    serve(dist, {
      prefix: '/zwgk/gzbg/',
      // Compressed as DEPLOY.md's nginx (gzip on) and any CDN serve it.
      gzip: true,
      headers: (file) => recommendedHeaders(relative(dist, file).split(sep).join('/')),
    }),
  ),
);

interface Run extends Scores {
  load: number;
}
const results = new Map<string, Run[]>();
const started = new Date();
for (let run = 0; run < runs; run++) {
  for (const page of pages.length ? pages : LIGHTHOUSE_PAGES) {
    for (const [n, server] of servers.entries()) {
      const load = os.loadavg()[0]!;
      const s = await scores(new URL(page, server.url).href);
      const key = `${n}\t${page}`;
      results.set(key, [...(results.get(key) ?? []), { ...s, load }]);
      process.stderr.write(
        `${dists[n]} ${page}: ${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo} (load ${load.toFixed(1)})\n`,
      );
    }
  }
}
await Promise.all(servers.map((s) => s.close()));

console.log(`Command: node scripts/bench/lighthouse-pages.ts ${process.argv.slice(2).join(' ')}`.trim());
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; Node ${process.version}; Debian Chromium headless; ${started.toISOString().slice(0, 16)}–${new Date().toISOString().slice(11, 16)} UTC; ${runs} run(s) per page and folder\n`,
);
console.log(
  '| folder | page (under /zwgk/gzbg/) | performance | accessibility | best practices | SEO | runs (perf/a11y/bp/seo @ load) |',
);
console.log('|---|---|---:|---:|---:|---:|---|');
for (const [n, dist] of dists.entries()) {
  for (const page of pages.length ? pages : LIGHTHOUSE_PAGES) {
    const r = results.get(`${n}\t${page}`)!;
    const m = (f: (s: Run) => number) => median(r.map(f));
    const lost = (s: Run) =>
      s.performance < 100 && s.metrics
        ? ` (FCP ${Math.round(s.metrics.fcp)}, LCP ${Math.round(s.metrics.lcp)}, TBT ${Math.round(s.metrics.tbt)}, SI ${Math.round(s.metrics.si)} ms, CLS ${s.metrics.cls})`
        : '';
    const each = r.map(
      (s) => `${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo} @ ${s.load.toFixed(1)}${lost(s)}`,
    );
    console.log(
      `| ${dist} | ${page} | ${m((s) => s.performance)} | ${m((s) => s.accessibility)} | ${m((s) => s.bestPractices)} | ${m((s) => s.seo)} | ${each.join('; ')} |`,
    );
  }
}
