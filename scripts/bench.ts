/**
 * npm run bench [-- --years 1,10,50 --tasks 200 --runs 3 --no-lighthouse --no-write]
 *
 * Measures the real 2024 site (warm build time, page transfer sizes, first search query,
 * Lighthouse) and synthetic archives of growing size (pipeline, astro build, post-build steps,
 * peak memory, output and index size, against a bare Astro site with as many pages), checks the
 * budgets of issues 9 and 17, prints the tables and writes them into BENCHMARKS.md between markers.
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheDir } from '../src/lib/env.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serve } from '../tests/e2e/support/server.ts';
import { sizeOf, writeBareSite, type BareSize } from './bench/bare.ts';
import { scores, type Scores } from './bench/lighthouse.ts';
import { folderSize, kib, median, mib, timed, type RunResult } from './bench/measure.ts';
import { firstQuery, transfer, type SearchCost, type Transfer } from './bench/pages.ts';
import { writeSynthArchive } from './bench/synth.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const realSource = join(root, 'content/sources/2024');

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1,10,50' },
    tasks: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const scales = values.years.split(',').map(Number);
const tasksPerYear = Number(values.tasks);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'gzbg-bench-'));
const log = (s: string) => console.log(s);

interface Scale {
  years: number;
  tasks: number;
  ingest: RunResult;
  astro: RunResult;
  deploy: RunResult;
  search: RunResult;
  bare: RunResult;
  /** What the bare site mirrors: the archive's HTML pages and other route files. */
  bareSize: BareSize;
  dist: { bytes: number; files: number };
  index: { bytes: number; files: number };
}

function buildReal(out: string): RunResult {
  return timed(node, [join(root, 'scripts/build.ts'), '--out', out], {}, root);
}

async function measureReal() {
  const out = join(work, 'real');
  log('▶ 2024 真实站点：预热构建');
  buildReal(out);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = buildReal(out);
    times.push(r.seconds);
    log(`  第 ${i + 1} 次：${r.seconds.toFixed(2)} s，峰值内存 ${r.peakMiB.toFixed(0)} MiB`);
  }
  const server = await serve(out);
  const browser = await launchBrowser();
  const pages: Transfer[] = [];
  let search: SearchCost | undefined;
  const lh: { page: string; scores: Scores }[] = [];
  try {
    for (const page of ['index.html', '2024/index.html', '2024/tasks/1.html', 'search.html']) {
      pages.push(await transfer(browser, out, server.url, page));
    }
    search = await firstQuery(browser, out, server.url, '氢能');
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse']) {
    for (const page of ['index.html', '2024/index.html', '2024/tasks/1.html', 'search.html?q=氢能']) {
      log(`▶ Lighthouse:${page}`);
      lh.push({ page, scores: await scores(new URL(page, server.url).href) });
    }
  }
  await server.close();
  return { buildMedian: median(times), times, pages, search, lh };
}

async function measureScale(years: number): Promise<Scale> {
  const content = join(work, `content-${years}`);
  const out = join(work, `dist-${years}`);
  writeSynthArchive(content, join(root, 'content'), join(realSource, readdirTxt(realSource)), years, tasksPerYear);
  const env = { GZBG_CONTENT_DIR: content, GZBG_OUT_DIR: out };
  log(`▶ 合成档案 ${years} 年 × ${tasksPerYear} 条`);
  const cache = buildCacheDir(root, out);
  mkdirSync(cache, { recursive: true });
  // The ingest is timed on its own, and leaves the stamp the build's integration looks for (the path
  // src/integration/index.ts gives it), so `astro build` below checks the content is up to date
  // instead of running the whole pipeline a second time inside the astro column.
  const stamp = join(cache, 'gzbg-ingest-stamp.json');
  const ingest = timed(node, [join(root, 'scripts/ingest.ts'), '--content', content, '--stamp', stamp], env, root);
  const astroRun = timed(node, [astro, 'build', '--root', root], { ...env, GZBG_CACHE_DIR: cache }, cache);
  const deploy = timed(node, [join(root, 'scripts/bench/run-step.ts'), out, 'deploy'], env, root);
  const search = timed(node, [join(root, 'scripts/bench/run-step.ts'), out, 'search'], env, root);
  const bareRoot = join(root, '.tmp', `bench-bare-${years}`);
  // As many HTML pages and endpoint files as this build's Astro routes wrote (scripts/bench/bare.ts).
  const size = await sizeOf(out, join(root, 'public'));
  writeBareSite(bareRoot, size);
  const bare = timed(node, [astro, 'build', '--root', bareRoot], {}, bareRoot);
  const result: Scale = {
    years,
    tasks: years * tasksPerYear,
    ingest,
    astro: astroRun,
    deploy,
    search,
    bare,
    bareSize: size,
    dist: folderSize(out),
    index: existsSync(join(out, 'pagefind')) ? folderSize(join(out, 'pagefind')) : { bytes: 0, files: 0 },
  };
  rmSync(bareRoot, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  log(
    `  ingest ${ingest.seconds}s · astro ${astroRun.seconds}s · 部署步骤 ${deploy.seconds}s · 搜索索引 ${search.seconds}s · 空白 Astro ${bare.seconds}s`,
  );
  return result;
}

function readdirTxt(dir: string): string {
  const txt = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!txt) throw new Error(`${dir} 中没有 .txt 原始表格，无法取得合成数据的词汇`);
  return txt;
}

