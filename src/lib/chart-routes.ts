import type { APIRoute } from 'astro';
import chartsCss from '../components/charts/charts.css?raw';
import compareCss from '../components/compare/compare.css?raw';
import { t } from '../i18n/index.ts';
import type { Report } from '../schema/index.ts';
import {
  chartCaption,
  chartCsv,
  chartSvg,
  chartTable,
  standaloneCss,
  standaloneSvg,
  yearCharts,
  type ChartData,
  type ChartSpec,
  type CompareChartSpec,
} from './chart-embed.ts';
import { compareCharts, indicatorCaption, indicatorSvg, indicatorTable } from './compare-charts.ts';
import { comparison } from './comparison.ts';
import { paceCaption, paceChart, paceReports, paceSvg, paceTable, yearPaceCharts } from './pace-charts.ts';
import { siteData, yearData } from './site.ts';
import { sourceLine } from './source-line.ts';
import { renderedYears } from './static-paths.ts';
import { paths } from './urls.ts';
import { isInYear } from './status.ts';

/** getStaticPaths for a year's chart files: every chart of every year (its task pages' pace timelines too), by its id. */
export async function chartPaths() {
  const site = await siteData();
  return renderedYears(site).flatMap((y) =>
    [...yearCharts(y.report.year, y.tasks), ...yearPaceCharts(y)].map((spec) => ({
      params: { year: String(y.report.year), chart: spec.id },
      props: { spec },
    })),
  );
}

/** getStaticPaths for the comparison's chart files (compare/charts/<id>.*): none while one year has a chart to draw. */
export async function compareChartPaths() {
  return compareCharts(await comparison()).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}

/** The licence line of a standalone chart: the site's rights statement, or that none was made. */
export function rightsLine(rights: string | undefined): string {
  return rights ? t('embed.rights', { rights }) : t('embed.noRights');
}

/** Everything a year's or the comparison's chart file is made of, as its page draws and names it. */
interface ChartParts {
  svg: string;
  caption: string;
  data: ChartData;
  /** The reports it draws on, one source line each. */
  reports: Report[];
  css: string;
}

async function yearChartParts(spec: ChartSpec): Promise<ChartParts> {
  const site = await siteData();
  const year = yearData(site, spec.year);
  const css = standaloneCss(chartsCss);
  if (spec.kind === 'pace') {
    const { data, readings } = paceChart(year, spec);
    return {
      svg: paceSvg(spec, data),
      caption: paceCaption(data),
      data: paceTable(data),
      reports: paceReports(readings, data),
      css,
    };
  }
  const { report, tasks } = year;
  const { areas } = site.taxonomy;
  return {
    svg: chartSvg(spec, tasks, areas, paths.chartSvg(spec.year, spec.id), isInYear(report)),
    caption: chartCaption(spec),
    data: chartTable(spec, tasks, areas, isInYear(report)),
    reports: [report],
    css,
  };
}

async function compareChartParts(_spec: CompareChartSpec): Promise<ChartParts> {
  const site = await siteData();
  const data = await comparison();
  return {
    svg: indicatorSvg(data),
    caption: indicatorCaption(),
    data: indicatorTable(data),
    // As beneath the chart: each year's report, oldest first.
    reports: data.years.map((y) => yearData(site, y).report),
    css: standaloneCss(`${chartsCss}\n${compareCss}`),
  };
}

async function svgResponse(parts: ChartParts): Promise<Response> {
  const body = standaloneSvg(parts.svg, {
    caption: parts.caption,
    source: parts.reports.map(sourceLine),
    rights: rightsLine((await siteData()).config.rights),
    css: parts.css,
  });
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

const csvResponse = (parts: ChartParts) =>
  new Response(chartCsv(parts.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const svgRoute: APIRoute = async ({ props }) =>
  svgResponse(await yearChartParts((props as { spec: ChartSpec }).spec));

export const csvRoute: APIRoute = async ({ props }) =>
  csvResponse(await yearChartParts((props as { spec: ChartSpec }).spec));

export const compareSvgRoute: APIRoute = async ({ props }) =>
  svgResponse(await compareChartParts((props as { spec: CompareChartSpec }).spec));

export const compareCsvRoute: APIRoute = async ({ props }) =>
  csvResponse(await compareChartParts((props as { spec: CompareChartSpec }).spec));
