import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { compatibleUnits, convert, unitInfo } from '../../../../src/pipeline/extract/units.ts';
import { sourceRow } from './fixture-rows.ts';

// Units as written in the real 2024 rows (镇海区, content/sources/2024): row 7 asks for 光伏装机2.5万千瓦
// and 氢能车100辆 and reports 7.6万千瓦 and 113辆; row 3 reports money in 亿元; row 7's 2000kg/d is a rate.
const row7 = sourceRow(7);
const unitsIn = (text: string) => extractQuantities(text).map((q) => q.unit);

describe('unitInfo', () => {
  it('reads the units row 7 writes', () => {
    expect(unitsIn(row7.target)).toEqual(['辆', '万千瓦']);
    expect(unitInfo('万千瓦')).toEqual({ unit: '万千瓦', base: '千瓦', family: 'power', factor: 10000 });
    expect(unitInfo('辆')).toEqual({ unit: '辆', base: '辆', family: 'items', factor: 1 });
  });
  it('scales money written with 亿 (row 3: 完成投资240.3亿元)', () => {
    expect(unitsIn(sourceRow(3).completion)).toContain('亿元');
    expect(unitInfo('亿元')).toMatchObject({ base: '元', family: 'money', factor: 100_000_000 });
  });
  it('knows nothing of a word that is not a unit', () => {
    expect(unitInfo('光伏装机')).toBeNull();
  });
});

describe('compatibleUnits', () => {
  it('pairs like with like: 万千瓦 with 万千瓦 and 千瓦, 辆 with 辆', () => {
    expect(compatibleUnits('万千瓦', '万千瓦')).toBe(true);
    expect(compatibleUnits('万千瓦', '千瓦')).toBe(true);
    expect(compatibleUnits('辆', '辆')).toBe(true);
  });
  it('never pairs vehicles with power, a percentage with power, or power with a rate in kg/d', () => {
    expect(compatibleUnits('辆', '万千瓦')).toBe(false);
    expect(compatibleUnits('%', '万千瓦')).toBe(false);
    expect(compatibleUnits('万千瓦', 'kg/d')).toBe(false);
  });
  it('a count of people in 名 is reported in 人 (row 5: 新引育顶尖人才5名以上 → 省顶尖人才4人)', () => {
    expect(unitsIn(sourceRow(5).target)[0]).toBe('名');
    expect(compatibleUnits('名', '人')).toBe(true);
  });
});

describe('convert', () => {
  it('expresses 7.6万千瓦 in 千瓦 and 240.3亿元 in 万元', () => {
    expect(convert(7.6, '万千瓦', '千瓦')).toBe(76_000);
    expect(convert(240.3, '亿元', '万元')).toBeCloseTo(2_403_000, 6);
    expect(convert(2.5, '万千瓦', '万千瓦')).toBe(2.5);
  });
});
