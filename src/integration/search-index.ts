import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText } from '../search/index-text.ts';
import type { SearchRecord } from '../search/records.ts';
import { recordsFromOfflineIndex } from '../search/offline-index.ts';
import { shardYears } from '../lib/env.ts';

/** Pagefind files the search page never loads (its prebuilt UIs, highlighter, playground). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^playground$/;

/** The Pagefind index of one year's records, built and not yet written. */
interface YearIndex {
  year: number;
  index: pagefind.PagefindIndex;
}

/**
 * Pagefind's indexing, started while Astro is still rendering pages: the offline-index endpoint
 * hands over its script as soon as it is rendered (the hook src/integration/index.ts sets on
 * globalThis, OFFLINE_INDEX_RENDERED), and the records go to Pagefind's own process while Astro
 * renders the other pages on the main thread, instead of after them. `script` is kept to check, at
 * build end, that the file written is the script indexed.
 */
export interface EarlyIndex {
  script: string;
  indexes: Promise<YearIndex[]>;
}

export function startEarlyIndex(script: string): EarlyIndex {
  const indexes = indexRecords(recordsFromOfflineIndex(script));
  // Awaited at build end; a failure before then must not end the process as an unhandled rejection.
  indexes.catch(() => {});
  return { script, indexes };
}

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
 * With `early` (indexing started while Astro rendered), its indexes are written if it indexed
 * exactly the script in the file; otherwise the records are indexed now.
 */
export async function searchIndexStep(outDir: string, early?: EarlyIndex): Promise<void> {
  const script = readFileSync(join(outDir, 'search', 'offline-index.js'), 'utf8');
  try {
    let indexes: YearIndex[];
    if (early?.script === script) indexes = await early.indexes;
    else {
      if (early) await early.indexes.catch(() => {});
      indexes = await indexRecords(recordsFromOfflineIndex(script));
    }
    // A stale bundle of a year no longer in the site must not stay behind.
    rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
    for (const { year, index } of indexes) await writePagefind(index, join(outDir, 'pagefind', String(year)));
  } finally {
    await pagefind.close();
  }
}

/** One index per year of `records` (only the shard's years in a shard build), records in order. */
async function indexRecords(records: SearchRecord[]): Promise<YearIndex[]> {
  const only = shardYears();
  const years = [...new Set(records.map((r) => r.year))].filter((y) => !only || only.has(y)).sort();
  const out: YearIndex[] = [];
  for (const year of years) out.push({ year, index: await indexYear(records.filter((r) => r.year === year)) });
  return out;
}

async function indexYear(records: SearchRecord[]): Promise<pagefind.PagefindIndex> {
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
  return index;
}

async function writePagefind(index: pagefind.PagefindIndex, target: string): Promise<void> {
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
  await index.deleteIndex();
}
