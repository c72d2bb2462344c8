/**
 * The Pagefind index is written in volumes: one bundle per calendar decade of report years
 * (`pagefind/2020-2029/`), whatever the build (full, sharded or incremental), so that its bytes are a
 * function of that decade's records alone.
 *
 * Why decades, measured (BENCHMARKS.md, 2026-12-01 session 5): every query asks every bundle the
 * search page merges, and each bundle answers with its own index chunks (~20 KB each, per word of
 * the query, whatever the bundle's size). A 2,000-task archive in ten yearly bundles loaded ten
 * times the chunks of the same records in one bundle, and missed the search targets (issue 17.1) by
 * that much. One bundle for all years would make adding a year re-index the whole archive; a decade
 * bounds that to ten years' records while a 50-year city archive still has only five or six bundles.
 */
export interface Volume {
  /** Folder under pagefind/: `2020-2029`. */
  name: string;
  first: number;
  last: number;
}

const YEARS_PER_VOLUME = 10;

export function volumeOf(year: number): Volume {
  if (!Number.isInteger(year) || year < 0) throw new Error(`not a report year: ${year}`);
  const first = year - (year % YEARS_PER_VOLUME);
  const last = first + YEARS_PER_VOLUME - 1;
  return { name: `${first}-${last}`, first, last };
}

/** The volumes holding `years`, each once, newest first (the search page loads the first and merges the others). */
export function volumesOf(years: Iterable<number>): Volume[] {
  const byName = new Map<string, Volume>();
  for (const y of years) {
    const v = volumeOf(y);
    byName.set(v.name, v);
  }
  return [...byName.values()].sort((a, b) => b.first - a.first);
}
