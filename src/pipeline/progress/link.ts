import type { TaskLink } from '../../schema/index.ts';
import { LINK_THRESHOLD, linkYears } from '../compare/link.ts';

/**
 * Progress rows ↔ the year's tasks (issue 13). Numbering and order differ between reports (the
 * same target can be row 4 mid-year and task 1 at the year's end), so rows are matched by their
 * target text: first the same text after normalization (width, spaces and punctuation ignored,
 * figures kept), then the closest by the year-over-year similarity (src/pipeline/compare), one to
 * one, at or above `PROGRESS_LINK_THRESHOLD` — the same 0.45 as between years, measured there.
 * Rows and tasks left over on either side stay unmatched and are shown as such.
 */
export const PROGRESS_LINK_THRESHOLD = LINK_THRESHOLD;

/** Target text for the exact match: NFKC, without whitespace and punctuation; figures kept. */
export function normalizedTarget(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

export interface LinkRow {
  id: string;
  target: string;
}

/** The link of every progress row (by its id) to a task of the headline report, or none. */
export function linkProgressRows(
  rows: LinkRow[],
  tasks: LinkRow[],
  threshold = PROGRESS_LINK_THRESHOLD,
): Map<string, TaskLink> {
  const out = new Map<string, TaskLink>();
  const taken = new Set<string>();
  const byText = new Map<string, string[]>();
  for (const t of tasks) {
    const key = normalizedTarget(t.target);
    byText.set(key, [...(byText.get(key) ?? []), t.id]);
  }
  for (const r of rows) {
    const id = (byText.get(normalizedTarget(r.target)) ?? []).find((i) => !taken.has(i));
    if (id === undefined) continue;
    taken.add(id);
    out.set(r.id, { id, score: 1, method: 'exact' });
  }
  const restRows = rows.filter((r) => !out.has(r.id));
  const restTasks = tasks.filter((t) => !taken.has(t.id));
  const asLinkable = (list: LinkRow[]) => list.map((t, i) => ({ year: 0, number: i + 1, id: t.id, target: t.target }));
  const links = linkYears(asLinkable(restRows), asLinkable(restTasks), threshold);
  for (const p of links.pairs) out.set(p.from.id, { id: p.to.id, score: p.to.score, method: 'similar' });
  for (const d of links.dropped) out.set(d.task.id, { id: null, score: d.nearest?.score ?? 0, method: 'none' });
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, { id: null, score: 0, method: 'none' });
  return out;
}
