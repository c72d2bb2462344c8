import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText } from '../search/index-text.ts';
import type { SearchRecord } from '../search/records.ts';
import { recordsFromOfflineIndex } from '../search/offline-index.ts';
import { volumeOf, volumesOf, type Volume } from '../search/volumes.ts';

/** Pagefind files the search page never loads (its prebuilt UIs, highlighter, playground). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^playground$/;

/** One volume of the index (src/search/volumes.ts): its records' key, and its new bundle unless the one already written is kept. */
interface VolumeIndex {
  volume: Volume;
  key: string;
  /** The folder its new bundle was written to, swapped in at build end; undefined: the bundle in pagefind/<volume>/ is this key's, and stays. */
  written?: string;
}

/**
 * The file beside each bundle naming what it was written from: a hash of its records as given to
 * Pagefind, of Pagefind's version and of BUNDLE_FORMAT. It travels with the bundle (a shard's output
 * is copied and joined), so any later build into a folder holding the bundle can keep it.
 */
export const KEY_FILE = 'records.sha256';

/** The version of Pagefind installed in the project at `root`: a bundle's bytes depend on it besides its records. */
export function pagefindVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
  return pkg.version;
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
  indexes: Promise<VolumeIndex[]>;
}

export function startEarlyIndex(script: string, outDir: string, version = ''): EarlyIndex {
  const indexes = indexVolumes(recordsFromOfflineIndex(script), outDir, version);
  // Awaited at build end; a failure before then must not end the process as an unhandled rejection.
  indexes.catch(() => {});
  return { script, indexes };
}

/**
 * Build-end step: the Pagefind bundles, one per decade of report years (src/search/volumes.ts), in
 * <out>/pagefind/<first>-<last>/, from the records the site already wrote to
 * <out>/search/offline-index.js (src/pages/search/offline-index.js.ts: task pages and report
 * overviews only), so Pagefind and the file:// index hold the same records. The search page loads
 * the newest volume's bundle and merges the others with Pagefind's own mergeIndex
 * (public/search/search-page.js). Records go in a fixed order, so the same records give the same
 * bytes, in a full build and in a shard build alike.
 *
 * A volume whose key (KEY_FILE: its records, Pagefind's `version`) is that of the bundle this output
 * folder already holds keeps that bundle: adding a year re-indexes its decade only. The bundles are
 * cross-year files: a year shard (GZBG_SEARCH_INDEX=skip, scripts/shard-build.ts), whose offline
 * index holds only its neighbourhood, writes none; the cross-year shard writes them all. With
 * `early` (indexing started while Astro rendered), its indexes are written if it indexed exactly the
 * script in the file; otherwise the records are indexed now.
 */
export async function searchIndexStep(outDir: string, early?: EarlyIndex, version = ''): Promise<SearchIndexRun> {
  const script = readFileSync(join(outDir, 'search', 'offline-index.js'), 'utf8');
  const root = join(outDir, 'pagefind');
  try {
    let volumes: VolumeIndex[];
    if (early?.script === script) volumes = await early.indexes;
    else {
      if (early) await early.indexes.catch(() => {});
      volumes = await indexVolumes(recordsFromOfflineIndex(script), outDir, version);
    }
    // A bundle of a decade no longer in the site, of an earlier layout (pagefind/<year>/), or a
    // half-written one of an earlier run (<volume>.tmp) must not stay behind.
    const keep = new Set(volumes.flatMap((v) => [v.volume.name, ...(v.written ? [basename(v.written)] : [])]));
    if (existsSync(root))
      for (const entry of readdirSync(root)) if (!keep.has(entry)) rmSync(join(root, entry), { recursive: true });
    for (const v of volumes) {
      if (!v.written) continue;
      const target = join(root, v.volume.name);
      rmSync(target, { recursive: true, force: true });
      renameSync(v.written, target);
    }
    return {
      skipped: skipped(),
      written: volumes.filter((v) => v.written).map((v) => v.volume.name),
      kept: volumes.filter((v) => !v.written).map((v) => v.volume.name),
    };
  } finally {
    await pagefind.close();
  }
}

/** What the step did: the decades indexed and written, and those whose bundle was kept (oldest first). */
export interface SearchIndexRun {
  /** A year shard's build (GZBG_SEARCH_INDEX=skip): no bundle is its to write. */
  skipped: boolean;
  written: string[];
  kept: string[];
}

