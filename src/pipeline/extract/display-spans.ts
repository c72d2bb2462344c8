import type { Cell } from '../../schema/index.ts';

/**
 * Spans index the verbatim cell; pages show the display text, which differs only in punctuation
 * width, quote direction and whitespace (the normalizer's invariant). This aligns the two so a span
 * can be marked in the display text.
 */

const FOLD: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};
const fold = (c: string) => FOLD[c] ?? c;

/** For each verbatim offset 0..length, the display offset it corresponds to. */
export function offsetMap(cell: Cell): number[] {
  const v = cell.verbatim;
  const d = cell.display;
  const map: number[] = new Array(v.length + 1);
  let i = 0;
  let j = 0;
  while (i < v.length) {
    if (j < d.length && fold(v[i]!) === fold(d[j]!)) map[i++] = j++;
    else if (/\s/.test(v[i]!))
      map[i++] = j; // whitespace the normalizer removed
    else if (j < d.length && /\s/.test(d[j]!))
      j++; // whitespace it added
    else map[i++] = Math.min(j++, d.length); // not a typographic variant: keep moving in step
  }
  map[v.length] = Math.min(j, d.length);
  return map;
}

/** A verbatim [start, end) as display [start, end). */
export function toDisplay(map: number[], start: number, end: number): { start: number; end: number } {
  const s = map[start]!;
  const e = end > start ? map[end - 1]! + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/** The display text of a verbatim range (for subjects and titles read from the verbatim text). */
export function displaySlice(cell: Cell, start: number, end: number): string {
  const r = toDisplay(offsetMap(cell), start, end);
  return cell.display.slice(r.start, r.end);
}

export interface Mark {
  start: number;
  end: number;
  /** Short label shown after the marked text, e.g. 目标1; '' for a mark without a label. */
  label: string;
}
export interface Segment {
  text: string;
  /** Is this segment marked? */
  marked: boolean;
  /** Labels of the marks covering it (a mark may have none). */
  labels: string[];
}

/**
 * Split a cell's display text into plain and marked segments. Marks are verbatim spans; marks
 * with the same span merge their labels; overlapping marks are merged into one segment.
 */
export function markSegments(cell: Cell, marks: Mark[]): Segment[] {
  const map = offsetMap(cell);
  const ranges = marks
    .map((m) => ({ ...toDisplay(map, m.start, m.end), labels: [m.label] }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      for (const l of r.labels) if (!last.labels.includes(l)) last.labels.push(l);
    } else merged.push({ ...r, labels: [...r.labels] });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: cell.display.slice(at, r.start), marked: false, labels: [] });
    out.push({ text: cell.display.slice(r.start, r.end), marked: true, labels: r.labels.filter((l) => l !== '') });
    at = r.end;
  }
  if (at < cell.display.length) out.push({ text: cell.display.slice(at), marked: false, labels: [] });
  return out;
}
