import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listFiles } from '../../../src/integration/files.ts';
import {
  KEY_FILE,
  searchIndexStep,
  searchIndexSummary,
  startEarlyIndex,
} from '../../../src/integration/search-index.ts';
import { offlineIndexScript } from '../../../src/search/offline-index.ts';
import type { SearchRecord } from '../../../src/search/records.ts';

const record = (year: number, number: number, text: string): SearchRecord => ({
  url: `${year}/tasks/${number}.html`,
  kind: 'task',
  year,
  number,
  title: `第 ${number} 项：${text.slice(0, 6)}`,
  area: '生态环境',
  status: '已完成',
  text,
});
const records = [
  record(2024, 1, '新增保障性租赁住房2400套，城镇登记失业率控制在3%以内。'),
  record(2024, 2, '加快推进氢能重卡示范应用。'),
  record(2023, 1, '完成老旧小区改造12个。'),
  record(2019, 1, '新建城市书房5个。'),
];

/** A built folder holding only the offline index of `list`. */
function site(list: SearchRecord[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-search-index-'));
  mkdirSync(join(dir, 'search'));
  writeFileSync(join(dir, 'search/offline-index.js'), offlineIndexScript(list));
  return dir;
}

async function bundle(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(join(dir, 'pagefind'));
  return new Map(files.map((f) => [f, readFileSync(join(dir, 'pagefind', f)).toString('base64')]));
}

describe('searchIndexStep(outDir, early): Pagefind started while Astro renders', { timeout: 60_000 }, () => {
  test('indexing started early on the very script written gives the same bundles as indexing at build end', async () => {
    const late = site(records);
    await searchIndexStep(late);
    const early = site(records);
    await searchIndexStep(early, startEarlyIndex(offlineIndexScript(records), early));
    const [a, b] = [await bundle(late), await bundle(early)];
    // One bundle per decade: 2023 and 2024 share one, 2019 has its own.
    expect([...new Set([...a.keys()].map((f) => f.split('/')[0]))].sort()).toEqual(['2010-2019', '2020-2029']);
    expect(a.has('2020-2029/pagefind-entry.json')).toBe(true);
    expect(b).toEqual(a);
  });

  test('an early index of another script (the file changed after the hand-over) is not used: the file is indexed', async () => {
    const late = site(records);
    await searchIndexStep(late);
    const changed = site(records);
    // What was handed over lacks a year and a task; the file written holds them all.
    await searchIndexStep(changed, startEarlyIndex(offlineIndexScript(records.slice(0, 1)), changed));
    expect(await bundle(changed)).toEqual(await bundle(late));
  });
});

describe('searchIndexStep: one bundle per decade, kept while its records are unchanged', { timeout: 60_000 }, () => {
  const mtime = (dir: string, f: string) => statSync(join(dir, 'pagefind', f)).mtimeMs;
  const entry = (dir: string, v: string) => readFileSync(join(dir, 'pagefind', v, 'pagefind-entry.json'), 'utf8');
  const rewrite = (dir: string, list: SearchRecord[]) =>
    writeFileSync(join(dir, 'search/offline-index.js'), offlineIndexScript(list));

  test('a year added to the newest decade rewrites that bundle only; the result equals a fresh build’s', async () => {
    const dir = site(records);
    expect(await searchIndexStep(dir, undefined, '1.6.0')).toEqual({
      skipped: false,
      written: ['2010-2019', '2020-2029'],
      kept: [],
    });
    const older = mtime(dir, '2010-2019/pagefind-entry.json');
    const newer = entry(dir, '2020-2029');
    const added = [...records, record(2025, 1, '建成口袋公园8个。')];
    rewrite(dir, added);
    const run = await searchIndexStep(dir, undefined, '1.6.0');
    expect(run).toEqual({ skipped: false, written: ['2020-2029'], kept: ['2010-2019'] });
    expect(searchIndexSummary(run)).toBe('搜索索引（每个年代一个）：生成 2020-2029；沿用 2010-2019（记录未变）');
    expect(mtime(dir, '2010-2019/pagefind-entry.json')).toBe(older);
    expect(entry(dir, '2020-2029')).not.toBe(newer);
    const fresh = site(added);
    await searchIndexStep(fresh, undefined, '1.6.0');
    expect(await bundle(dir)).toEqual(await bundle(fresh));
  });

  test('another Pagefind version re-indexes every decade, since the bundles’ bytes depend on it', async () => {
    const dir = site(records);
    await searchIndexStep(dir, undefined, '1.6.0');
    const key = readFileSync(join(dir, 'pagefind/2010-2019', KEY_FILE), 'utf8');
    const before = mtime(dir, '2010-2019/pagefind-entry.json');
    await searchIndexStep(dir, undefined, '1.7.0');
    expect(readFileSync(join(dir, 'pagefind/2010-2019', KEY_FILE), 'utf8')).not.toBe(key);
    expect(mtime(dir, '2010-2019/pagefind-entry.json')).not.toBe(before);
  });

  test('a bundle without its entry file, or of a key not its own, is indexed again', async () => {
    const dir = site(records);
    await searchIndexStep(dir);
    const whole = await bundle(dir);
    writeFileSync(join(dir, 'pagefind/2020-2029', KEY_FILE), 'not the key\n');
    writeFileSync(join(dir, 'pagefind/2020-2029/pagefind-entry.json'), '{}');
    await searchIndexStep(dir);
    expect(await bundle(dir)).toEqual(whole);
  });

  test('bundles of an earlier layout (one per year), of a decade no longer there, and half-written ones go', async () => {
    const dir = site(records);
    for (const stray of ['2024', '2000-2009', '2020-2029.tmp']) {
      mkdirSync(join(dir, 'pagefind', stray), { recursive: true });
      writeFileSync(join(dir, 'pagefind', stray, 'pagefind-entry.json'), '{}');
    }
    await searchIndexStep(dir);
    const fresh = site(records);
    await searchIndexStep(fresh);
    expect(await bundle(dir)).toEqual(await bundle(fresh));
  });
});

describe('searchIndexStep in a year shard (GZBG_SEARCH_INDEX=skip)', { timeout: 60_000 }, () => {
  afterEach(() => {
    delete process.env.GZBG_SEARCH_INDEX;
  });

  test('writes no bundle, and removes any: the decades are the cross-year shard’s', async () => {
    const dir = site(records);
    await searchIndexStep(dir);
    process.env.GZBG_SEARCH_INDEX = 'skip';
    const run = await searchIndexStep(dir, startEarlyIndex(offlineIndexScript(records), dir));
    expect(searchIndexSummary(run)).toMatch(/本次构建不生成/);
    delete process.env.GZBG_SEARCH_INDEX;
    expect(searchIndexSummary(await searchIndexStep(site([])))).toBe('搜索索引：没有可以索引的任务或报告');
    expect(existsSync(join(dir, 'pagefind')) ? await listFiles(join(dir, 'pagefind')) : []).toEqual([]);
  });

  test('any other value is refused, naming the one it takes', async () => {
    process.env.GZBG_SEARCH_INDEX = 'yes';
    await expect(searchIndexStep(site(records))).rejects.toThrow(/GZBG_SEARCH_INDEX=yes: use skip/);
  });
});
