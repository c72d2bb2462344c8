import { describe, expect, it } from 'vitest';
import { basisOf, isExcluded } from '../../../../src/pipeline/extract/basis.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { sourceRow } from './fixture-rows.ts';

// Results of the real 2024 rows (镇海区, content/sources/2024) and whether each is the same kind of
// figure as a target's.
const figure = (n: number, text: string) => {
  const q = extractQuantities(sourceRow(n).completion).find((x) => x.text === text);
  if (!q) throw new Error(`row ${n} has no figure ${text}`);
  return q;
};

describe('basisOf', () => {
  it('累计 against a target that is not cumulative (row 7: 累计投运氢能车辆113辆 for 新增氢能车100辆)', () => {
    expect(basisOf([], figure(7, '113辆'))).toMatchObject({ basis: 'cumulative', word: '累计' });
  });
  it('累计 against a target that is itself cumulative is the same basis', () => {
    expect(basisOf(['累计'], figure(7, '113辆'))).toMatchObject({ basis: 'same', word: '' });
  });
  it('an extra figure (row 7: 另建设了1座…加氢站) is different', () => {
    expect(basisOf([], figure(7, '1座'))).toMatchObject({ basis: 'different', word: '另' });
  });
  it('an earlier stage is progress, not the result (row 5: 申报入选…34人; 新筹建336套)', () => {
    expect(basisOf([], figure(5, '34人'))).toMatchObject({ basis: 'different', word: '申报' });
    expect(basisOf([], figure(5, '336套'))).toMatchObject({ basis: 'different', word: '筹建' });
  });
  it('a share after 其中 is not a part of a total (row 5: 其中…项目占比达77%)', () => {
    expect(figure(5, '77%').basisWords).toContain('其中');
    expect(basisOf([], figure(5, '77%'))).toMatchObject({ basis: 'same' });
  });
  it('a plain result is the same basis, with the reason the page shows', () => {
    const b = basisOf([], figure(7, '7.6万千瓦'));
    expect(b.basis).toBe('same');
    expect(b.reason).not.toBe('');
  });
});

describe('isExcluded', () => {
  it('figures introduced as extra are never added into a result', () => {
    expect(isExcluded(figure(7, '1座'))).toBe(true);
    expect(isExcluded(figure(7, '7.6万千瓦'))).toBe(false);
    expect(isExcluded(figure(7, '113辆'))).toBe(false);
  });
});
