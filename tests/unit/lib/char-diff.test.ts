import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charDiff } from '../../../src/lib/char-diff.ts';

const side = (parts: ReturnType<typeof charDiff>, keep: 'del' | 'ins') =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('charDiff(before, after)', () => {
  it('marks one inserted character in the fixture cell', () =>
    expect(charDiff('增长7.5%，全省前列。', '增长7.5%，居全省前列。')).toEqual([
      { op: 'same', text: '增长7.5%，' },
      { op: 'ins', text: '居' },
      { op: 'same', text: '全省前列。' },
    ]));
  it('marks a replaced figure as deletion then insertion', () =>
    expect(charDiff('增速4.6%', '增速4.7%')).toEqual([
      { op: 'same', text: '增速4.' },
      { op: 'del', text: '6' },
      { op: 'ins', text: '7' },
      { op: 'same', text: '%' },
    ]));
  it('treats a character outside the BMP as one character', () =>
    expect(charDiff('a𠮷b', 'ab')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: '𠮷' },
      { op: 'same', text: 'b' },
    ]));
  it('identical texts are one unchanged part; empty texts none', () => {
    expect(charDiff('同', '同')).toEqual([{ op: 'same', text: '同' }]);
    expect(charDiff('', '')).toEqual([]);
  });
  it('always rebuilds both texts, with a minimal number of changed characters', () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const parts = charDiff(a, b);
        expect(side(parts, 'del')).toBe(a);
        expect(side(parts, 'ins')).toBe(b);
        const same = [
          ...parts
            .filter((p) => p.op === 'same')
            .map((p) => p.text)
            .join(''),
        ].length;
        // LCS length by the textbook recurrence, to check minimality.
        const x = [...a];
        const y = [...b];
        const t = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
        for (let i = 1; i <= x.length; i++)
          for (let j = 1; j <= y.length; j++)
            t[i]![j] = x[i - 1] === y[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
        expect(same).toBe(t[x.length]![y.length]!);
      }),
    ));
});
