/**
 * The pure parts of the sharded and incremental build (scripts/shard-build.ts): which shards an
 * archive has, which inputs each shard's pages read, which output files each shard owns, and the
 * fingerprint that says whether a shard must be built again.
 *
 * A year shard renders one year's pages (GZBG_YEARS=<year>: src/lib/static-paths.ts) from a content
 * folder holding that year and its neighbours only: a task page shows its counterparts in the
 * previous and next report year (src/components/Counterparts.astro), and nothing else on a year's
 * pages reads another year (the header names the page's own year: src/layouts/Base.astro). The
 * cross-year shard (GZBG_YEARS=none) renders, from the whole content folder, the pages that read
 * every year: home, compare, search, data, feed, sitemap, methodology, 404, the offline index.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hashFiles } from './tree.ts';

/** The shard of the pages that read every year. */
export const CROSS = 'cross';

/** Report years of a content folder: the four-digit folders under sources/, oldest first. */
export function sourceYears(content: string): number[] {
  const dir = join(content, 'sources');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
}

/** The years a year's pages read: itself and its neighbours in report-year order (not year - 1: years may have gaps). */
export function neighbourhood(years: readonly number[], year: number): number[] {
  const i = years.indexOf(year);
  if (i < 0) throw new Error(`no sources for ${year}`);
  return years.slice(Math.max(0, i - 1), i + 2);
}

/**
 * Does `path` (site-relative, '/'-separated) belong to `year`'s shard? A year's pages, charts and
 * citations (<year>/…), its open data (data/<year>.csv|json) and its raw sources (sources/<year>/…).
 * Everything else is the cross-year shard's, the search bundles included (pagefind/<decade>/: one
 * per decade, src/search/volumes.ts), or (_astro/) shared by every shard and identical in all of them.
 */
export function yearOfPath(path: string): number | undefined {
  const m = /^(?:(\d{4})\/|sources\/(\d{4})\/|data\/(\d{4})\.(?:csv|json)$)/.exec(path);
  if (!m) return undefined;
  return Number(m[1] ?? m[2] ?? m[3]);
}

/** The project's code a build depends on: everything that can change a page's bytes. */
export const CODE_INPUTS = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** Content-root files every shard reads (site settings, taxonomy, indicator registry…): all but the year folders. */
export function settingsFiles(content: string): string[] {
  return readdirSync(content, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}

/** A year's inputs in the content folder: its source folder, its overrides file and its subfolder reports' overrides (overrides/<year>/), when present. */
export function yearInputs(content: string, year: number): string[] {
  return [join('sources', String(year)), join('overrides', `${year}.yaml`), join('overrides', String(year))].filter(
    (p) => existsSync(join(content, p)),
  );
}

/**
 * The fingerprint of a shard: SHA-256 over the shard's name, the Node version, and the path and
 * bytes of every input file (the code, the settings, and the source and overrides of every year its
 * pages read). Equal fingerprints mean the shard's output would be the same bytes, so it is kept.
 */
export function fingerprint(
  shard: string,
  root: string,
  content: string,
  years: readonly number[],
  nodeVersion = process.version,
): string {
  const hash = createHash('sha256');
  hash.update(`shard ${shard}\0node ${nodeVersion}\0years ${years.join(',')}\0`);
  for (const p of CODE_INPUTS) hashFiles(hash, 'code', root, p);
  for (const f of settingsFiles(content)) hashFiles(hash, 'content', content, f);
  for (const y of years) for (const p of yearInputs(content, y)) hashFiles(hash, 'content', content, p);
  return hash.digest('hex');
}
