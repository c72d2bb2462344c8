import { describe, expect, it } from 'vitest';
import {
  bracketOpen,
  comparable,
  contextOf,
  looseCandidates,
  scoreOf,
  stripLevels,
  subjectParts,
} from '../../../../src/pipeline/extract/candidates.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { targetMetrics } from '../../../../src/pipeline/extract/target-metrics.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { sourceRow } from './fixture-rows.ts';

// Row 7 of the real 2024 source (镇海区, content/sources/2024): the target asks for 氢能车100辆 and
// 光伏装机2.5万千瓦; the result names 9家 企业, two 加氢站 capacities in kg/d, 1座, 113辆 氢能车辆,
// 1台 装载机 and 7.6万千瓦 光伏装机.
const row7 = sourceRow(7);
const [cars, solar] = targetMetrics(normalizeCell(row7.target));
const text = row7.completion;
const all = extractQuantities(text);
const at = (figure: string) => all.findIndex((q) => q.text === figure);

describe('contextOf', () => {
  it('the words from the previous figure or clause start to the figure', () => {
    expect(contextOf(text, all, at('113辆'))).toBe('累计投运氢能车辆 ');
    expect(contextOf(text, all, at('7.6万千瓦'))).toBe('全年新增光伏装机 ');
  });
  it('a figure in brackets speaks only of the bracket', () => {
    expect(contextOf(text, all, at('2000kg/d'))).toBe(' )建成竣工');
  });
});

describe('bracketOpen', () => {
  it('finds the open bracket around 2000kg/d, and none before 113辆', () => {
    expect(bracketOpen(text, text.indexOf('2000kg/d'))).toBe(text.indexOf('(2000kg/d'));
    expect(bracketOpen(text, text.indexOf('113辆'))).toBe(-1);
  });
});

describe('comparable', () => {
  it('only figures in like units can report on a target', () => {
    expect(comparable(cars!, all[at('113辆')]!)).toBe(true);
    expect(comparable(cars!, all[at('7.6万千瓦')]!)).toBe(false);
    expect(comparable(solar!, all[at('7.6万千瓦')]!)).toBe(true);
    expect(comparable(solar!, all[at('2000kg/d')]!)).toBe(false);
  });
});

describe('scoreOf', () => {
  it('scores the figure that names the subject, not its neighbours', () => {
    const score = (t: typeof cars, figure: string) => scoreOf(t!, contextOf(text, all, at(figure))).score;
    expect(score(cars, '113辆')).toBe(1);
    expect(score(cars, '1台')).toBe(0);
    expect(score(solar, '7.6万千瓦')).toBe(1);
    expect(score(solar, '113辆')).toBe(0);
  });
});

describe('looseCandidates', () => {
  it('光伏装机: the one figure whose words end in the head word', () => {
    expect(looseCandidates(solar!, text, all).map((c) => c.q.text)).toEqual(['7.6万千瓦']);
  });
});

describe('stripLevels and subjectParts', () => {
  it('levels are matched apart from the subject (row 5: 建成省级博士后工作站5家、市级及以上院士工作站1家)', () => {
    expect(stripLevels('建成省级博士后工作站5家')).toBe('建成博士后工作站5家');
    expect(stripLevels('市级及以上院士工作站')).toBe('院士工作站');
  });
  it('a listed subject names each part (row 7 result: 氢能产业发展规划、加氢基础设施规划)', () => {
    expect(subjectParts('氢能产业发展规划、加氢基础设施规划')).toEqual(['氢能产业发展规划', '加氢基础设施规划']);
    expect(subjectParts('光伏装机')).toEqual([]);
  });
});
