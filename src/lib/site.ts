import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { SiteConfig, SourceError, Taxonomy, type Area, type Report, type Task } from '../schema/index.ts';
import { readYamlFile } from '../pipeline/yaml-file.ts';
import { contentDir } from './env.ts';
import { byTaskOrder } from './order.ts';

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
  const snapshots = (await getCollection('snapshots')).map((e) => e.data);
  const snapshotTasks = (await getCollection('snapshotTasks')).map((e) => e.data);
  const slugs = new Set(taxonomy.areas.map((a) => a.slug));
  for (const t of tasks) {
    if (!slugs.has(t.area.slug)) {
      throw new Error(
        `${t.year} 年第 ${t.id} 项任务的领域「${t.area.slug}」不在 content/taxonomy.yaml 中。请在 taxonomy.yaml 中添加该领域，或重新运行 npm run ingest。`,
      );
    }
  }
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
  for (const y of years) {
    if (y.tasks.length !== y.report.taskCount) {
      throw new Error(
        `${y.report.year} 年报告记有 ${y.report.taskCount} 项任务，内容目录中却有 ${y.tasks.length} 项。请重新运行 npm run ingest。`,
      );
    }
  }
  return { config, taxonomy, years };
}

/** Reads and validates a YAML settings file from the content folder: every problem at once, in Chinese, with its line. */
export function readYaml<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = join(contentDir(), name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SourceError(file, undefined, '找不到这个设置文件', '请确认内容文件夹是否正确，文件是否存在');
  }
  return readYamlFile(text, file, schema, `改正后重新运行；各项的写法见 ${name} 顶部的说明`).data;
}

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
