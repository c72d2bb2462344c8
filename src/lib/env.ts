import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Folders the pipeline and the site read and write. Tests, fixture sites and benchmarks point
 * these elsewhere so they never touch the project's own content/ or dist/.
 */
export function contentDir(): string {
  return resolve(process.env.GZBG_CONTENT_DIR ?? 'content');
}
export function outDir(): string {
  return resolve(process.env.GZBG_OUT_DIR ?? 'dist');
}

/**
 * Astro's cache and working folder for a build into `out`, inside the project (its prerender
 * chunks must resolve node_modules) and distinct per output folder, so that builds side by side
 * never share Astro's data store or its <cwd>/.astro/.prerender folder.
 */
export function buildCacheDir(root: string, out: string): string {
  return join(root, 'node_modules/.astro/builds', createHash('sha256').update(resolve(out)).digest('hex').slice(0, 12));
}

/**
 * The years a shard build renders the pages of (scripts/shard-build.ts): GZBG_YEARS is a comma list
 * of years, or `none` for the cross-year shard (home, compare, search, data, feed, sitemap…). Unset:
 * undefined, every year (an ordinary build).
 */
export function shardYears(): Set<number> | undefined {
  const value = process.env.GZBG_YEARS;
  if (value === undefined) return undefined;
  if (value.trim() === 'none') return new Set();
  const years = value.split(',').map((s) => s.trim());
  for (const y of years)
    if (!/^\d{4}$/.test(y)) throw new Error(`GZBG_YEARS must be a comma list of years or none, not “${value}”`);
  return new Set(years.map(Number));
}
