import { MULTIPLIERS, UNITS, LATIN_UNITS } from './lexicon.ts';
import { ANY_COUNT, ITEM_GROUPS, MULTIPLIER_FACTOR, UNIT_TABLE } from './lexicon/units.ts';

/**
 * What a unit measures, so a result is compared with a target only like with like
 * (GLOSSARY: units). `factor` scales to the family's base (万千瓦 → 10000 千瓦, 公里 → 1000 米).
 */
export interface UnitInfo {
  /** The unit as written (万千瓦). */
  unit: string;
  /** Unit without its multiplier (千瓦). */
  base: string;
  /** What is measured: people, money, area… Counts of things share `items`. */
  family: string;
  /** Multiply a value in `unit` by this to get the family's base unit. */
  factor: number;
}

const ITEM_GROUP_OF = new Map<string, number>(ITEM_GROUPS.flatMap((g, i) => g.map((u) => [u, i] as const)));

/** Families a bare 万/亿 count may stand for (1240万 贫困人口 against 1000万人). */
const COUNTABLE = new Set(['count', 'people', 'households', 'items', 'visits']);

/** Parse a unit as written into base, family and factor; null for an unknown unit. */
export function unitInfo(unit: string): UnitInfo | null {
  const known = (base: string): readonly [string, number] | null => {
    if (base in UNIT_TABLE) return UNIT_TABLE[base]!;
    if (base === ANY_COUNT || ITEM_GROUP_OF.has(base)) return ['items', 1];
    return null;
  };
  const direct = known(unit);
  if (direct) return { unit, base: unit, family: direct[0], factor: direct[1] };
  for (const m of MULTIPLIERS) {
    if (!unit.startsWith(m)) continue;
    const base = unit.slice(m.length);
    const k = known(base);
    if (k && base !== '') return { unit, base, family: k[0], factor: k[1] * MULTIPLIER_FACTOR[m]! };
    // 800万 (困难群众): a multiplier alone counts people or things.
    if (base === '') return { unit, base, family: 'count', factor: MULTIPLIER_FACTOR[m]! };
  }
  return null;
}

/** Can a result in unit `b` report on a target in unit `a`? */
export function compatibleUnits(a: string, b: string): boolean {
  const x = unitInfo(a);
  const y = unitInfo(b);
  if (!x || !y) return false;
  if (x.family === 'count' || y.family === 'count') return COUNTABLE.has(x.family) && COUNTABLE.has(y.family);
  if (x.family !== y.family) return false;
  if (x.family !== 'items') return true;
  if (x.base === y.base || x.base === ANY_COUNT || y.base === ANY_COUNT) return true;
  return ITEM_GROUP_OF.get(x.base) === ITEM_GROUP_OF.get(y.base);
}

/** `value` in unit `from`, expressed in unit `to` (both compatible). */
export function convert(value: number, from: string, to: string): number {
  const x = unitInfo(from)!;
  const y = unitInfo(to)!;
  return (value * x.factor) / y.factor;
}

/** Every unit the extractor recognises after a number, longest first (for the quantity pattern). */
export const ALL_UNITS: readonly string[] = [...UNITS, ...LATIN_UNITS];
