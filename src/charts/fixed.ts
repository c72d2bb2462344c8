/** Decimal places of every coordinate a chart writes: same input, same bytes, readable diffs. */
export const PRECISION = 2;

/**
 * A coordinate as text with at most PRECISION decimals, trailing zeros and `-0` dropped,
 * so floating-point noise never reaches the output.
 */
export function fixed(n: number, digits = PRECISION): string {
  if (!Number.isFinite(n)) throw new Error(`chart coordinate is not a finite number: ${n}`);
  const s = n.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
