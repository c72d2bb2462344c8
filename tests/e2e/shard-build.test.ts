import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsFromOfflineIndex } from '../../src/search/offline-index.ts';
import { synthSource, vocabulary, writeSynthArchive } from '../../scripts/bench/synth.ts';
import { listFiles } from '../../scripts/tree.ts';
import { launchBrowser } from './support/browser.ts';
import { projectRoot, readerEnv } from './support/build.ts';
import { showAllResults } from './support/results.ts';
import { serve, type StaticServer } from './support/server.ts';

/**
 * Issue 17.3 and 17.4 on real builds of a small synthetic archive (three years of four tasks, 2108–2110,
 * then a fourth year): the sharded build of three years, plus the incremental build after adding the fourth,
 * gives byte for byte the dist/ that one plain `npm run build` of the four years writes — every file
 * compared — and the incremental build renders only the new year, the year before it (its task pages
 * gain "next year" counterparts) and the cross-year pages. The first build renders its three years
 * together with the cross-year pages in one Astro build, the incremental one each changed shard
 * alone over its own neighbourhood of years (--group 0), so both ways are checked against the plain
 * build. The years span two decades, so two Pagefind bundles (src/search/volumes.ts): adding 2111
 * re-indexes its decade's bundle and keeps the other. Then search over the joined site, in a browser,
 * finds tasks of the first and the last year through the two bundles the search page merges.
 */

const realDir = join(projectRoot, 'content/sources/2024');
const realSource = join(
  realDir,
  readdirSync(realDir).find((f) => f.endsWith('.txt'))!,
);
const TASKS = 4;
const work = mkdtempSync(join(tmpdir(), 'gzbg-shard-e2e-'));
const contentFull = join(work, 'content-full');
const contentInc = join(work, 'content-inc');
const shards = join(work, 'shards');
const distFull = join(work, 'dist-full');
const distInc = join(work, 'dist-inc');

