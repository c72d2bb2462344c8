/**
 * The sharded and incremental build (issue 17.3, 17.4; DEPLOY.md「分片构建与增量构建」):
 *
 *   node scripts/shard-build.ts [--content DIR] [--out DIR] [--shards DIR] [--jobs N]
 *       Build every shard whose fingerprint changed (a year and its neighbours' sources, the
 *       settings, the code), keep the others, and join them into --out. Adding a year rebuilds that
 *       year, the year before it (its task pages gain "next year" counterparts) and the cross-year
 *       pages; the result is byte for byte what `npm run build` writes (tests/e2e/shard-build.test.ts).
 *   node scripts/shard-build.ts --only 2023,2024,cross [--shards DIR]
 *       Build just these shards, unconditionally, and do not join: one job of a CI matrix.
 *   node scripts/shard-build.ts --join [--shards DIR] [--out DIR]
 *       Join shards built elsewhere (each machine's <shards>/<name>/ folder) into --out.
 *
 * Each shard is an ordinary `astro build` (scripts/build.ts) with GZBG_YEARS naming the years whose
 * pages it renders; a year shard reads a content folder of its own holding only its neighbourhood.
 * Shard folders: <shards>/<name>/{dist/, fingerprint, content/ (year shards)}.
 * The run's account — which shards were built and which kept, with times and peak memory — is
 * printed and written to <shards>/last-run.json. Its errors are for whoever runs the build (CI,
 * operators), in English like the other build internals; `npm run build` never meets them.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  readdirSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CROSS, fingerprint, neighbourhood, settingsFiles, sourceYears, yearInputs, yearOfPath } from './shard-lib.ts';
import { listFiles } from './tree.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ShardRun {
  shard: string;
  built: boolean;
  seconds?: number;
  peakMiB?: number;
}

/** One shard's build: a child `node scripts/build.ts`, under GNU time when present for its peak RSS. */
function buildShard(shard: string, years: string, content: string, shards: string): Promise<ShardRun> {
  const dir = join(shards, shard);
  const out = join(dir, 'dist');
  mkdirSync(dir, { recursive: true });
  const timeFile = join(mkdtempSync(join(tmpdir(), 'shard-time-')), 'time.txt');
  const args = [join(root, 'scripts/build.ts'), '--content', content, '--out', out];
  const timed = existsSync('/usr/bin/time');
  const [cmd, argv] = timed
    ? ['/usr/bin/time', ['-f', '%e %M', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(cmd, argv, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A year shard's offline index holds only its neighbourhood: the search bundles (one per
      // decade, src/search/volumes.ts) are the cross-year shard's, or a combined build's, to write.
      env: {
        ...process.env,
        GZBG_YEARS: years,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(shard === CROSS || shard === COMBINED ? {} : { GZBG_SEARCH_INDEX: 'skip' }),
      },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(join(dir, 'build.log'), log);
      if (code !== 0) {
        fail(
          new Error(`shard ${shard}: build failed (exit ${code}), log ${join(dir, 'build.log')}\n${log.slice(-3000)}`),
        );
        return;
      }
      const peakMiB = timed ? Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop()) / 1024 : undefined;
      rmSync(dirname(timeFile), { recursive: true, force: true });
      done({ shard, built: true, seconds, peakMiB });
    });
  });
}

/** A year shard's own content folder: the settings, and the sources and overrides of its neighbourhood only. */
function shardContent(content: string, dir: string, years: readonly number[]): string {
  const target = join(dir, 'content');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const f of settingsFiles(content)) copyFileSync(join(content, f), join(target, f));
  for (const y of years)
    for (const p of yearInputs(content, y)) cpSync(join(content, p), join(target, p), { recursive: true });
  return target;
}

