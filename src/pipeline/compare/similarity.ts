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

/** Size of a bigram multiset (the sum of its counts). */
export const multisetSize = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** |A∩B| of two bigram multisets. */
function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [g, k] of a) n += Math.min(k, b.get(g) ?? 0);
  return n;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two bigram multisets, in [0, 1]; 0 when either is empty. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = multisetSize(a) + multisetSize(b);
  return total === 0 ? 0 : (2 * common(a, b)) / total;
}

/** Overlap coefficient |A∩B| / min(|A|,|B|) of two bigram multisets, in [0, 1]; 0 when either is empty. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  const smaller = Math.min(multisetSize(a), multisetSize(b));
  return smaller === 0 ? 0 : common(a, b) / smaller;
}

/** Similarity of two bigram sets: mean of Dice and overlap, rounded to two decimals so pages and tests agree. */
export function score(a: Map<string, number>, b: Map<string, number>): number {
  return scoreFromCounts(common(a, b), multisetSize(a), multisetSize(b));
}

/**
 * `score` from the counts alone: |A∩B| and the two sizes, the same arithmetic as dice and overlap.
 * Linking all tasks of two years uses it with counts from an index instead of walking maps per pair.
 */
export function scoreFromCounts(shared: number, sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  const smaller = Math.min(sizeA, sizeB);
  const d = total === 0 ? 0 : (2 * shared) / total;
  const o = smaller === 0 ? 0 : shared / smaller;
  return Math.round(((d + o) / 2) * 100) / 100;
}

/** Similarity of two texts (see `score`). */
export function similarity(a: string, b: string): number {
  return score(bigrams(a), bigrams(b));
}
