import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Errors, sourceError } from '../../src/schema/errors.ts';

/**
 * The bundle's date, YYYY-MM-DD: from SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the latest 成文日期 among the reports in content/reports/. Never the clock,
 * so the same inputs name and stamp the same bundle.
 */
export async function bundleDate(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw sourceError(Errors.ArchiveBadEpoch, 'SOURCE_DATE_EPOCH', undefined, { epoch });
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const dates = (await reportMetas(contentDir)).map((r) => r.written);
  if (dates.length === 0) throw sourceError(Errors.ArchiveNoReports, join(contentDir, 'reports'), undefined);
  return dates.sort().at(-1)!;
}

export interface ReportMeta {
  year: number;
  title: string;
  region?: string;
  publisher: string;
  written: string;
  url?: string;
  sourceFile: string;
  sha256: string;
  /** Format and encoding the raw file was read in, its size and the date it was taken. */
  format?: string;
  encoding?: string;
  bytes?: number;
  retrieved?: string;
}

/** The provenance fields of every generated report (content/reports/<year>/index.md), by year. */
export async function reportMetas(contentDir: string): Promise<ReportMeta[]> {
  const dir = join(contentDir, 'reports');
  const years = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const metas: ReportMeta[] = [];
  for (const year of years) {
    const file = join(dir, year, 'index.md');
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    const data = front ? parse(front) : null;
    if (!data?.meta?.written || !data?.source?.file) throw sourceError(Errors.ArchiveReportMeta, file, undefined);
    metas.push({
      year: data.year,
      title: data.title,
      region: data.region,
      publisher: data.meta.publisher,
      written: data.meta.written,
      url: data.source.url,
      sourceFile: data.source.file,
      sha256: data.source.sha256,
      format: data.source.format,
      encoding: data.source.encoding,
      bytes: data.source.bytes,
      retrieved: data.source.retrieved,
    });
  }
  return metas;
}