/** Run `tasks` with at most `jobs` at once, in order of start. */
async function pool<T>(tasks: (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  return results;
}

/**
 * Build the named shards (all of them with `force`, else those whose fingerprint changed) and
 * return the account. The fingerprint is written only after a successful build.
 */
export async function buildShards(opts: {
  content: string;
  shards: string;
  names: string[];
  force: boolean;
  jobs: number;
  /** At most this many stale years are rendered together with the cross-year pages in one build. */
  group: number;
}): Promise<ShardRun[]> {
  const years = sourceYears(opts.content);
  const plan = opts.names.map((shard) => {
    const inputs = shard === CROSS ? years : neighbourhood(years, Number(shard));
    const print = fingerprint(shard, root, opts.content, inputs);
    const dir = join(opts.shards, shard);
    const file = join(dir, 'fingerprint');
    const fresh =
      !opts.force && existsSync(join(dir, 'dist')) && existsSync(file) && readFileSync(file, 'utf8').trim() === print;
    return { shard, inputs, print, dir, file, fresh };
  });
  const stale = plan.filter((p) => !p.fresh);
  const staleYears = stale.filter((p) => p.shard !== CROSS);
  // Adding a year changes the cross-year pages, the new year and its neighbour: rendering them in
  // one `astro build` over the whole content folder saves an Astro start-up per shard (~7 s here);
  // the output is then split between the shards by yearOfPath. Many stale years (a first build, a
  // code change) are built shard by shard instead, each over its neighbourhood only, so memory
  // stays bounded by one year's pages however long the archive grows.
  const combined = stale.some((p) => p.shard === CROSS) && staleYears.length > 0 && staleYears.length <= opts.group;
  const report = (p: (typeof plan)[number], run: ShardRun) => {
    writeFileSync(p.file, `${p.print}\n`);
    // As each shard finishes, for a long run watched from outside (tail -f).
    appendFileSync(
      join(opts.shards, 'progress.log'),
      `${p.shard} ${run.seconds!.toFixed(1)} s ${run.peakMiB?.toFixed(0) ?? '?'} MiB\n`,
    );
    console.log(
      `  分片 ${p.shard}：${run.seconds!.toFixed(1)} 秒${run.peakMiB ? `，峰值内存 ${run.peakMiB.toFixed(0)} MiB` : ''}`,
    );
  };
  if (combined) {
    for (const p of stale) {
      mkdirSync(p.dir, { recursive: true });
      rmSync(p.file, { force: true });
    }
    const names = staleYears.map((p) => p.shard);
    // The search bundles of the cross-year shard's last build, where the combined build finds them:
    // a decade whose records did not change keeps its bundle (src/integration/search-index.ts).
    const bundles = join(opts.shards, CROSS, 'dist', 'pagefind');
    const into = join(opts.shards, COMBINED, 'dist', 'pagefind');
    rmSync(into, { recursive: true, force: true });
    if (existsSync(bundles)) cpSync(bundles, into, { recursive: true, preserveTimestamps: true });
    const run = await buildShard(COMBINED, names.join(','), opts.content, opts.shards);
    splitCombined(
      opts.shards,
      stale.map((p) => p.shard),
    );
    for (const p of stale) report(p, { ...run, shard: p.shard });
    console.log(`  （${names.join('、')} 与跨年页面在同一次构建中渲染）`);
    return plan.map((p) => ({
      shard: p.shard,
      built: !p.fresh,
      ...(p.fresh ? {} : { seconds: run.seconds, peakMiB: run.peakMiB }),
    }));
  }
  return pool(
    plan.map((p) => async (): Promise<ShardRun> => {
      if (p.fresh) return { shard: p.shard, built: false };
      mkdirSync(p.dir, { recursive: true });
      rmSync(p.file, { force: true });
      const content = p.shard === CROSS ? opts.content : shardContent(opts.content, p.dir, p.inputs);
      const run = await buildShard(p.shard, p.shard === CROSS ? 'none' : p.shard, content, opts.shards);
      report(p, run);
      return run;
    }),
    opts.jobs,
  );
}

/** The folder a combined build writes to before its files are shared out among the shards. */
const COMBINED = '_combined';

/** Share a combined build's output out: each year's files to its shard, the rest to the cross shard, _astro/ to all. */
function splitCombined(shards: string, names: string[]): void {
  const from = join(shards, COMBINED, 'dist');
  for (const n of names) rmSync(join(shards, n, 'dist'), { recursive: true, force: true });
  const move = (f: string, shard: string) => {
    const to = join(shards, shard, 'dist', f);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(from, f), to);
  };
  for (const f of listFiles(from)) {
    const year = yearOfPath(f);
    if (year !== undefined) {
      if (!names.includes(String(year)))
        throw new Error(`combined build wrote ${f}, of a year not asked for (${year})`);
      move(f, String(year));
    } else {
      move(f, CROSS);
      if (f.startsWith('_astro/')) for (const n of names) if (n !== CROSS) move(f, n);
    }
  }
}

/** What a join wrote: the output folder and the fingerprint of every shard in it. */
interface Joined {
  out: string;
  prints: Record<string, string>;
  /** When index.html was written: any other writer of `out` (a plain build) changes it, and the next join is whole. */
  stamp: number;
}

const stampOf = (out: string) => {
  const file = join(out, 'index.html');
  return existsSync(file) ? statSync(file).mtimeMs : -1;
};

const readPrint = (shards: string, name: string) => {
  const file = join(shards, name, 'fingerprint');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
};

/**
 * Join shard outputs into `out`: the cross-year shard's files, then each year shard's own files
 * (yearOfPath). Refuses shards that disagree on a shared file (_astro/: built from different code)
 * or a cross-year shard holding a year's files.
 *
 * When `out` is the output of this shard folder's last join, untouched since (<shards>/joined.json,
 * removed while a join runs, so an interrupted one is never trusted; index.html's time unchanged), only the shards whose fingerprint changed since
 * are replaced in it, and the years no longer in the archive removed: adding a year to a 20-year
 * archive copies three shards' files instead of all of them. Otherwise the whole site is written
 * beside `out` and swapped in.
 */
