import { describe, expect, test } from 'vitest';
import { chartId } from '../../../src/charts/chartId.ts';
import { escape } from '../../../src/charts/escape.ts';
import { fitText } from '../../../src/charts/fitText.ts';
import { fixed } from '../../../src/charts/fixed.ts';
import { formatDifference, formatNumber, formatQuantity, formatShare } from '../../../src/charts/format.ts';
import { convertUnit } from '../../../src/charts/metricComparisons.ts';
import { textWidth } from '../../../src/charts/textWidth.ts';
import { wrapText } from '../../../src/charts/wrapText.ts';

describe('escape(text)', () => {
  test('escapes the five markup characters', () => {
    expect(escape(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  test('leaves Chinese text and numbers alone', () => {
    expect(escape('新增2.5万千瓦')).toBe('新增2.5万千瓦');
    expect(escape(42)).toBe('42');
  });
});

describe('fixed(n)', () => {
  test('rounds to two decimals and drops trailing zeros', () => {
    expect(fixed(0.1 + 0.2)).toBe('0.3');
    expect(fixed(12.3456)).toBe('12.35');
    expect(fixed(7)).toBe('7');
  });
  test('never writes -0', () => expect(fixed(-0.001)).toBe('0'));
  test('refuses NaN and Infinity', () => {
    expect(() => fixed(Number.NaN)).toThrow(/finite/);
    expect(() => fixed(Infinity)).toThrow(/finite/);
  });
});

describe('formatNumber / formatQuantity / formatShare', () => {
  test('no thousands separators, at most two decimals', () => {
    expect(formatNumber(2400)).toBe('2400');
    expect(formatNumber(5.6)).toBe('5.6');
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(0.125)).toBe('0.125');
  });
  test('keeps the multiplier the source wrote in the unit', () => {
    expect(formatQuantity(2.5, '万千瓦')).toBe('2.5万千瓦');
    expect(formatQuantity(240.3, '亿元')).toBe('240.3亿元');
    expect(formatQuantity(5.6, '%')).toBe('5.6%');
  });
  test('large bare counts in 万 and 亿', () => {
    expect(formatQuantity(150000, '人次')).toBe('15万人次');
    expect(formatQuantity(320000000, '元')).toBe('3.2亿元');
    expect(formatQuantity(30000, '千瓦')).toBe('30000千瓦');
  });
  test('a difference of percentages is in 个百分点', () => {
    expect(formatDifference(0.4, '%')).toBe('0.4个百分点');
    expect(formatDifference(300, '套')).toBe('300套');
  });
  test('shares with one decimal at most', () => {
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(formatShare(1)).toBe('100%');
  });
});

describe('chartId(kind, year, task?)', () => {
  test('derives from kind, year and task, not from call order', () => {
    expect(chartId('glance', 2099)).toBe('glance-2099');
    expect(chartId('target-result', 2099, 7)).toBe('target-result-2099-t7');
    expect(chartId('Status By/Area', 2099)).toBe('status-by-area-2099');
  });
});

describe('textWidth / fitText / wrapText', () => {
  test('CJK takes 1em, digits less', () => {
    expect(textWidth('合成', 10)).toBe(20);
    expect(textWidth('12', 10)).toBeLessThan(20);
  });
  test('fitText shortens with an ellipsis only when needed', () => {
    expect(fitText('短标签', 10, 100)).toBe('短标签');
    const cut = fitText('一二三四五六七八九十', 10, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(50);
  });
  test('wrapText breaks into lines within the width and caps the count', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 10, 60, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(60);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('一二三', 10, 60)).toEqual(['一二三']);
  });
});

describe('convertUnit(value, from, to)', () => {
  test('scales 万/亿 multipliers of the same base unit', () => {
    expect(convertUnit(30000, '千瓦', '万千瓦')).toBe(3);
    expect(convertUnit(1.5, '亿元', '万元')).toBe(15000);
  });
  test('treats measure words that count the same thing as alike', () => expect(convertUnit(44, '座', '个')).toBe(44));
  test('refuses units that measure different things', () => {
    expect(convertUnit(5, '%', '个')).toBeNull();
    expect(convertUnit(5, '人次', '人')).toBeNull();
  });
});
