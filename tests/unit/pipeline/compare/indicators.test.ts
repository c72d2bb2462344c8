import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../../src/pipeline/compare/indicators.ts';
import { IndicatorRegistry } from '../../../../src/schema/indicators.ts';
import { metric, task } from './tasks.ts';

const registry = IndicatorRegistry.parse({
  indicators: [
    { id: 'gdp-growth', name: '地区生产总值增速', unit: '%', subjects: ['地区生产总值'] },
    { id: 'unemployment', name: '城镇登记失业率', unit: '%', subjects: ['城镇登记失业率'] },
  ],
});

describe('IndicatorRegistry', () => {
  it('accepts content/indicators.yaml with GDP growth, unemployment and disposable income', () => {
    const real = IndicatorRegistry.parse(
      parse(readFileSync(new URL('../../../../content/indicators.yaml', import.meta.url), 'utf8')),
    );
    expect(real.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['gdp-growth', 'unemployment', 'disposable-income']),
    );
  });
  it('refuses duplicate ids, a subject in two indicators, and bad ids, with Chinese messages', () => {
    const one = { id: 'a', name: 'A', unit: '%', subjects: ['甲'] };
    const msg = (x: unknown) => IndicatorRegistry.safeParse(x).error?.issues.map((i) => i.message);
    expect(msg({ indicators: [one, one] })).toContain('指标 id 不能重复');
    expect(msg({ indicators: [one, { ...one, id: 'b' }] })).toContain('同一个 subject 不能同时属于两个指标');
    expect(msg({ indicators: [{ ...one, id: 'GDP 增速' }] })).toEqual([
      'id 只能用小写字母、数字和连字符，如 gdp-growth',
    ]);
    expect(msg({ indicators: [{ ...one, subjects: [] }] })).toEqual(['subjects 至少要有一个指标名称']);
  });
});

describe('indicatorSeries(registry, years)', () => {
  const years = [
    {
      year: 2025,
      tasks: [
        task(2025, 1, 'GDP', { metrics: [metric('地区生产总值', [5.5, '%', '~'], 5.8)] }),
        task(2025, 2, '床位', { metrics: [metric('认知障碍照护床位', [40, '张', '>='], 45)] }),
      ],
    },
    {
      year: 2024,
      tasks: [
        task(2024, 1, 'GDP', { metrics: [metric('全年地区生产总值增速', [6, '%', '~'], 5.6, 'not_met')] }),
        task(2024, 9, '床位', { metrics: [metric('认知障碍照护床位', [60, '张', '>='], null, 'unclear')] }),
        task(2024, 10, '一次', { metrics: [metric('口袋公园', [5, '个', '>='], 6)] }),
      ],
    },
  ];
  const series = indicatorSeries(registry, years);
  it('follows a registered indicator across years by subject, oldest year first', () => {
    const gdp = series.find((s) => s.id === 'gdp-growth')!;
    expect(gdp.years.map((y) => [y.year, y.task, y.target.value, y.actual?.value, y.verdict])).toEqual([
      [2024, 1, 6, 5.6, 'not_met'],
      [2025, 1, 5.5, 5.8, 'met'],
    ]);
  });
  it('lists a registered indicator no year states, with no values', () => {
    expect(series.find((s) => s.id === 'unemployment')).toMatchObject({ registered: true, years: [] });
  });
  it('adds unregistered subjects found in two or more years, and only those', () => {
    const auto = series.filter((s) => !s.registered);
    expect(auto.map((s) => [s.name, s.unit, s.years.map((y) => y.year)])).toEqual([
      ['认知障碍照护床位', '张', [2024, 2025]],
    ]);
    expect(auto[0]?.years[0]?.actual).toBeNull();
  });
});
