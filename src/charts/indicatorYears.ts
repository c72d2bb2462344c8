import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { t } from '../i18n/index.ts';
import type { IndicatorSeries } from '../pipeline/compare/indicators.ts';
import { escape } from './escape.ts';
import { fixed } from './fixed.ts';
import { formatQuantity } from './format.ts';

const FONT = 14;

/** The chart's id: there is one, on the comparison page (its files: compare/charts/indicator-years.*). */
export const INDICATOR_YEARS_ID = 'indicator-years';
const SMALL = 12;
const PLOT = 110;

/** The years of a series that can be drawn: target and reported value both in the indicator's unit. */
export function drawableYears(s: IndicatorSeries): IndicatorSeries['years'] {
  return s.years.filter((y) => y.target.unit === s.unit && (y.actual === null || y.actual.unit === s.unit));
}

/** Series worth a small multiple: two or more drawable years (one year is a table row, not a trend). */
export function chartableSeries(series: readonly IndicatorSeries[]): IndicatorSeries[] {
  return series.filter((s) => drawableYears(s).length >= 2);
}

/** The finding, in words: each indicator's target and reported value, year by year. */
export function indicatorYearsFinding(series: readonly IndicatorSeries[]): string {
  return chartableSeries(series)
    .map(
      (s) =>
        `${s.name}：${drawableYears(s)
          .map((y) =>
            t('chart.iy.year', {
              year: y.year,
              target: formatQuantity(y.target.value, s.unit),
              actual: y.actual ? formatQuantity(y.actual.value, s.unit) : t('compare.noActual'),
            }),
          )
          .join('；')}`,
    )
    .join('。');
}

/** One panel: years along x, the target as a dashed tick and the reported value as a dot, both labelled. */
function panel(s: IndicatorSeries, years: number[], top: number, width: number): { svg: string; height: number } {
  const ys = drawableYears(s);
  const values = ys.flatMap((y) => [y.target.value, ...(y.actual ? [y.actual.value] : [])]);
  const lo = Math.min(0, min(values)!);
  const hi = max(values)!;
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi * 1.15])
    .nice()
    .range([top + FONT + 8 + PLOT, top + FONT + 8]);
  const x = scalePoint<number>()
    .domain(years)
    .range([40, width - 40])
    .padding(0.5);
  const out: string[] = [
    `<text class="strong" font-size="${FONT}" x="0" y="${fixed(top + FONT)}">${escape(`${s.name}(${s.unit})`)}</text>`,
  ];
  const base = y(lo);
  out.push(
    `<line class="chart-grid" aria-hidden="true" x1="0" x2="${fixed(width)}" y1="${fixed(base)}" y2="${fixed(base)}"/>`,
  );
  for (const yr of years) {
    out.push(
      `<text font-size="${SMALL}" text-anchor="middle" x="${fixed(x(yr)!)}" y="${fixed(base + SMALL + 4)}">${escape(t('compare.yearCol', { year: yr }))}</text>`,
    );
  }
  for (const v of ys) {
    const cx = x(v.year)!;
    const ty = y(v.target.value);
    out.push(
      `<line class="iy-target" x1="${fixed(cx - 18)}" x2="${fixed(cx + 18)}" y1="${fixed(ty)}" y2="${fixed(ty)}"/>`,
    );
    out.push(
      `<text font-size="${SMALL}" x="${fixed(cx + 21)}" y="${fixed(ty + 4)}">${escape(formatQuantity(v.target.value, s.unit))}</text>`,
    );
    if (v.actual) {
      const ay = y(v.actual.value);
      out.push(`<circle class="iy-actual" cx="${fixed(cx)}" cy="${fixed(ay)}" r="5"/>`);
      out.push(
        `<text font-size="${SMALL}" class="strong" text-anchor="end" x="${fixed(cx - 8)}" y="${fixed(ay - 6)}">${escape(formatQuantity(v.actual.value, s.unit))}</text>`,
      );
    }
  }
  return { svg: `<g class="iy-panel">${out.join('')}</g>`, height: FONT + 8 + PLOT + SMALL + 10 };
}

/**
 * Recurring indicators over the years as small multiples: one panel per indicator with two or
 * more years to draw, each on its own scale; target a dashed tick, reported value a dot, both
 * with their numbers, so nothing rests on colour. role="img" with a title and the finding.
 */
export function indicatorYears(
  series: readonly IndicatorSeries[],
  options: { years: number[]; width?: number },
): string {
  const { years, width = 480 } = options;
  const list = chartableSeries(series);
  if (list.length === 0) return '';
  const legendY = FONT;
  const legend =
    `<g class="iy-legend"><line class="iy-target" x1="0" x2="24" y1="${legendY - 4}" y2="${legendY - 4}"/>` +
    `<text font-size="${SMALL}" x="30" y="${legendY}">${escape(t('chart.iy.target'))}</text>` +
    `<circle class="iy-actual" cx="${fixed(30 + 60 + 5)}" cy="${legendY - 4}" r="5"/>` +
    `<text font-size="${SMALL}" x="${30 + 60 + 14}" y="${legendY}">${escape(t('chart.iy.actual'))}</text></g>`;
  let top = legendY + 16;
  const panels = list.map((s) => {
    const p = panel(s, years, top, width);
    top += p.height + 16;
    return p.svg;
  });
  const id = INDICATOR_YEARS_ID;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="chart chart-iy" viewBox="0 0 ${fixed(width)} ${fixed(top)}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escape(t('compare.chartCaption'))}</title><desc id="${id}-desc">${escape(indicatorYearsFinding(list))}</desc>` +
    legend +
    panels.join('') +
    `</svg>`
  );
}
