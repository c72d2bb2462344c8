import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 15 point 6: every Chinese UI string uses full-width punctuation (，：；（）), never “,:;()” beside a
// Han character. Placeholders ({units}) and figures (1,000) are not punctuation.
const HALF_WIDTH_BESIDE_HAN = /[\p{Script=Han}“”][,:;()]|[,:;()][\p{Script=Han}“”]/u;

const strings = JSON.parse(readFileSync(new URL('../../../src/i18n/zh-CN.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('zh-CN UI strings', () => {
  it('use full-width punctuation beside Chinese text', () => {
    const offenders = Object.entries(strings)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .filter(([, v]) => HALF_WIDTH_BESIDE_HAN.test(v.replace(/\{[^}]*\}/g, '')))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offenders).toEqual([]);
  });

  it('the check sees a half-width comma, colon and bracket', () => {
    for (const s of ['结果,目标', '说明:', '百分比(%)']) expect(HALF_WIDTH_BESIDE_HAN.test(s)).toBe(true);
    expect(HALF_WIDTH_BESIDE_HAN.test('如 1,000、240.3')).toBe(false);
  });
});
