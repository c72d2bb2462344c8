import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { OpenData, type ColumnCell, type Metric, type Report, type Task, type Taxonomy } from '../schema/index.ts';
import { byTaskOrder } from './order.ts';
import { dateKey } from './timeline.ts';
import { paths, taskSlug } from './urls.ts';

/**
 * The open data of one year (issue 3 item 8), built from the validated collections. Pure and
 * deterministic: keys in a fixed order, tasks by 编号, no clock.
 */
export function openData(
  report: Report,
  tasks: Task[],
  taxonomy: Taxonomy,
  others: { report: Report; tasks: Task[] }[] = [],
): OpenData {
  const areaName = (slug: string) => taxonomy.areas.find((a) => a.slug === slug)?.name ?? slug;
  const several = others.length > 0;
  const all = [{ report, tasks }, ...others].sort((a, b) => dateKey(a.report).localeCompare(dateKey(b.report)));
  const timeline = (task: Task) =>
    all.flatMap((r) =>
      (r.report === report ? [task] : r.tasks.filter((x) => x.link?.id === task.id)).map((x) => ({
        report: r.report.slug ?? 'final',
        kind: r.report.kind ?? 'final',
        ...(r.report.asOf ? { asOf: r.report.asOf } : {}),
        id: x.id,
        completion: x.completion.verbatim,
        status: x.status.value,
        ...(x.pace
          ? { pace: x.pace.map((p) => ({ reported: p.reported, target: p.target, unit: p.unit, percent: p.percent })) }
          : {}),
      })),
    );
  const base: OpenData = {
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
      ...(report.source.versions ? { versions: report.source.versions } : {}),
      ...(report.revisions ? { revisions: report.revisions } : {}),
    },
    tasks: [...tasks].sort(byTaskOrder).map((task) => ({
      ...taskData(task),
      ...(several ? { timeline: timeline(task) } : {}),
    })),
  };
  if (!several) return base;
  return {
    ...base,
    reports: all.map((r) => ({
      slug: r.report.slug ?? 'final',
      title: r.report.title,
      kind: r.report.kind ?? 'final',
      ...(r.report.asOf ? { asOf: r.report.asOf } : {}),
      headline: r.report === report,
      published: r.report.meta.written,
      source: {
        ...(r.report.source.url ? { url: r.report.source.url } : {}),
        file: r.report.source.file,
        sha256: r.report.source.sha256,
      },
      taskCount: r.tasks.length,
      url: r.report === report ? paths.report(report.year) : paths.snapshot(report.year, r.report.slug ?? ''),
    })),
    otherRows: others.flatMap((o) =>
      [...o.tasks].sort(byTaskOrder).map((task) => ({
        ...taskData(task),
        url: `${paths.snapshot(task.year, o.report.slug ?? '')}#r${taskSlug(task.id)}`,
      })),
    ),
  };

  function taskData(task: Task): OpenData['tasks'][number] {
    return {
      number: task.number,
      id: task.id,
      ...(task.sub !== undefined ? { sub: task.sub } : {}),
      ...(task.position ? { position: task.position } : {}),
      ...(task.group ? { group: columnData(task.group) } : {}),
      columns: task.columns.map(columnData),
      ...(task.official && (task.official.status || task.official.progress)
        ? {
            official: {
              ...(task.official.status
                ? {
                    status: {
                      header: task.official.status.header,
                      text: task.official.status.cell.verbatim,
                      reading: task.official.status.reading,
                    },
                  }
                : {}),
              ...(task.official.progress
                ? {
                    progress: {
                      header: task.official.progress.header,
                      text: task.official.progress.cell.verbatim,
                      percent: task.official.progress.percent,
                    },
                  }
                : {}),
            },
          }
        : {}),
      corrections: task.corrections.map((c) => ({
        column: c.column,
        original: c.original,
        value: c.value,
        reason: c.reason,
      })),
      target: task.target.verbatim,
      completion: task.completion.verbatim,
      shortTitle: task.shortTitle,
      area: areaName(task.area.slug),
      areaSlug: task.area.slug,
      ...(task.area.reason ? { areaReason: task.area.reason } : {}),
      status: task.status.value,
      statusLabel: t(`status.${task.status.value}`),
      statusReason: task.status.reason,
      url: paths.task(task.year, task.id),
      metrics: task.metrics.map(metricData),
      ...(task.quantities
        ? {
            quantities: {
              target: task.quantities.target.map(figure),
              completion: task.quantities.completion.map(figure),
            },
          }
        : {}),
      ...(task.report ? { report: task.report } : {}),
      ...(task.pace ? { pace: task.pace } : {}),
      ...(task.inYear ? { inYear: { status: task.inYear.value, reason: task.inYear.reason } } : {}),
      ...(task.link ? { link: task.link } : {}),
    };
  }
}

