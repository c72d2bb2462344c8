import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../../src/integration/files.ts';
import { searchIndexStep, startEarlyIndex } from '../../../src/integration/search-index.ts';
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
    await searchIndexStep(early, startEarlyIndex(offlineIndexScript(records)));
    const [a, b] = [await bundle(late), await bundle(early)];
    expect([...a.keys()].some((f) => f.startsWith('2024/') && f.endsWith('pagefind-entry.json'))).toBe(true);
    expect([...a.keys()].some((f) => f.startsWith('2023/'))).toBe(true);
    expect(b).toEqual(a);
  });

  test('an early index of another script (the file changed after the hand-over) is not used: the file is indexed', async () => {
    const late = site(records);
    await searchIndexStep(late);
    const changed = site(records);
    // What was handed over lacks a year and a task; the file written holds them all.
    await searchIndexStep(changed, startEarlyIndex(offlineIndexScript(records.slice(0, 1))));
    expect(await bundle(changed)).toEqual(await bundle(late));
  });
});