// Built as a reader's build is (support/build.ts readerEnv).
const buildEnv = readerEnv();
const run = (script: string, args: string[]) =>
  execFileSync(process.execPath, [join(projectRoot, script), ...args], {
    cwd: projectRoot,
    // A site this small would answer from the plain index (src/search/engine.ts); the test is about
    // Pagefind's bundles, one per decade, merged by the search page, so every build here asks Pagefind.
    env: { ...buildEnv, GZBG_SEARCH_ENGINE: 'pagefind', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const shardBuild = (...extra: string[]) =>
  run('scripts/shard-build.ts', ['--content', contentInc, '--out', distInc, '--shards', shards, ...extra]);
const lastRun = () =>
  JSON.parse(readFileSync(join(shards, 'last-run.json'), 'utf8')) as {
    built: string[];
    joinPartial: boolean;
    runs: { shard: string; built: boolean }[];
  };
const addYear = (content: string, year: number) => {
  const dir = join(content, 'sources', String(year));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${year}年政府工作报告年度完成情况(合成测试数据).txt`),
    synthSource(year, TASKS, vocabulary(readFileSync(realSource, 'utf8'))),
  );
};
const mtimes = (dir: string) => listFiles(dir).map((f) => `${f} ${statSync(join(dir, f)).mtimeMs}`);

describe('sharded and incremental build against one plain build', () => {
  let before2108: string[];
  let before2109: string[];
  let olderDecade: string[];

  beforeAll(() => {
    writeSynthArchive(contentInc, join(projectRoot, 'content'), realSource, 3, TASKS, 2108);
    cpSync(contentInc, contentFull, { recursive: true });
    addYear(contentFull, 2111);
    run('scripts/build.ts', ['--content', contentFull, '--out', distFull]);
    shardBuild();
    before2108 = mtimes(join(shards, '2108'));
    before2109 = mtimes(join(shards, '2109'));
    olderDecade = mtimes(join(shards, 'cross/dist/pagefind/2100-2109'));
    addYear(contentInc, 2111);
    shardBuild('--group', '0');
  }, 600_000);

  it('renders only the new year, its neighbour and the cross-year pages', () => {
    expect(lastRun().built).toEqual(['2110', '2111', 'cross']);
    // …and replaced only their files in the joined site.
    expect(lastRun().joinPartial).toBe(true);
    expect(
      lastRun()
        .runs.filter((r) => !r.built)
        .map((r) => r.shard),
    ).toEqual(['2108', '2109']);
    // The unchanged years' shard folders were not touched at all.
    expect(mtimes(join(shards, '2108'))).toEqual(before2108);
    expect(mtimes(join(shards, '2109'))).toEqual(before2109);
    // The cross-year shard re-indexed the new year's decade only: the other bundle was kept as it was.
    expect(olderDecade.some((f) => f.startsWith('pagefind-entry.json '))).toBe(true);
    expect(mtimes(join(shards, 'cross/dist/pagefind/2100-2109'))).toEqual(olderDecade);
  });

  it('gives byte for byte the dist/ of a plain build of all four years', () => {
    const full = listFiles(distFull);
    expect(listFiles(distInc)).toEqual(full);
    // Every year's pages and both decades' Pagefind bundles are there, and nothing else differs.
    for (const y of [2108, 2109, 2110, 2111]) expect(full).toContain(`${y}/index.html`);
    expect(full.filter((f) => f.endsWith('pagefind-entry.json'))).toEqual([
      'pagefind/2100-2109/pagefind-entry.json',
      'pagefind/2110-2119/pagefind-entry.json',
    ]);
    const differing = full.filter((f) => !readFileSync(join(distFull, f)).equals(readFileSync(join(distInc, f))));
    expect(differing).toEqual([]);
  });

  it('a year page names only its own year in the header; the search page merges the older decade’s bundle', () => {
    const page = readFileSync(join(distInc, '2109/index.html'), 'utf8');
    const nav = /<nav class="site-nav"[^]*?<\/nav>/.exec(page)![0];
    expect(nav).toContain('2109 年');
    expect(nav).not.toMatch(/(2108|2110|2111) 年/);
    const search = readFileSync(join(distInc, 'search.html'), 'utf8');
    expect(search).toContain('data-pagefind="./pagefind/2110-2119/pagefind.js"');
    expect(search).toContain('data-pagefind-merge="./pagefind/2100-2109/"');
    expect(search).not.toContain('search-dev-note');
  });

  it('builds nothing when nothing changed', () => {
    shardBuild();
    expect(lastRun().built).toEqual([]);
    expect(listFiles(distInc)).toEqual(listFiles(distFull));
  }, 120_000);

  it('refuses to join shards of another build of the code (a shared _astro/ file differs)', () => {
    const stale = join(shards, '2108', 'dist', '_astro');
    const css = listFiles(stale).find((f) => f.endsWith('.css'))!;
    const path = join(stale, css);
    const original = readFileSync(path);
    writeFileSync(path, Buffer.concat([original, Buffer.from('/* other */')]));
    try {
      expect(() => shardBuild('--join')).toThrow(/_astro\/.* of shard 2108 differs from the cross-year shard/);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('adding a year in one combined build re-indexes its decade only, from the cross shard’s bundles', () => {
    addYear(contentInc, 2112);
    shardBuild();
    expect(lastRun().built).toEqual(['2111', '2112', 'cross']);
    const log = readFileSync(join(shards, '_combined', 'build.log'), 'utf8');
    expect(log).toContain('搜索索引（每个年代一个）：生成 2110-2119；沿用 2100-2109（记录未变）');
  }, 300_000);
});

describe('search over the joined site', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve(distInc, { prefix: '/zwgk/gzbg/' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a task of the first and of the last year (the two decades’ bundles merged)', async () => {
    const records = recordsFromOfflineIndex(readFileSync(join(distInc, 'search/offline-index.js'), 'utf8'));
    for (const year of [2108, 2111]) {
      const task = records.find((r) => r.year === year && r.kind === 'task' && r.number === 2)!;
      // Six characters of the task's own text (after its title line); other tasks may share them.
      const query = /[\u4e00-\u9fff]{6}/.exec(task.text.split('\n').slice(1).join('\n'))![0];
      const tab = await browser.newPage();
      const fetched: string[] = [];
      tab.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
      // No year filter: the query runs over both decades' bundles.
      await tab.goto(`${server.url}search.html?${new URLSearchParams({ q: query })}`);
      await tab.waitForSelector('#search-app[data-state="done"]', { timeout: 30_000 });
      await showAllResults(tab);
      const hrefs = await tab.$$eval('.search-result a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.some((h) => h.endsWith(task.url))).toBe(true);
      // Both bundles were loaded: the newest decade's as the primary, the other merged into it.
      for (const v of ['2100-2109', '2110-2119'])
        expect(fetched.some((p) => p.startsWith(`/zwgk/gzbg/pagefind/${v}/`))).toBe(true);
      await tab.close();
    }
  });
});
