import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { OpenData, type Metric, type Report, type Task, type Taxonomy } from '../schema/index.ts';
import { paths } from './urls.ts';

/**
 * The open data of one year (issue 3 item 8), built from the validated collections. Pure and
 * deterministic: keys in a fixed order, tasks by 编号, no clock.
 */
export function openData(report: Report, tasks: Task[], taxonomy: Taxonomy): OpenData {
  const areaName = (slug: string) => taxonomy.areas.find((a) => a.slug === slug)?.name ?? slug;
  return {
    schemaVersion: report.schemaVersion,
    report: {
      year: report.year,
      title: report.title,
      publisher: report.meta.publisher,
      ...(report.region ? { region: report.region } : {}),
      published: report.meta.written,
      ...(report.meta.indexNumber ? { indexNumber: report.meta.indexNumber } : {}),
      source: {
        ...(report.source.url ? { url: report.source.url } : {}),
        file: report.source.file,
        sha256: report.source.sha256,
      },
      overrides: report.overrides.total,
    },
    tasks: [...tasks]
      .sort((a, b) => a.number - b.number)
      .map((task) => ({
        number: task.number,
        target: task.target.verbatim,
        completion: task.completion.verbatim,
        shortTitle: task.shortTitle,
        area: areaName(task.area.slug),
        areaSlug: task.area.slug,
        ...(task.area.reason ? { areaReason: task.area.reason } : {}),
        status: task.status.value,
        statusLabel: t(`status.${task.status.value}`),
        statusReason: task.status.reason,
        url: paths.task(task.year, task.number),
        metrics: task.metrics.map(metricData),
        ...(task.quantities
          ? {
              quantities: {
                target: task.quantities.target.map(figure),
                completion: task.quantities.completion.map(figure),
              },
            }
          : {}),
      })),
  };
}

function figure(q: { text: string; start: number; end: number; value: number; unit: string; qualifiers: string[] }) {
  return { text: q.text, start: q.start, end: q.end, value: q.value, unit: q.unit, qualifiers: q.qualifiers };
}

function metricData(m: Metric): OpenData['tasks'][number]['metrics'][number] {
  return {
    subject: m.subject,
    target: { ...figure(m.target), comparator: m.target.comparator },
    actual: m.actual
      ? { ...figure(m.actual), parts: m.actual.parts.map((p) => ({ text: p.text, start: p.start, end: p.end })) }
      : null,
    basis: m.basis,
    verdict: m.verdict,
    reason: m.reason,
    ...(m.override ? { override: m.override } : {}),
  };
}

/** The JSON file's text: two-space indent, final newline. */
export function openDataJson(data: OpenData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/** JSON Schema of the open data, generated from the zod schema the JSON is built against. */
export function openDataSchema(): string {
  return JSON.stringify({ ...z.toJSONSchema(OpenData), title: t('data.schemaTitle') }, null, 2) + '\n';
}

const CSV_COLUMNS = [
  'number',
  'shortTitle',
  'area',
  'status',
  'url',
  'metric',
  'subject',
  'targetText',
  'comparator',
  'targetValue',
  'targetUnit',
  'actualText',
  'actualValue',
  'actualUnit',
  'basis',
  'verdict',
  'reason',
  'target',
  'completion',
] as const;

/**
 * One CSV row per metric (a task without metrics has one row with the metric columns empty), RFC 4180
 * quoting, CRLF, UTF-8 with a BOM so Excel reads the Chinese text. A text cell that begins with = + - @
 * gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula.
 */
export function openDataCsv(data: OpenData): string {
  const rows: string[][] = [CSV_COLUMNS.map((c) => t(`csv.${c}`))];
  for (const task of data.tasks) {
    const common = [String(task.number), task.shortTitle, task.area, task.statusLabel, task.url];
    const tail = [task.target, task.completion];
    if (task.metrics.length === 0) rows.push([...common, '', '', '', '', '', '', '', '', '', '', '', '', ...tail]);
    task.metrics.forEach((m, i) => {
      rows.push([
        ...common,
        String(i + 1),
        m.subject,
        m.target.text,
        t(`comparator.${m.target.comparator}`),
        String(m.target.value),
        m.target.unit,
        m.actual?.text ?? '',
        m.actual ? String(m.actual.value) : '',
        m.actual?.unit ?? '',
        t(`basis.${m.basis}`),
        t(`verdict.${m.verdict}`),
        m.reason,
        ...tail,
      ]);
    });
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
