import { describe, expect, it } from 'vitest';
import { bigrams, comparableText, dice, overlap, similarity } from '../../../../src/pipeline/compare/similarity.ts';

describe('comparableText(text)', () => {
  it('keeps Han characters and Latin letters, drops numbers, punctuation and spaces', () => {
    expect(comparableText('地区生产总值增长6.5%左右。 GDP')).toBe('地区生产总值增长左右gdp');
  });
});

describe('bigrams / dice / overlap', () => {
  it('counts bigrams as a multiset', () => {
    expect([...bigrams('哈哈哈')]).toEqual([['哈哈', 2]]);
    expect([...bigrams('单')]).toEqual([['单', 1]]);
  });
  it('dice is 2|A∩B|/(|A|+|B|); overlap is |A∩B|/min', () => {
    const a = bigrams('新增口袋公园'); // 新增 增口 口袋 袋公 公园
    const b = bigrams('建成口袋公园'); // 建成 成口 口袋 袋公 公园
    expect(dice(a, b)).toBeCloseTo(0.6);
    expect(overlap(bigrams('口袋公园'), a)).toBe(1);
    expect(dice(bigrams(''), a)).toBe(0);
  });
});

describe('similarity(a, b)', () => {
  it('reads a promise with a new figure as the same text', () => {
    expect(similarity('地区生产总值增长6%左右。', '地区生产总值增长5.5%左右。')).toBe(1);
  });
  it('scores a clause carried over from a longer target well above unrelated tasks', () => {
    const before = '强化企业科技创新主体地位,新增省高新技术企业研发中心10家。新增高新技术企业110家、企业研发机构50家。';
    expect(similarity(before, '新增高新技术企业100家、企业研发机构40家。')).toBeGreaterThanOrEqual(0.6);
    expect(similarity(before, '建成口袋公园5个。')).toBeLessThan(0.2);
  });
  it('is symmetric and rounded to two decimals', () => {
    const [a, b] = ['深化城乡公交一体化,新改建公交候车亭25个。', '优化公交线路14条,新改建公交候车亭30个。'];
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(String(similarity(a, b))).toMatch(/^0\.\d{1,2}$/);
  });
});