function columnData(c: ColumnCell) {
  return { header: c.header, role: c.role, text: c.cell.verbatim };
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
  // Added with issue 12 (real tables), after the original columns so their positions stay.
  'id',
  'sub',
  'groupHeader',
  'group',
  'position',
  'columns',
  'officialStatusHeader',
  'officialStatus',
  'officialStatusReading',
  'officialProgressHeader',
  'officialProgress',
  'officialProgressPercent',
  'corrections',
  // Added with issue 13 (several reports per year): one row per task per report.
  'report',
  'reportKind',
  'asOf',
  'linkedId',
  'linkScore',
  'pace',
] as const;

/** The CSV's columns, in order: data.html documents each (csv.<name> is its header, csvdoc.<name> its meaning). */
export const csvColumns: readonly (typeof CSV_COLUMNS)[number][] = CSV_COLUMNS;

/**
 * One CSV row per metric (a task without metrics has one row with the metric columns empty), RFC 4180
 * quoting, CRLF, UTF-8 with a BOM so Excel reads the Chinese text. A text cell that begins with = + - @
 * gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula.
 */
export function openDataCsv(data: OpenData): string {
  const rows: string[][] = [CSV_COLUMNS.map((c) => t(`csv.${c}`))];
  const reportOf = new Map((data.reports ?? []).map((r) => [r.slug, r]));
  for (const task of [...data.tasks, ...(data.otherRows ?? [])]) {
    const common = [String(task.number), task.shortTitle, task.area, task.statusLabel, task.url];
    const r = task.report === undefined ? undefined : reportOf.get(task.report);
    const tail = [
      task.target,
      task.completion,
      ...rowColumns(task),
      task.report ?? '',
      r ? t(`csv.kind.${r.kind}`) : '',
      r?.asOf ?? '',
      task.link?.id ?? '',
      task.link ? task.link.score.toFixed(2) : '',
      (task.pace ?? []).map((p) => `${p.reported}${p.unit}/${p.target}${p.unit}=${p.percent}%`).join('\n'),
    ];
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

/**
 * The issue-12 columns of a task's CSV rows: several columns of the table go into one CSV cell, one
 * per line as 表头（角色）：文字, so the CSV's columns stay the same for every table.
 */
function rowColumns(task: OpenData['tasks'][number]): string[] {
  const status = task.official?.status;
  const progress = task.official?.progress;
  return [
    task.id,
    task.sub === undefined ? '' : String(task.sub),
    task.group?.header ?? '',
    task.group?.text ?? '',
    task.position ?? '',
    task.columns.map((c) => t('csv.columnLine', { header: c.header, role: c.role, text: c.text })).join('\n'),
    status?.header ?? '',
    status?.text ?? '',
    status?.reading ?? '',
    progress?.header ?? '',
    progress?.text ?? '',
    progress?.percent === null || progress?.percent === undefined ? '' : String(progress.percent),
    task.corrections
      .map((c) =>
        t('csv.correctionLine', { column: c.column, original: c.original ?? '', value: c.value, reason: c.reason }),
      )
      .join('\n'),
  ];
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
