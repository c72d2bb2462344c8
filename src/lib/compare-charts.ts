/**
 * The comparison page's chart of recurring indicators (issue 8) as chart files (issue 16.3). It
 * spans the years, so its files are not a year's: compare/charts/indicator-years.svg and .csv, a
 * name that stays the same as years are added and wherever the site is put. Pure: the page
 * (src/components/compare/IndicatorChart.astro), the endpoints and the tests call the same functions.
 */
import { chartableSeries, drawableYears, indicatorYears, INDICATOR_YEARS_ID } from '../charts/indicatorYears.ts';
import { t } from '../i18n/index.ts';
import type { Comparison } from '../pipeline/compare/index.ts';
import type { ChartData, CompareChartSpec } from './chart-embed.ts';

type Indicators = Pick<Comparison, 'indicators' | 'years'>;

/** The comparison charts the page draws: the indicators over the years, when two years or more have one to draw. */
export function compareCharts({ indicators, years }: Indicators): CompareChartSpec[] {
  return years.length >= 2 && chartableSeries(indicators).length > 0
    ? [{ kind: 'indicators', id: INDICATOR_YEARS_ID }]
    : [];
}

/** The chart as the comparison page draws it. */
export function indicatorSvg({ indicators, years }: Indicators): string {
  return indicatorYears(indicators, { years });
}

/** The chart's caption: what the page's <figcaption> says. */
export function indicatorCaption(): string {
  return `${t('compare.chartCaption')}。${t('chart.iy.note')}`;
}

/**
 * The chart's data: one row per point drawn — indicator, unit, year, the target figure and the
 * reported figure (empty when the year reported none) — for the indicators and years it draws.
 */
export function indicatorTable({ indicators }: Indicators): ChartData {
  return {
    header: [
      t('compare.indicator'),
      t('chart.col.unit'),
      t('chart.col.year'),
      t('compare.target'),
      t('compare.actual'),
    ],
    rows: chartableSeries(indicators).flatMap((s) =>
      drawableYears(s).map((y) => [
        s.name,
        s.unit,
        String(y.year),
        String(y.target.value),
        y.actual ? String(y.actual.value) : '',
      ]),
    ),
  };
}
