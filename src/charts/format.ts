import { format } from 'd3-format';

/**
 * Numbers the Chinese way: no thousands separators (2400套, as reports write them), at most two
 * decimals (three below 1) with trailing zeros dropped, and 万/亿 for large bare counts.
 * A multiplier the source already wrote (2.5万千瓦, 240.3亿元) stays in the unit untouched.
 */
const decimals2 = format('.2~f');
const decimals3 = format('.3~f');
const share = format('.1~%');

/** A number without its unit: 2400, 5.6, 0.125. */
export function formatNumber(value: number): string {
  const s = Math.abs(value) < 1 ? decimals3(value) : decimals2(value);
  // d3-format writes the minus sign as U+2212; keep it, it is the typographic minus.
  return s;
}

/** A number with its unit as the source writes it: 2400套, 5.6%, 2.5万千瓦, 15万人次. */
export function formatQuantity(value: number, unit: string): string {
  const hasMultiplier = /^[万亿]/.test(unit);
  const abs = Math.abs(value);
  if (!hasMultiplier && unit !== '%' && abs >= 1e8) return `${formatNumber(value / 1e8)}亿${unit}`;
  if (!hasMultiplier && unit !== '%' && abs >= 1e5) return `${formatNumber(value / 1e4)}万${unit}`;
  return `${formatNumber(value)}${unit}`;
}

/** A difference in the target's unit; a difference of percentages is in 个百分点. */
export function formatDifference(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}个百分点` : formatQuantity(value, unit);
}

/** A share of a whole: 0.667 → 66.7%. */
export function formatShare(fraction: number): string {
  return share(fraction);
}
