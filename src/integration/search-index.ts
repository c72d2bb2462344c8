import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText } from '../search/index-text.ts';
import type { SearchRecord } from '../search/records.ts';
import { recordsFromOfflineIndex } from '../search/offline-index.ts';
import { shardYears } from '../lib/env.ts';

/** Pagefind files the search page never loads (its prebuilt UIs, highlighter, playground). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^playground$/;

/**
 * Build-end step: one Pagefind bundle per report year, in <out>/pagefind/<year>/, from the records the
 * site already wrote to <out>/search/offline-index.js (src/pages/search/offline-index.js.ts: task
 * pages and report overviews only), so Pagefind and the file:// index hold the same records. The
 * search page loads the newest year's bundle and merges the others with Pagefind's own mergeIndex
 * (public/search/search-page.js). One bundle per year, in every build, so that a year's bundle is a
 * function of that year's pages alone: a shard build (scripts/shard-build.ts) writes exactly the
 * bundles of its years, byte for byte those of a full build, and adding a year adds one bundle
 * instead of rewriting one index of every year. Records go in a fixed order, so the same content
 * gives the same bytes. A shard renders only some years (GZBG_YEARS): only their bundles are written.
 */
export async function searchIndexStep(outDir: string): Promise<void> {
  const file = join(outDir, 'search', 'offline-index.js');
  const records = recordsFromOfflineIndex(readFileSync(file, 'utf8'));
  const only = shardYears();
  const years = [...new Set(records.map((r) => r.year))].filter((y) => !only || only.has(y)).sort();
  // A stale bundle of a year no longer in the site must not stay behind.
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  try {
    for (const year of years)
      await writePagefind(
        records.filter((r) => r.year === year),
        join(outDir, 'pagefind', String(year)),
      );
  } finally {
    await pagefind.close();
  }
}

async function writePagefind(records: SearchRecord[], target: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  for (const r of records) {
    const filters: Record<string, string[]> = { year: [String(r.year)] };
    if (r.area) filters.area = [r.area];
    if (r.status) filters.status = [r.status];
    const added = await index.addCustomRecord({
      url: r.url,
      content: indexText(r.text),
      language: 'zh-cn',
      meta: {
        title: r.title,
        year: String(r.year),
        number: String(r.number),
        kind: r.kind,
        area: r.area,
        status: r.status,
      },
      filters,
      sort: { year: String(r.year), number: String(r.number).padStart(6, '0') },
    });
    if (added.errors.length) throw new Error(`Pagefind 无法索引 ${r.url}：${added.errors.join('；')}`);
  }
  // Written next to the target, then swapped in: a failed run leaves no half-written bundle. Not
  // written over the last build's bundle in place (as the rest of dist/ is, stale-files.ts): Pagefind
  // skips a fragment whose file exists, so what this run wrote could not be told from what it found.
  const temp = `${target}.tmp`;
  mkdirSync(dirname(target), { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: temp });
  if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('；')}`);
  for (const f of readdirSync(temp)) if (UNUSED.test(f)) rmSync(join(temp, f), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(temp, target);
}
