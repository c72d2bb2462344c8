import { describe, expect, it } from 'vitest';
import { actualOf, judge, quantityOf } from '../../../../src/pipeline/extract/metric.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { sourceRow } from './fixture-rows.ts';

// Targets and results of the real 2024 rows (镇海区, content/sources/2024).
const figure = (text: string, figureText: string) => {
  const q = extractQuantities(text).find((x) => x.text === figureText);
  if (!q) throw new Error(`no figure ${figureText}`);
  return q;
};
const row5 = sourceRow(5);
const row7 = sourceRow(7);
const row11 = sourceRow(11);

describe('quantityOf', () => {
  it('the schema quantity of a target figure (row 11: 60%以上)', () => {
    expect(quantityOf(figure(row11.target, '60%以上'))).toMatchObject({
      text: '60%以上',
      value: 60,
      unit: '%',
      qualifiers: ['达到', '以上'],
    });
  });
});

describe('actualOf', () => {
  it('one figure is the result', () => {
    expect(actualOf([figure(row7.completion, '7.6万千瓦')], row7.completion)).toMatchObject({
      text: '7.6万千瓦',
      value: 7.6,
      unit: '万千瓦',
      parts: [],
    });
  });
  it('several parts add up in the first part’s unit (row 5: 国家级重点人才34人、省顶尖人才4人)', () => {
    const a = actualOf([figure(row5.completion, '34人'), figure(row5.completion, '4人')], row5.completion);
    expect(a).toMatchObject({ text: '34人、省顶尖人才4人', value: 38, unit: '人' });
    expect(a!.parts.map((p) => p.text)).toEqual(['34人', '4人']);
  });
  it('no figure, no result', () => {
    expect(actualOf([], row7.completion)).toBeNull();
  });
});

describe('judge', () => {
  const solar = { ...quantityOf(figure(row7.target, '2.5万千瓦')), comparator: '>=' as const };
  const cars = { ...quantityOf(figure(row7.target, '100辆')), comparator: '>=' as const };
  it('光伏装机: 7.6万千瓦 against at least 2.5万千瓦 is met', () => {
    const a = actualOf([figure(row7.completion, '7.6万千瓦')], row7.completion);
    expect(judge(solar, a, true, '').verdict).toBe('met');
  });
  it('企业安全生产标准化建设率: 63% against 60%以上 is met (row 11)', () => {
    const t = { ...quantityOf(figure(row11.target, '60%以上')), comparator: '>=' as const };
    const a = actualOf([figure(row11.completion, '63%')], row11.completion);
    expect(judge(t, a, true, '').verdict).toBe('met');
  });
  it('a cumulative 113辆 is never judged against 新增100辆', () => {
    const a = actualOf([figure(row7.completion, '113辆')], row7.completion);
    expect(judge(cars, a, false, '累计').verdict).toBe('unclear');
  });
  it('no result is no verdict of met', () => {
    expect(judge(cars, null, false, '').verdict).not.toBe('met');
  });
});
