/**
 * What each unit measures, as data (issue 14 point 4): its family (people, money, area…) and the
 * factor to the family's base unit; measure words that count the same kind of thing. Units the
 * extractor does not read (lexicon.ts UNITS) have no row here.
 */
/** What each multiplier multiplies by. */
export const MULTIPLIER_FACTOR: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** [family, factor to the family's base] for each base unit. */
export const UNIT_TABLE: Readonly<Record<string, readonly [string, number]>> = {
  '%': ['percent', 1],
  '％': ['percent', 1],
  '‰': ['percent', 0.1],
  个百分点: ['points', 1],
  百分点: ['points', 1],
  千瓦: ['power', 1],
  平方米: ['area', 1],
  亩: ['area', 10000 / 15],
  立方米: ['volume', 1],
  '微克/立方米': ['concentration', 1],
  公里: ['length', 1e3],
  米: ['length', 1],
  标箱: ['containers', 1],
  kg: ['mass', 1],
  吨: ['mass', 1e3],
  斤: ['mass', 0.5],
  'kg/d': ['mass-rate', 1],
  元: ['money', 1],
  美元: ['usd', 1],
  名: ['people', 1],
  人: ['people', 1],
  位: ['people', 1],
  人次: ['visits', 1],
  家次: ['visits', 1],
  户: ['households', 1],
  场: ['events', 1],
  场次: ['events', 1],
  次: ['events', 1],
  期: ['events', 1],
  届: ['events', 1],
  轮: ['events', 1],
  头: ['animals', 1],
  倍: ['ratio', 1],
  天: ['days', 1],
  工作日: ['days', 1],
  个工作日: ['days', 1],
  分钟: ['hours', 1 / 60],
  '': ['bare', 1],
};

/**
 * Measure words that count the same kind of thing (GLOSSARY: 公交候车亭30个 vs 44座, 基地3个 vs 3家).
 * 个 counts anything; the others only within their group.
 */
export const ITEM_GROUPS: readonly (readonly string[])[] = [
  ['家', '座', '所', '处'],
  ['项', '件', '宗'],
  ['辆', '台', '架'],
  ['张', '床'],
  ['套', '间'],
  ['条'],
  ['只'],
  ['块'],
  ['盏'],
  ['部', '本', '册', '份'],
  ['类'],
  ['例'],
  ['组', '支', '队'],
  ['批'],
  ['起'],
];

/** The measure word that counts anything: comparable with every measure word of things. */
export const ANY_COUNT = '个';