const pass = (ok: boolean) => (ok ? '✅ 通过' : '❌ 未通过');
const s2 = (n: number) => n.toFixed(2);

function report(real: Awaited<ReturnType<typeof measureReal>>, scaled: Scale[]): string {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const lines: string[] = [];
  const when = new Date().toISOString().slice(0, 10);
  lines.push(
    `Measured ${when} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}.`,
  );
  lines.push(
    `Command: \`npm run bench -- --years ${scales.join(',')} --tasks ${tasksPerYear} --runs ${runs}\`. Timings are wall-clock seconds on a shared, noisy machine: read the ratios within one run, not the absolute numbers across runs.`,
    '',
  );

  const task = real.pages.find((p) => p.page.includes('/tasks/'));
  const overview = real.pages.find((p) => p.page === '2024/index.html');
  const scriptless = real.pages.filter((p) => p.page !== 'search.html').every((p) => p.scripts === 0);
  lines.push('### Budgets', '', '| budget | limit | measured | result |', '|---|---|---|---|');
  lines.push(
    `| real 2024 site, \`npm run build\`, warm, median of ${runs} | < 10 s | ${s2(real.buildMedian)} s (${real.times.map(s2).join(', ')}) | ${pass(real.buildMedian < 10)} |`,
  );
  lines.push(
    `| task page transfer, gzip, all resources | < 12 KB | ${kib(task?.gzipBytes ?? 0)} KiB | ${pass((task?.gzipBytes ?? Infinity) < 12 * 1024)} |`,
  );
  lines.push(
    `| overview transfer, gzip, with charts | < 60 KB | ${kib(overview?.gzipBytes ?? 0)} KiB | ${pass((overview?.gzipBytes ?? Infinity) < 60 * 1024)} |`,
  );
  lines.push(
    `| no page but search loads a script | 0 | ${real.pages.map((p) => `${p.page}: ${p.scripts}`).join(', ')} | ${pass(scriptless)} |`,
  );
  const big = scaled.at(-1);
  if (big) {
    const peak = Math.max(big.ingest.peakMiB, big.astro.peakMiB, big.deploy.peakMiB, big.search.peakMiB);
    // Issue 17.3: within 2.5× a bare Astro site of the same size built in the same run (wall time,
    // as the issue states it; CPU beside it, steadier on a shared machine), and peak RSS < 1.5 GB
    // (read as GiB, as the earlier 2 GB budget was: 1,536 MiB).
    const ratio = big.astro.seconds / big.bare.seconds;
    const cpuRatio = big.astro.cpuSeconds / big.bare.cpuSeconds;
    lines.push(
      `| target: ${big.tasks} tasks, astro build ÷ bare Astro (${big.bareSize.pages} pages + ${big.bareSize.files} files) | < 2.5× | ${ratio.toFixed(2)}× (${s2(big.astro.seconds)} s ÷ ${s2(big.bare.seconds)} s; CPU ${cpuRatio.toFixed(2)}×) | ${pass(ratio < 2.5)} |`,
    );
    lines.push(
      `| target: ${big.tasks} tasks, peak RSS of every process | < 1536 MiB | ${peak.toFixed(0)} MiB (search step alone ${big.search.peakMiB.toFixed(0)} MiB) | ${pass(peak < 1536)} |`,
    );
  }
  if (real.search) {
    lines.push(
      `| target: first search query downloads | < 150 KB | ${kib(real.search.gzipBytes)} KiB in ${real.search.requests} requests | ${pass(real.search.gzipBytes < 150 * 1024)} |`,
    );
    lines.push(
      `| target: first results after navigation with ?q= | < 400 ms | ${real.search.msToResults} ms (navigation start → results drawn) | ${pass(real.search.msToResults < 400)} |`,
      `| target: first results after the key press | < 100 ms | ${real.search.msAfterKey} ms | ${pass(real.search.msAfterKey < 100)} |`,
      `| target: no long task on the search page | ≤ 50 ms | ${real.search.longestTaskMs} ms | ${pass(real.search.longestTaskMs <= 50)} |`,
    );
  }
  for (const { page, scores: sc } of real.lh) {
    const isSearch = page.startsWith('search');
    const ok =
      (isSearch ? sc.performance >= 95 : sc.performance === 100) &&
      sc.accessibility === 100 &&
      sc.bestPractices === 100 &&
      sc.seo === 100;
    lines.push(
      `| target: Lighthouse ${page} | ${isSearch ? '≥95/100/100/100' : '100 ×4'} | ${sc.performance}/${sc.accessibility}/${sc.bestPractices}/${sc.seo} | ${pass(ok)} |`,
    );
  }

  lines.push(
    '',
    '### Page transfer (real 2024 site, first visit, gzip)',
    '',
    '| page | requests | gzip | scripts |',
    '|---|---|---|---|',
  );
  for (const p of real.pages) lines.push(`| ${p.page} | ${p.requests} | ${kib(p.gzipBytes)} KiB | ${p.scripts} |`);

  lines.push(
    '',
    '### Synthetic archives',
    '',
    `Years × ${tasksPerYear} tasks of text drawn from the 2024 report's clauses (marked 合成测试数据). Peak = max RSS of the largest process of the step. The bare Astro site has as many HTML pages and endpoint files as the archive's astro build wrote (pages + files; scripts/bench/bare.ts).`,
    '',
  );
  lines.push(
    '| years | tasks | ingest s | astro build s (CPU s, peak MiB) | deploy steps s | search index s (peak MiB) | bare Astro: pages + files | bare Astro s (CPU s) | astro ÷ bare (CPU) | astro ms/task | dist | files | index |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of scaled) {
    lines.push(
      `| ${r.years} | ${r.tasks} | ${s2(r.ingest.seconds)} | ${s2(r.astro.seconds)} (${s2(r.astro.cpuSeconds)}, ${r.astro.peakMiB.toFixed(0)}) | ${s2(r.deploy.seconds)} | ${s2(r.search.seconds)} (${r.search.peakMiB.toFixed(0)}) | ${r.bareSize.pages} + ${r.bareSize.files} | ${s2(r.bare.seconds)} (${s2(r.bare.cpuSeconds)}) | ${(r.astro.seconds / r.bare.seconds).toFixed(2)} (${(r.astro.cpuSeconds / r.bare.cpuSeconds).toFixed(2)}) | ${((r.astro.seconds * 1000) / r.tasks).toFixed(1)} | ${mib(r.dist.bytes)} MiB | ${r.dist.files} | ${mib(r.index.bytes)} MiB |`,
    );
  }
  return lines.join('\n');
}

function writeBenchmarks(section: string): void {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\n## Build and page budgets (npm run bench)\n\n${section}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  if (text.includes(start)) text = text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block);
  else text = text.replace(/\n*$/, `\n\n${block}\n`);
  writeFileSync(file, text);
}

const real = await measureReal();
const scaled: Scale[] = [];
for (const years of scales) scaled.push(await measureScale(years));
const section = report(real, scaled);
console.log(`\n${section}`);
if (!values['no-write']) writeBenchmarks(section);
rmSync(work, { recursive: true, force: true });
