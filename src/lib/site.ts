import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { SiteConfig, Taxonomy, type Area, type Report, type Task } from '../schema/index.ts';
import { contentDir } from './env.ts';

/** One year: its report and its tasks in 编号 order. */
export interface YearData {
  report: Report;
  tasks: Task[];
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
  const slugs = new Set(taxonomy.areas.map((a) => a.slug));
  for (const t of tasks) {
    if (!slugs.has(t.area.slug)) {
      throw new Error(
        `${t.year} 年第 ${t.number} 项任务的领域「${t.area.slug}」不在 content/taxonomy.yaml 中。请在 taxonomy.yaml 中添加该领域,或重新运行 npm run ingest。`,
      );
    }
  }
  const years = reports
    .toSorted((a, b) => b.year - a.year)
    .map((report) => ({
      report,
      tasks: tasks.filter((t) => t.year === report.year).toSorted((a, b) => a.number - b.number),
    }));
  for (const y of years) {
    if (y.tasks.length !== y.report.taskCount) {
      throw new Error(
        `${y.report.year} 年报告记有 ${y.report.taskCount} 项任务,内容目录中却有 ${y.tasks.length} 项。请重新运行 npm run ingest。`,
      );
    }
  }
  return { config, taxonomy, years };
}

/** Reads and validates a YAML settings file from the content folder, naming the file and field on error. */
export function readYaml<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const file = join(contentDir(), name);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`无法读取 ${file}:${(e as Error).message}。请检查文件是否存在、YAML 格式是否正确。`, { cause: e });
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(文件)'}:${i.message}`);
    throw new Error(`${file} 设置有误:\n${lines.join('\n')}\n请按提示修改后重新构建。`);
  }
  return result.data;
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
