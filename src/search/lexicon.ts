import { THESAURUS } from '../pipeline/extract/lexicon/thesaurus.ts';
import type { Task } from '../schema/index.ts';
import { statusSlug, statuses } from '../lib/status.ts';
import { paths } from '../lib/urls.ts';

/**
 * What the search page needs to understand a query beyond its characters, generated at build time
 * from the site's own data and handed to public/search/search-core.js:
 * - `synonyms`: the thesaurus the pairing reads targets with (src/pipeline/extract/lexicon/thesaurus.ts),
 *   canonical word first, so GDP finds 地区生产总值 and back — the same data, not a second list;
 * - `filters`: every status label and area name with the pages that list its tasks, so a query
 *   that is one of these words (未达目标, 生态环境) offers that list and finds its tasks.
 */
export interface SearchLexicon {
  synonyms: string[][];
  filters: SearchFilterWord[];
}

export interface SearchFilterWord {
  kind: 'status' | 'area';
  /** The label readers see, which is also the filter value in the index. */
  label: string;
  /** One link per year that has tasks with this status or area: its list page, relative to search.html. */
  links: { year: number; href: string; count: number }[];
}

export interface LexiconInput {
  years: readonly { year: number; tasks: readonly Task[] }[];
  areas: readonly { slug: string; name: string }[];
  statusLabel: (status: Task['status']['value']) => string;
  /** Link from the search page to a root-relative path. */
  link: (to: string) => string;
}

export function searchLexicon(input: LexiconInput): SearchLexicon {
  const words = (
    kind: SearchFilterWord['kind'],
    label: string,
    has: (task: Task) => boolean,
    path: (year: number) => string,
  ): SearchFilterWord => ({
    kind,
    label,
    links: input.years
      .map((y) => ({ year: y.year, href: input.link(path(y.year)), count: y.tasks.filter(has).length }))
      .filter((l) => l.count > 0),
  });
  const filters = [
    ...statuses.map((s) =>
      words(
        'status',
        input.statusLabel(s),
        (task) => task.status.value === s,
        (year) => paths.status(year, statusSlug(s)),
      ),
    ),
    ...input.areas.map((a) =>
      words(
        'area',
        a.name,
        (task) => task.area.slug === a.slug,
        (year) => paths.area(year, a.slug),
      ),
    ),
  ].filter((w) => w.links.length > 0);
  return { synonyms: THESAURUS.map((e) => [e.canonical, ...e.variants]), filters };
}
