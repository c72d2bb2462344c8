/**
 * Clause and sentence boundaries of a cell. A clause ends at a comma, semicolon, colon or stop;
 * a sentence at a stop or semicolon. The enumeration mark 、 joins parts of one clause, and a comma
 * between digits (1,000) is a thousands separator, not a boundary.
 */

const CLAUSE_END = /[,，;；。:：!！?？\n]/;
const SENTENCE_END = /[;；。!！?？\n]/;

function isBoundary(text: string, i: number, re: RegExp): boolean {
  const c = text[i]!;
  if (!re.test(c)) return false;
  if ((c === ',' || c === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  return true;
}

/** Offset just after the boundary before `i` (0 when none). */
export function clauseStart(text: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isBoundary(text, k, CLAUSE_END)) return k + 1;
  return 0;
}
/** Offset of the boundary at or after `i` (text length when none). */
export function clauseEnd(text: string, i: number): number {
  for (let k = i; k < text.length; k++) if (isBoundary(text, k, CLAUSE_END)) return k;
  return text.length;
}
export function sentenceStart(text: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isBoundary(text, k, SENTENCE_END)) return k + 1;
  return 0;
}
export function sentenceEnd(text: string, i: number): number {
  for (let k = i; k < text.length; k++) if (isBoundary(text, k, SENTENCE_END)) return k;
  return text.length;
}
/** Is there any clause boundary in text[from, to)? */
export function hasBoundary(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isBoundary(text, k, CLAUSE_END)) return true;
  return false;
}
