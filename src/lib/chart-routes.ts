import type { APIRoute } from 'astro';
import chartsCss from '../components/charts/charts.css?raw';
import { t } from '../i18n/index.ts';
import {
  chartCaption,
  chartCsv,
  chartSvg,
  chartTable,
  standaloneCss,
  standaloneSvg,
  yearCharts,
  type ChartSpec,
} from './chart-embed.ts';
import { publisherOf, siteData, yearData } from './site.ts';
import { renderedYears } from './static-paths.ts';
import { paths } from './urls.ts';
import { isInYear } from './status.ts';

/** getStaticPaths for the chart files: every chart of every year, by its id. */
export async function chartPaths() {
  const site = await siteData();
  return renderedYears(site).flatMap((y) =>
    yearCharts(y.report.year, y.tasks).map((spec) => ({
      params: { year: String(y.report.year), chart: spec.id },
      props: { spec },
    })),
  );
}

/** The licence line of a standalone chart: the site's rights statement, or that none was made. */
export function rightsLine(rights: string | undefined): string {
  return rights ? t('embed.rights', { rights }) : t('embed.noRights');
}

export const svgRoute: APIRoute = async ({ props }) => {
  const { spec } = props as { spec: ChartSpec };
  const site = await siteData();
  const { report, tasks } = yearData(site, spec.year);
  const svg = chartSvg(spec, tasks, site.taxonomy.areas, paths.chartSvg(spec.year, spec.id), isInYear(report));
  const body = standaloneSvg(svg, {
    caption: chartCaption(spec),
    source: t('chart.source', { title: report.title, publisher: publisherOf(report), written: report.meta.written }),
    rights: rightsLine(site.config.rights),
    css: standaloneCss(chartsCss),
  });
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

export const csvRoute: APIRoute = async ({ props }) => {
  const { spec } = props as { spec: ChartSpec };
  const site = await siteData();
  const { report, tasks } = yearData(site, spec.year);
  return new Response(chartCsv(chartTable(spec, tasks, site.taxonomy.areas, isInYear(report))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
