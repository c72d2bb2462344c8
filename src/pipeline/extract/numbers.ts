/**
 * Numbers as written in Chinese government text: Arabic digits with decimals and thousands
 * separators (1,000 / 240.3 / full-width ０-９), and Chinese numerals (两 / 三 / 十七 / 三千五百).
 * 万 and 亿 are not read here: they belong to the unit (2.5万千瓦), see units.ts.
 */

import { CN_DIGITS, CN_UNITS, NUMERALS, TEN } from './lexicon/numerals.ts';

const CHINESE_NUMBER = new RegExp(`^[${NUMERALS}]+$`);

/** A number token: Arabic (with optional thousands groups and decimals) or Chinese numerals. */
export const NUMBER_TOKEN = new RegExp(`[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:\\.[0-9０-９]+)?|[${NUMERALS}]+`, 'g');

/** Is this token written in Chinese numerals? */
export function isChineseNumeral(token: string): boolean {
  return CHINESE_NUMBER.test(token);
}

/**
 * The value of a number token, or null when it is not a well-formed number
 * (a Chinese token must start with a digit or 十: 百姓 and 千人 are words, not numbers).
 */
export function parseNumber(token: string): number | null {
  if (isChineseNumeral(token)) return parseChinese(token);
  const ascii = token.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/,/g, '');
  const value = Number(ascii);
  return Number.isFinite(value) ? value : null;
}

function parseChinese(token: string): number | null {
  const first = token[0]!;
  if (!(first in CN_DIGITS) && first !== TEN) return null;
  // Digit-by-digit form (二〇二四): no 十/百/千 at all.
  if (![...token].some((c) => c in CN_UNITS)) {
    return token.length === 1 ? CN_DIGITS[first]! : Number([...token].map((c) => CN_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of token) {
    if (c in CN_DIGITS) {
      if (digit !== null && digit !== 0 && CN_DIGITS[c] !== 0) return null; // 三四十: a range, not one number
      digit = CN_DIGITS[c]!;
    } else {
      const unit = CN_UNITS[c]!;
      if (unit >= lastUnit) return null; // 十十, 百千: malformed
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    }
  }
  return total + (digit ?? 0);
}

/** Decimal places as written (5.60 → 2), used for "equal at the stated precision". */
export function decimalsOf(token: string): number {
  const m = /\.([0-9０-９]+)$/.exec(token);
  return m ? m[1]!.length : 0;
}
