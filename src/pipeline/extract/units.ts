import { MULTIPLIERS, UNITS, LATIN_UNITS } from './lexicon.ts';

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

const MULTIPLIER_FACTOR: Record<string, number> = { 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** [family, factor to the family's base] for each base unit. */
const BASE: Record<string, [string, number]> = {
  '%': ['percent', 1],
  '％': ['percent', 1],
  '‰': ['percent', 0.1],
  个百分点: ['points', 1],
  百分点: ['points', 1],
  千瓦时: ['energy', 1],
  kWh: ['energy', 1],
  千瓦: ['power', 1],
  kW: ['power', 1],
  MW: ['power', 1e3],
  GW: ['power', 1e6],
  平方公里: ['area', 1e6],
  平方米: ['area', 1],
  'm²': ['area', 1],
  m2: ['area', 1],
  公顷: ['area', 1e4],
  亩: ['area', 10000 / 15],
  立方米: ['volume', 1],
  'm³': ['volume', 1],
  '微克/立方米': ['concentration', 1],
  '毫克/立方米': ['concentration', 1000],
  公里: ['length', 1e3],
  千米: ['length', 1e3],
  km: ['length', 1e3],
  米: ['length', 1],
  m: ['length', 1],
  平方千米: ['area', 1e6],
  标箱: ['containers', 1],
  公斤: ['mass', 1],
  千克: ['mass', 1],
  kg: ['mass', 1],
  吨: ['mass', 1e3],
  t: ['mass', 1e3],
  斤: ['mass', 0.5],
  'kg/d': ['mass-rate', 1],
  't/d': ['mass-rate', 1e3],
  元: ['money', 1],
  美元: ['usd', 1],
  欧元: ['eur', 1],
  名: ['people', 1],
  人: ['people', 1],
  位: ['people', 1],
  人次: ['visits', 1],
  户次: ['visits', 1],
  车次: ['trips', 1],
  架次: ['trips', 1],
  家次: ['visits', 1],
  户: ['households', 1],
  场: ['events', 1],
  场次: ['events', 1],
  次: ['events', 1],
  期: ['events', 1],
  届: ['events', 1],
  轮: ['events', 1],
  头: ['animals', 1],
  棵: ['plants', 1],
  株: ['plants', 1],
  倍: ['ratio', 1],
  天: ['days', 1],
  工作日: ['days', 1],
  个工作日: ['days', 1],
  小时: ['hours', 1],
  分钟: ['hours', 1 / 60],
  '': ['bare', 1],
};

/**
 * Measure words that count the same kind of thing (GLOSSARY: 公交候车亭30个 vs 44座, 基地3个 vs 3家).
 * 个 counts anything; the others only within their group.
 */
const ITEM_GROUPS = [
  ['家', '座', '所', '处'],
  ['项', '件', '宗', '笔'],
  ['辆', '台', '艘', '架'],
  ['张', '床'],
  ['套', '间'],
  ['条'],
  ['栋', '幢'],
  ['只'],
  ['块'],
  ['部', '本', '册', '篇', '份'],
  ['类'],
  ['例'],
  ['组', '支', '队'],
  ['批'],
  ['起'],
  ['盏'],
];
const ITEM_GROUP_OF = new Map<string, number>(ITEM_GROUPS.flatMap((g, i) => g.map((u) => [u, i] as const)));

/** Families a bare 万/亿 count may stand for (1240万 贫困人口 against 1000万人). */
const COUNTABLE = new Set(['count', 'people', 'households', 'items', 'visits']);

/** Parse a unit as written into base, family and factor; null for an unknown unit. */
export function unitInfo(unit: string): UnitInfo | null {
  const known = (base: string): [string, number] | null => {
    if (base in BASE) return BASE[base]!;
    if (base === '个' || ITEM_GROUP_OF.has(base)) return ['items', 1];
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
  if (x.base === y.base || x.base === '个' || y.base === '个') return true;
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
