import { describe, expect, it } from 'vitest';
import { decimalsOf, isChineseNumeral, parseNumber } from '../../../../src/pipeline/extract/numbers.ts';

describe('parseNumber(token)', () => {
  it.each([
    ['6', 6],
    ['240.3', 240.3],
    ['1,000', 1000],
    ['12,345.5', 12345.5],
    ['０５', 5],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['三千五百', 3500],
    ['一百零五', 105],
    ['二〇二四', 2024],
  ])('reads %s as %d', (token, value) => expect(parseNumber(token)).toBe(value));

  it.each(['百', '千', '十十', '三四十'])('refuses %s, which is a word or a range, not one number', (token) => {
    expect(parseNumber(token)).toBeNull();
  });
});

describe('isChineseNumeral / decimalsOf', () => {
  it('tells Chinese numerals from digits', () => {
    expect(isChineseNumeral('十七')).toBe(true);
    expect(isChineseNumeral('17')).toBe(false);
  });
  it('counts the decimals as written', () => {
    expect(decimalsOf('94.3')).toBe(1);
    expect(decimalsOf('5.60')).toBe(2);
    expect(decimalsOf('99')).toBe(0);
  });
});