/** The build's line about the search index, for editors and operators (Chinese, as the build's other messages). */
export function searchIndexSummary(run: SearchIndexRun): string {
  if (run.skipped) return '搜索索引：本次构建不生成（年份分片，由跨年页面分片生成）';
  if (!run.written.length && !run.kept.length) return '搜索索引：没有可以索引的任务或报告';
  const parts = [];
  if (run.written.length) parts.push(`生成 ${run.written.join('、')}`);
  if (run.kept.length) parts.push(`沿用 ${run.kept.join('、')}（记录未变）`);
  return `搜索索引（每个年代一个）：${parts.join('；')}`;
}

/** Is the build a year shard's, whose bundles are the cross-year shard's to write? */
function skipped(): boolean {
  const value = process.env.GZBG_SEARCH_INDEX;
  if (value === undefined || value === '') return false;
  if (value === 'skip') return true;
  throw new Error(`GZBG_SEARCH_INDEX=${value}: use skip (a year shard: no search bundle) or leave it unset`);
}

/** The arguments of Pagefind's addCustomRecord for `r`: what a volume's bundle is a function of. */
function pagefindRecord(r: SearchRecord): pagefind.CustomRecord {
  const filters: Record<string, string[]> = { year: [String(r.year)] };
  if (r.area) filters.area = [r.area];
  if (r.status) filters.status = [r.status];
  return {
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
  };
}

/**
 * Bump when this file changes what a bundle holds for the same records (the index options, the
 * files removed from it): a bundle kept by key would otherwise be the old code's.
 */
const BUNDLE_FORMAT = 'gzbg-volume-1';

function volumeKey(entries: readonly pagefind.CustomRecord[], version: string): string {
  const hash = createHash('sha256').update(`${BUNDLE_FORMAT}\n${version}\n`);
  for (const e of entries) hash.update(`${JSON.stringify(e)}\n`);
  return hash.digest('hex');
}

/** The key of the bundle in `bundle` (KEY_FILE), if it is a whole one; '' otherwise. */
function keyOf(bundle: string): string {
  const file = join(bundle, KEY_FILE);
  if (!existsSync(file) || !existsSync(join(bundle, 'pagefind-entry.json'))) return '';
  return readFileSync(file, 'utf8').trim();
}

/** The volumes of `records`, oldest first, each indexed unless `outDir` already holds its bundle. */
async function indexVolumes(records: SearchRecord[], outDir: string, version: string): Promise<VolumeIndex[]> {
  if (skipped()) return [];
  const out: VolumeIndex[] = [];
  for (const volume of volumesOf(records.map((r) => r.year)).reverse()) {
    // Built one decade at a time, and each new bundle written as soon as it is indexed and its
    // index let go: only one decade's records and index are held at once.
    const entries = records.filter((r) => volumeOf(r.year).name === volume.name).map(pagefindRecord);
    const key = volumeKey(entries, version);
    const fresh = keyOf(join(outDir, 'pagefind', volume.name)) === key;
    out.push(
      fresh
        ? { volume, key }
        : {
            volume,
            key,
            written: await writePagefind(await indexVolume(entries), join(outDir, 'pagefind', volume.name), key),
          },
    );
  }
  return out;
}

async function indexVolume(entries: readonly pagefind.CustomRecord[]): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  for (const entry of entries) {
    const added = await index.addCustomRecord(entry);
    if (added.errors.length) throw new Error(`Pagefind 无法索引 ${entry.url}：${added.errors.join('；')}`);
  }
  return index;
}

/** Writes `index` (then deletes it) to a folder beside `target`, returned; searchIndexStep swaps it in. */
async function writePagefind(index: pagefind.PagefindIndex, target: string, key: string): Promise<string> {
  // Written next to the target, then swapped in at build end: a failed run leaves no half-written
  // bundle. Not written over the last build's bundle in place (as the rest of dist/ is,
  // stale-files.ts): Pagefind skips a fragment whose file exists, so what this run wrote could not
  // be told from what it found.
  const temp = `${target}.tmp`;
  mkdirSync(dirname(target), { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: temp });
  if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('；')}`);
  for (const f of readdirSync(temp)) if (UNUSED.test(f)) rmSync(join(temp, f), { recursive: true });
  writeFileSync(join(temp, KEY_FILE), `${key}\n`);
  await index.deleteIndex();
  return temp;
}
