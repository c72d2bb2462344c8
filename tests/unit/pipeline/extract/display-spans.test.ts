import { describe, expect, it } from 'vitest';
import { markSegments, offsetMap, toDisplay } from '../../../../src/pipeline/extract/display-spans.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';

describe('display spans', () => {
  it('maps verbatim offsets through width, quote and whitespace changes', () => {
    const cell = normalizeCell('推进”141“平台, 完成 10件以上。 全年共选树200名');
    const map = offsetMap(cell);
    for (const fig of ['141', '10件以上', '200名']) {
      const at = cell.verbatim.indexOf(fig);
      const r = toDisplay(map, at, at + fig.length);
      expect(cell.display.slice(r.start, r.end)).toBe(fig);
    }
  });
  it('marks spans in the display text, merging labels of the same span and keeping the rest plain', () => {
    const cell = normalizeCell('新增氢能车100辆,光伏装机2.5万千瓦。');
    const at = (s: string) => cell.verbatim.indexOf(s);
    const segments = markSegments(cell, [
      { start: at('100辆'), end: at('100辆') + 4, label: '目标1' },
      { start: at('100辆'), end: at('100辆') + 4, label: '结果2' },
      { start: at('2.5万千瓦'), end: at('2.5万千瓦') + 6, label: '目标2' },
    ]);
    expect(segments).toEqual([
      { text: '新增氢能车', marked: false, labels: [] },
      { text: '100辆', marked: true, labels: ['目标1', '结果2'] },
      { text: '，光伏装机', marked: false, labels: [] },
      { text: '2.5万千瓦', marked: true, labels: ['目标2'] },
      { text: '。', marked: false, labels: [] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(cell.display);
  });
});
