import { describe, expect, it } from 'vitest';
import { comparatorOf } from '../../../../src/pipeline/extract/comparator.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { devRow, sourceRow } from './fixture-rows.ts';

// Comparators read from the real 2024 targets (镇海区, content/sources/2024).
const readings = (text: string) =>
  Object.fromEntries(extractQuantities(text).map((q) => [q.text, comparatorOf(text, q)]));

describe('comparatorOf', () => {
  it('a qualifier after the figure wins (row 11: 达到60%以上 → >= 以上)', () => {
    expect(readings(sourceRow(11).target)['60%以上']).toEqual({ comparator: '>=', word: '以上' });
  });
  it('a qualifier before the figure (row 5: 占比超70% → > 超)', () => {
    expect(readings(sourceRow(5).target)['超70%']).toEqual({ comparator: '>', word: '超' });
  });
  it('a verb of adding reaches every figure of its clause (row 7: 新增氢能车100辆、光伏装机2.5万千瓦)', () => {
    const r = readings(sourceRow(7).target);
    expect(r['100辆']).toEqual({ comparator: '>=', word: '新增' });
    expect(r['2.5万千瓦']).toEqual({ comparator: '>=', word: '新增' });
  });
  it('a verb of building (row 5: 建成省级博士后工作站5家 → >= 建成)', () => {
    expect(readings(sourceRow(5).target)['5家']).toEqual({ comparator: '>=', word: '建成' });
  });
  it('a verb of reaching is a floor (row 6: 实现…100%全覆盖 → >= 实现)', () => {
    const text = sourceRow(6).target;
    const q = extractQuantities(text).find((x) => x.text.startsWith('100%'))!;
    expect(comparatorOf(text, q)).toEqual({ comparator: '>=', word: '实现' });
  });
  it('an equals sign before the figure reads =', () => {
    // 泰顺县 2024 (development corpus): 全省基层医疗机构门诊报销比=50%, annotated '='.
    const text = devRow('taishun-2024.yaml', 'taishun-2024-05').target;
    expect(readings(text)['50%']).toEqual({ comparator: '=', word: '=' });
  });
});
