/**
 * Text similarity of two targets over character bigrams (as multisets) of their Chinese and Latin
 * letters: the mean of the Dice coefficient (how alike the two texts are as a whole) and the
 * overlap coefficient (how much of the shorter one the longer one contains — a promise carried
 * over is often one clause of a longer target the year before). Numbers and punctuation are
 * dropped, so “增长6%左右” and “增长5.5%左右” read as the same promise with a new figure.
 */

/** The letters that carry meaning: Han characters and Latin letters, lower-cased. */
export function comparableText(text: string): string {
  return Array.from(text.normalize('NFKC').toLowerCase())
    .filter((ch) => /\p{Script=Han}|[a-z]/u.test(ch))
    .join('');
}

/** Character bigrams with their counts; a one-character text counts as its own bigram. */
export function bigrams(text: string): Map<string, number> {
  const chars = Array.from(comparableText(text));
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  if (chars.length === 1) add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  return grams;
}

const size = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two bigram multisets, in [0, 1]; 0 when either is empty. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return (2 * common) / total;
}

/** Overlap coefficient |A∩B| / min(|A|,|B|) of two bigram multisets, in [0, 1]; 0 when either is empty. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  const smaller = Math.min(size(a), size(b));
  if (smaller === 0) return 0;
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return common / smaller;
}

/** Similarity of two bigram sets: mean of Dice and overlap, rounded to two decimals so pages and tests agree. */
export function score(a: Map<string, number>, b: Map<string, number>): number {
  return Math.round(((dice(a, b) + overlap(a, b)) / 2) * 100) / 100;
}

/** Similarity of two texts (see `score`). */
export function similarity(a: string, b: string): number {
  return score(bigrams(a), bigrams(b));
}
