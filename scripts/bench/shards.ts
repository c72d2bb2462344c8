/**
 * Benchmarks of the sharded and incremental build (issue 17.3, 17.4; BENCHMARKS.md 2026-12-01):
 *
 *   node scripts/bench/shards.ts incremental --years 20 --tasks 200
 *       A synthetic archive of N years, built both ways (a plain `npm run build`, and
 *       scripts/shard-build.ts), then one year added: the incremental shard build and the plain full
 *       build of the N+1 years, timed in the same run, and their dist/ compared file by file.
 *   node scripts/bench/shards.ts sharded --years 50 --tasks 2000
 *       A synthetic archive of N years × M tasks built as N year shards and the cross-year shard,
 *       one at a time, and joined: total, per-shard and join time, peak RSS, index size, and a
 *       search in a browser for a task of the first and of the last year.
 *
 * Run it alone, through /work/bin/heavy on a shared machine; the load average is printed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { showAllResults } from '../../tests/e2e/support/results.ts';
import { serve } from '../../tests/e2e/support/server.ts';
import { recordsFromOfflineIndex } from '../../src/search/offline-index.ts';
import { listFiles } from '../tree.ts';
import { folderSize, mib, timed, type RunResult } from './measure.ts';
import { synthSource, vocabulary, writeSynthArchive } from './synth.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = process.execPath;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    years: { type: 'string', default: '20' },
    tasks: { type: 'string', default: '200' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const mode = positionals[0];
const years = Number(values.years);
const tasks = Number(values.tasks);
const work = values.work ?? mkdtempSync(join(tmpdir(), 'gzbg-shards-'));
mkdirSync(work, { recursive: true });
const realDir = join(root, 'content/sources/2024');
const realSource = join(
  realDir,
  readdirSync(realDir).find((f) => f.endsWith('.txt'))!,
);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const log = (s: string) => console.log(s);
const fmt = (r: RunResult) =>
  `${r.seconds.toFixed(1)} s（CPU ${r.cpuSeconds.toFixed(1)} s，峰值 ${r.peakMiB.toFixed(0)} MiB）`;

const plainBuild = (content: string, out: string) =>
  timed(node, [join(root, 'scripts/build.ts'), '--content', content, '--out', out], {}, root);
const shardBuild = (content: string, out: string, shards: string) =>
  timed(node, [join(root, 'scripts/shard-build.ts'), '--content', content, '--out', out, '--shards', shards], {}, root);

interface LastRun {
  seconds: number;
  joinSeconds?: number;
  built: string[];
  runs: { shard: string; built: boolean; seconds?: number; peakMiB?: number }[];
}
const lastRun = (shards: string): LastRun => JSON.parse(readFileSync(join(shards, 'last-run.json'), 'utf8')) as LastRun;

/** Files that differ between two built sites (missing on either side included). */
export function differingFiles(a: string, b: string): string[] {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const all = [...new Set([...fa, ...fb])].sort();
  const sa = new Set(fa);
  const sb = new Set(fb);
  return all.filter((f) => !sa.has(f) || !sb.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

function addYear(content: string, year: number): void {
  const dir = join(content, 'sources', String(year));
  mkdirSync(dir, { recursive: true });
  const vocab = vocabulary(readFileSync(realSource, 'utf8'));
  writeFileSync(join(dir, `${year}年政府工作报告年度完成情况(合成测试数据).txt`), synthSource(year, tasks, vocab));
}

async function incremental(): Promise<void> {
  log(`▶ 增量构建：${years} 年 × ${tasks} 项，再加一年；负载 ${load()}`);
  const full = join(work, 'content-full');
  const inc = join(work, 'content-inc');
  writeSynthArchive(full, join(root, 'content'), realSource, years, tasks);
  cpSync(full, inc, { recursive: true });
  const shards = join(work, 'shards');
  log(`  预热：普通构建 ${years} 年 ${fmt(plainBuild(full, join(work, 'dist-full')))}`);
  log(`  预热：分片构建 ${years} 年 ${fmt(shardBuild(inc, join(work, 'dist-inc'), shards))}`);
  const added = 2100 + years;
  addYear(full, added);
  addYear(inc, added);
  log(`  加入 ${added} 年；负载 ${load()}`);
  const incRun = shardBuild(inc, join(work, 'dist-inc'), shards);
  const account = lastRun(shards);
  log(`  增量构建：${fmt(incRun)}；构建的分片：${account.built.join('、')}；合并 ${account.joinSeconds?.toFixed(1)} s`);
  const fullRun = plainBuild(full, join(work, 'dist-full'));
  log(`  完整构建（同一轮）：${fmt(fullRun)}；负载 ${load()}`);
  const diff = differingFiles(join(work, 'dist-full'), join(work, 'dist-inc'));
  const files = listFiles(join(work, 'dist-full')).length;
  log(
    diff.length === 0
      ? `  ✓ 两个 dist/ 的 ${files} 个文件逐字节相同`
      : `  ✗ ${diff.length} 个文件不同：${diff.slice(0, 10).join('、')}`,
  );
  log(
    `RESULT ${JSON.stringify({ mode, years, tasks, incremental: incRun, full: fullRun, built: account.built, runs: account.runs, joinSeconds: account.joinSeconds, files, differing: diff.length, load: load() })}`,
  );
  if (diff.length) process.exitCode = 1;
}

/** Search the served site for a task's text in its year; true when the task's page is among the results. */
async function spotCheck(
  dist: string,
): Promise<{ query: string; year: number; url: string; found: boolean; ms: number }[]> {
  const records = recordsFromOfflineIndex(readFileSync(join(dist, 'search/offline-index.js'), 'utf8'));
  const yearsIn = [...new Set(records.map((r) => r.year))].sort();
  const picks = [yearsIn[0]!, yearsIn.at(-1)!].map((y) => records.find((r) => r.year === y && r.kind === 'task')!);
  const server = await serve(dist, { prefix: '/zwgk/gzbg/' });
  const browser = await launchBrowser();
  const out = [];
  try {
    for (const r of picks) {
      // Six characters of the task's own text (after its title line); other tasks may share them.
      const query = /[\u4e00-\u9fff]{6}/.exec(r.text.split('\n').slice(1).join('\n'))![0];
      const tab = await browser.newPage();
      const t0 = performance.now();
      await tab.goto(`${server.url}search.html?${new URLSearchParams({ q: query, year: String(r.year) })}`);
      await tab.waitForSelector('#search-app[data-state="done"]', { timeout: 120_000 });
      const ms = performance.now() - t0;
      await showAllResults(tab, 120_000);
      const hrefs = await tab.$$eval('.search-result a', (as) => as.map((a) => a.getAttribute('href')!));
      out.push({ query, year: r.year, url: r.url, found: hrefs.some((h) => h.endsWith(r.url)), ms });
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

async function sharded(): Promise<void> {
  log(`▶ 分片构建：${years} 年 × ${tasks} 项；负载 ${load()}`);
  const content = join(work, 'content');
  writeSynthArchive(content, join(root, 'content'), realSource, years, tasks);
  const shards = join(work, 'shards');
  const dist = join(work, 'dist');
  // The cross-year shard first (it reads all N × M tasks): its cost is the one that grows with the archive.
  const crossRun = timed(
    node,
    [join(root, 'scripts/shard-build.ts'), '--content', content, '--shards', shards, '--only', 'cross'],
    {},
    root,
  );
  log(`  跨年页面分片（单独）：${fmt(crossRun)}；负载 ${load()}`);
  const rest = shardBuild(content, dist, shards);
  const run = {
    ...rest,
    seconds: rest.seconds + crossRun.seconds,
    cpuSeconds: rest.cpuSeconds + crossRun.cpuSeconds,
    peakMiB: Math.max(rest.peakMiB, crossRun.peakMiB),
  };
  const account = lastRun(shards);
  const yearRuns = account.runs.filter((r) => r.shard !== 'cross');
  const cross = { seconds: crossRun.seconds, peakMiB: crossRun.peakMiB };
  const secs = yearRuns.map((r) => r.seconds!).sort((a, b) => a - b);
  const size = folderSize(dist);
  const index = folderSize(join(dist, 'pagefind'));
  const offline = folderSize(join(dist, 'search'));
  log(`  总计 ${fmt(run)}；负载 ${load()}`);
  log(
    `  年份分片 ${yearRuns.length} 个：中位 ${secs[Math.floor(secs.length / 2)]!.toFixed(1)} s，最慢 ${secs.at(-1)!.toFixed(1)} s，峰值 ${Math.max(...yearRuns.map((r) => r.peakMiB ?? 0)).toFixed(0)} MiB`,
  );
  log(
    `  跨年页面分片：${cross.seconds!.toFixed(1)} s，峰值 ${cross.peakMiB?.toFixed(0)} MiB；合并 ${account.joinSeconds!.toFixed(1)} s`,
  );
  log(
    `  dist/ ${mib(size.bytes)} MiB，${size.files} 个文件；Pagefind ${mib(index.bytes)} MiB（${index.files} 个文件）；search/ ${mib(offline.bytes)} MiB`,
  );
  const checks = await spotCheck(dist);
  for (const c of checks)
    log(`  搜索「${c.query}」（${c.year} 年）：${c.found ? '找到' : '没有找到'} ${c.url}，${c.ms.toFixed(0)} ms`);
  log(
    `RESULT ${JSON.stringify({ mode, years, tasks, total: run, runs: account.runs, joinSeconds: account.joinSeconds, dist: size, pagefind: index, search: offline, checks, load: load() })}`,
  );
  if (checks.some((c) => !c.found)) process.exitCode = 1;
}

if (mode === 'incremental') await incremental();
else if (mode === 'sharded') await sharded();
else {
  console.error('用法：node scripts/bench/shards.ts incremental|sharded [--years N] [--tasks M] [--work DIR] [--keep]');
  process.exitCode = 2;
}
if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
