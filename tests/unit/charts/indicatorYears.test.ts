import { describe, expect, it } from 'vitest';
import { chartableSeries, indicatorYears, indicatorYearsFinding } from '../../../src/charts/indicatorYears.ts';
import { indicatorSeries as series, indicatorYear as year } from './synthetic.ts';

const gdp = series('地区生产总值增速', [year(2024, 6, 5.6), year(2025, 5.5, 5.8)]);
const once = series('城镇登记失业率', [year(2025, 3, 2.1)]);
const hostile = series('<b>指标</b>', [year(2024, 1, 2, '个'), year(2025, 1, null, '个')], '个');

describe('indicatorYears(series, { years })', () => {
  const svg = indicatorYears([gdp, once, hostile], { years: [2024, 2025] });
  it('draws one panel per indicator with two or more years, as an image with a title and the finding', () => {
    expect(chartableSeries([gdp, once, hostile]).map((s) => s.name)).toEqual(['地区生产总值增速', '<b>指标</b>']);
    expect(svg.match(/<g class="iy-panel">/g)).toHaveLength(2);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="indicator-years-title indicator-years-desc">/);
    expect(svg).toContain(
      '<desc id="indicator-years-desc">地区生产总值增速：2024 年目标 6%、报告 5.6%；2025 年目标 5.5%、报告 5.8%。&lt;b&gt;指标&lt;/b&gt;：2024 年目标 1个、报告 2个；2025 年目标 1个、报告 未报告对应数字</desc>',
    );
  });
  it('labels every target and reported value in text, so nothing rests on colour', () => {
    for (const label of ['>6%<', '>5.6%<', '>5.5%<', '>5.8%<', '>目标<', '>报告值<']) expect(svg).toContain(label);
    expect(svg.match(/<circle class="iy-actual"/g)).toHaveLength(1 + 3); // legend + 3 reported values
  });
  it('escapes source text and is the same bytes for the same input', () => {
    expect(svg).not.toContain('<b>');
    expect(indicatorYears([gdp, once, hostile], { years: [2024, 2025] })).toBe(svg);
  });
  it('draws nothing when no indicator has two years, leaving the table to carry the values', () => {
    expect(indicatorYears([once], { years: [2025] })).toBe('');
    expect(indicatorYearsFinding([once])).toBe('');
  });
  it('leaves out a year whose figures are in another unit', () => {
    const mixed = series('人均可支配收入', [year(2024, 6, 5.9), year(2025, 80000, 83000, '元')]);
    expect(chartableSeries([mixed])).toEqual([]);
  });
});
