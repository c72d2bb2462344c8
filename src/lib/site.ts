import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { SiteConfig, Taxonomy, type Area, type Report, type Task } from '../schema/index.ts';
import { checkContent, readYaml } from './settings.ts';
import { byTaskOrder } from './order.ts';
import { contentDir } from './env.ts';

/** One year: its report and its tasks (sub-items included) in 编号 order, sub-items after their 编号. */
export interface YearData {
  report: Report;
  tasks: Task[];
  /** The year's other reports (in-year progress reports beside the headline), in date order (issue 13). */
  others?: { report: Report; tasks: Task[] }[];
}

/** Everything the pages read, loaded and validated once per build (not once per page). */
export interface SiteData {
  config: SiteConfig;
  taxonomy: Taxonomy;
  /** Newest year first. */
  years: YearData[];
}

let loaded: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteData> {
  const config = readYaml('site.yaml', SiteConfig);
  const taxonomy = readYaml('taxonomy.yaml', Taxonomy);
  const reports = (await getCollection('reports')).map((e) => e.data);
  const tasks = (await getCollection('tasks')).map((e) => e.data);
  checkContent(taxonomy, reports, tasks);
  // Asked for only when a year has in-year reports: Astro warns of an empty collection as of a
  // misconfigured one ("Please check your content config file"), which most sites would print.
  const inYear = hasInYearReports();
  const snapshots = inYear ? (await getCollection('snapshots')).map((e) => e.data) : [];
  const snapshotTasks = inYear ? (await getCollection('snapshotTasks')).map((e) => e.data) : [];
  const years = reports
    .toSorted((a, b) => b.year - a.year)
    .map((report) => ({
      report,
      tasks: tasks.filter((t) => t.year === report.year).toSorted(byTaskOrder),
      others: snapshots
        .filter((r) => r.year === report.year)
        .toSorted((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''))
        .map((r) => ({
          report: r,
          tasks: snapshotTasks.filter((t) => t.year === r.year && t.report === r.slug).toSorted(byTaskOrder),
        })),
    }));
  return { config, taxonomy, years };
}

/** Whether any year of the content folder has in-year reports (reports/<year>/reports/). */
function hasInYearReports(): boolean {
  const base = join(contentDir(), 'reports');
  return existsSync(base) && readdirSync(base).some((year) => existsSync(join(base, year, 'reports')));
}

export { readYaml };

/** The year's data, or an error naming the year (getStaticPaths only offers years that exist). */
export function yearData(site: SiteData, year: number): YearData {
  const y = site.years.find((d) => d.report.year === year);
  if (!y) throw new Error(`没有 ${year} 年的报告`);
  return y;
}

/** The taxonomy area for a slug (validated at load, so always found). */
export function areaOf(site: SiteData, slug: string): Area {
  return site.taxonomy.areas.find((a) => a.slug === slug)!;
}

/** 主办单位 for the footer: the site setting, else the report's region and 发布机构; never invented. */
export function hostName(site: SiteData, report: Report | undefined): string {
  if (site.config.host) return site.config.host;
  return report ? publisherOf(report) : '';
}

/** The publisher as a reader needs it: region (when known) and 发布机构, e.g. 宁波市镇海区 区政府办公室. */
export function publisherOf(report: Report): string {
  return [report.region, report.meta.publisher].filter(Boolean).join(' ');
}

/**
 * The 政务公开 <meta> names and values of a page (SiteName, ColumnName, PubDate…). Only filled values
 * are listed: an empty SiteIDCode would claim a registration that does not exist.
 */
export function govMeta(
  config: SiteConfig,
  page: { column: string; articleTitle?: string; report?: Report },
): [name: string, content: string][] {
  const { column, articleTitle, report } = page;
  return (
    [
      ['SiteName', config.name],
      ['SiteDomain', config.domain],
      ['SiteIDCode', config.siteIdCode],
      ['ColumnName', column],
      ['ArticleTitle', articleTitle ?? ''],
      ['PubDate', report?.meta.written ?? ''],
      ['ContentSource', report ? publisherOf(report) : ''],
    ] as [string, string | undefined][]
  ).filter((e): e is [string, string] => !!e[1]);
}