export function joinShards(
  shards: string,
  out: string,
  years: readonly number[],
  incremental = true,
): { files: number; partial: boolean } {
  const cross = join(shards, CROSS, 'dist');
  if (!existsSync(cross)) throw new Error(`no cross-year shard at ${cross}: build it first (--only ${CROSS})`);
  const crossFiles = listFiles(cross);
  const strays = crossFiles.filter((f) => yearOfPath(f) !== undefined);
  if (strays.length)
    throw new Error(`the cross-year shard holds a year's files (${strays.slice(0, 3).join(', ')}…): not joined`);
  const names = [...years.map(String), CROSS];
  const prints = Object.fromEntries(names.map((n) => [n, readPrint(shards, n)]));
  const stateFile = join(shards, 'joined.json');
  const previous = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as Joined) : undefined;
  const partial = incremental && previous?.out === out && previous.stamp === stampOf(out) && stampOf(out) >= 0;
  const changed = (n: string) => !partial || !prints[n] || previous.prints[n] !== prints[n];
  const yearFiles = new Map<number, string[]>();
  for (const year of years) {
    const dist = join(shards, String(year), 'dist');
    if (!existsSync(dist)) throw new Error(`no shard for ${year} at ${dist}: build it first (--only ${year})`);
    if (!changed(String(year)) && !changed(CROSS)) continue;
    const files = listFiles(dist);
    for (const f of files.filter((f) => f.startsWith('_astro/'))) {
      const same = existsSync(join(cross, f)) && readFileSync(join(cross, f)).equals(readFileSync(join(dist, f)));
      if (!same)
        throw new Error(
          `${f} of shard ${year} differs from the cross-year shard's: shards must be built from the same code`,
        );
    }
    yearFiles.set(
      year,
      files.filter((f) => yearOfPath(f) === year),
    );
  }
  rmSync(stateFile, { force: true });
  const target = partial ? out : `${out}.join-tmp`;
  if (!partial) rmSync(target, { recursive: true, force: true });
  let files = 0;
  const copy = (from: string, f: string) => {
    mkdirSync(dirname(join(target, f)), { recursive: true });
    copyFileSync(join(from, f), join(target, f));
    files++;
  };
  if (partial) {
    // Remove what the changed shards (and years no longer in the archive) wrote last time.
    const gone = (f: string) => {
      const year = yearOfPath(f);
      return year === undefined ? changed(CROSS) : !years.includes(year) || changed(String(year));
    };
    for (const f of listFiles(out)) if (gone(f)) rmSync(join(out, f));
    removeEmptyFolders(out);
  }
  if (changed(CROSS)) for (const f of crossFiles) copy(cross, f);
  for (const year of years) {
    if (!changed(String(year))) continue;
    for (const f of yearFiles.get(year)!) copy(join(shards, String(year), 'dist'), f);
  }
  if (!partial) {
    rmSync(out, { recursive: true, force: true });
    renameSync(target, out);
  }
  writeFileSync(stateFile, `${JSON.stringify({ out, prints, stamp: stampOf(out) } satisfies Joined, null, 2)}\n`);
  return { files, partial };
}

/** Remove folders left empty below `dir` (a full join would not have them). */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyFolders(join(dir, e.name))) rmSync(join(dir, e.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      shards: { type: 'string' },
      only: { type: 'string' },
      join: { type: 'boolean', default: false },
      jobs: { type: 'string', default: '1' },
      group: { type: 'string', default: '3' },
    },
  });
  const content = resolve(values.content ?? process.env.GZBG_CONTENT_DIR ?? 'content');
  const out = resolve(values.out ?? process.env.GZBG_OUT_DIR ?? 'dist');
  const shards = resolve(values.shards ?? join(root, 'node_modules/.astro/shards'));
  const jobs = Number(values.jobs);
  const years = sourceYears(content);
  const all = [...years.map(String), CROSS];
  const started = performance.now();

  let runs: ShardRun[] = [];
  if (!values.join) {
    const names = values.only ? values.only.split(',').map((s) => s.trim()) : all;
    for (const n of names) if (!all.includes(n)) throw new Error(`no shard named ${n}; shards: ${all.join(', ')}`);
    console.log(`分片构建：${names.length} 个分片，同时 ${jobs} 个`);
    runs = await buildShards({
      content,
      shards,
      names,
      force: values.only !== undefined,
      jobs,
      group: values.only !== undefined ? 0 : Number(values.group),
    });
    const built = runs.filter((r) => r.built).map((r) => r.shard);
    const kept = runs.filter((r) => !r.built).map((r) => r.shard);
    console.log(`已构建：${built.join('、') || '无'}`);
    console.log(`未变，沿用：${kept.join('、') || '无'}`);
  }
  let joinSeconds: number | undefined;
  let joinPartial: boolean | undefined;
  if (values.join || !values.only) {
    const t = performance.now();
    const { files, partial } = joinShards(shards, out, years, !values.join);
    joinSeconds = (performance.now() - t) / 1000;
    joinPartial = partial;
    console.log(
      `✓ 已合并 ${years.length} 个年份分片和跨年页面${partial ? `（只更新了变化的分片，复制 ${files} 个文件）` : `，共 ${files} 个文件`}：${out}（${joinSeconds.toFixed(1)} 秒）`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(shards, { recursive: true });
  writeFileSync(
    join(shards, 'last-run.json'),
    `${JSON.stringify({ seconds, joinSeconds, joinPartial, built: runs.filter((r) => r.built).map((r) => r.shard), runs }, null, 2)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await main();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
