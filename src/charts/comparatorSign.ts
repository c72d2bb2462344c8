import type { Comparator } from '../schema/index.ts';

/** The mathematical sign of a comparator, as printed before a target value (≥2400套). */
export const comparatorSign: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '≈',
  '=': '=',
};
