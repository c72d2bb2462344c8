import { createHash } from 'node:crypto';
import {
  Errors,
  SCHEMA_VERSION,
  SourceError,
  Taxonomy,
  sourceError,
  type Report,
  type Sidecar,
  type Snapshot,
  type Revision,
  type SourceVersion,
  type Task,
} from '../schema/index.ts';
import type { ParsedColumn } from '../schema/source.ts';
import { derive } from './extract/index.ts';
import { normalizeCell, hasUnpairedQuotes } from './normalize.ts';
import { applyOverrides, readOverrides } from './overrides.ts';
import { extensionOf, parseSource, refusedFormat, SOURCE_FORMATS, type ParseOptions } from './parse/index.ts';
import { diffVersions } from './revisions.ts';
import { missingFields, readSidecar, resolveMeta } from './sidecar.ts';
import { serializeReport, serializeTask, type Provenance } from './serialize.ts';
import { readYamlFile, YamlProblems } from './yaml-file.ts';
import { inYearReadings } from './progress/in-year.ts';
import { linkProgressRows } from './progress/link.ts';
import { readReportKind } from './progress/report-kind.ts';
import { byCodeUnit } from './order.ts';

/** One folder under sources/: its name (the year) and the files it holds. */
export interface YearFolder {
  name: string;
  /** The folder's files; a .docx carries the HTML `convertDocx` made of it (mammoth is async, the pipeline is not). */
  files: { name: string; bytes: Uint8Array; docxHtml?: string }[];
  /** Text of overrides/<name>.yaml, when it exists. */
  overridesText?: string;
  /**
   * Subfolders, one report each (issue 13): e.g. sources/2024/半年度进展/ with its table and optional
   * source.yaml. The folder's own files are one report too, when they hold a table.
   */
  reports?: { name: string; files: YearFolder['files'] }[];
  /** Texts of overrides/<name>/<subfolder>.yaml: the corrections of each subfolder's report. */
  reportOverrides?: { name: string; text: string }[];
}

export interface PipelineInput {
  years: YearFolder[];
  taxonomyText: string;
  /** How editors see the content folder in messages (e.g. "content"). */
  contentLabel: string;
  /** The command named in generated files. */
  command: string;
}

export interface YearSummary {
  year: number;
  title: string;
  rows: number;
  overrides: number;
  warnings: string[];
}

export interface PipelineOutput {
  /** Generated files by path relative to the content folder (reports/<year>/…). */
  files: Map<string, string>;
  summary: YearSummary[];
}

export const SIDECAR = 'source.yaml';

/** sources → validated Markdown collections, in memory. Throws SourceError on any bad input. */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const label = (p: string) => `${input.contentLabel}/${p}`;
  const taxonomy = readYamlFile(
    input.taxonomyText,
    label('taxonomy.yaml'),
    Taxonomy,
    '格式见 content/taxonomy.yaml 顶部的说明',
  ).data;
  const files = new Map<string, string>();
  const summary: YearSummary[] = [];
  const folders = [...input.years].sort((a, b) => byCodeUnit(a.name, b.name));
  for (const folder of folders) {
    const built = buildYear(folder, input, taxonomy, label);
    for (const other of built.others) {
      const dir = `reports/${other.report.year}/reports/${other.report.slug}`;
      files.set(`${dir}/index.md`, serializeReport(other.report, other.provenance));
      for (const task of other.tasks)
        files.set(
          `${dir}/tasks/${taskFileName(task, other.report.numberWidth)}`,
          serializeTask(task, other.provenance),
        );
    }
    const { report, tasks, provenance } = built;
    const dir = `reports/${report.year}`;
    files.set(`${dir}/index.md`, serializeReport(report, provenance));
    for (const task of tasks)
      files.set(`${dir}/tasks/${taskFileName(task, report.numberWidth)}`, serializeTask(task, provenance));
    summary.push({
      year: report.year,
      title: report.title,
      rows: tasks.length,
      overrides: report.overrides.total,
      warnings: report.warnings,
    });
  }
  return { files, summary };
}

interface BuiltReport {
  report: Report;
  tasks: Task[];
  provenance: Provenance;
}

/**
 * A year: its reports (the folder's own files, and each subfolder), each read alone; the headline
 * is the final report, or the latest progress report while the year has none. Progress reports get
 * the in-year readings and their rows are linked to the headline's tasks (issue 13).
 */
function buildYear(
  folder: YearFolder,
  input: PipelineInput,
  taxonomy: Taxonomy,
  label: (p: string) => string,
): BuiltReport & { others: BuiltReport[] } {
  const dir = `sources/${folder.name}`;
  if (!/^\d{4}$/.test(folder.name)) {
    throw sourceError(Errors.FolderNotYear, label(dir), undefined, { folder: folder.name });
  }
  const subfolders = [...(folder.reports ?? [])].sort((a, b) => byCodeUnit(a.name, b.name));
  const rootHasTable = folder.files.some((f) => extensionOf(f.name) in SOURCE_FORMATS);
  const parts = [
    ...(rootHasTable || subfolders.length === 0 ? [{ dir, files: folder.files, folder: undefined }] : []),
    ...subfolders.map((r) => ({ dir: `${dir}/${r.name}`, files: r.files, folder: r.name })),
  ];
  // Every overrides file must correct a report that exists: a correction that lands nowhere is lost silently.
  if (folder.overridesText !== undefined && !parts.some((p) => p.folder === undefined)) {
    throw sourceError(Errors.OverridesNoReport, label(`overrides/${folder.name}.yaml`), undefined, {
      year: folder.name,
      subfolders: subfolders.map((r) => r.name),
    });
  }
  for (const o of folder.reportOverrides ?? []) {
    if (!subfolders.some((r) => r.name === o.name)) {
      throw sourceError(Errors.OverridesNoFolder, label(`overrides/${folder.name}/${o.name}.yaml`), undefined, {
        year: folder.name,
        name: o.name,
        subfolders: subfolders.map((r) => r.name),
      });
    }
  }
  const built = parts.map((p) => buildReport(folder, p, input, taxonomy, label));
  if (built.length === 1 && built[0]!.report.kind !== 'progress') {
    const { kind: _k, asOf: _a, slug: _s, ...report } = built[0]!.report;
    // A year of one final report stays as it always was: no kind, date, slug or snapshots in its files.
    return { ...built[0]!, report, others: [] };
  }
  const finals = built.filter((b) => b.report.kind === 'final');
  if (finals.length > 1) {
    throw sourceError(Errors.SeveralFinals, label(dir), undefined, {
      year: folder.name,
      files: finals.map((b) => b.report.source.file),
    });
  }
  const byDate = [...built].sort((a, b) => dateKey(a.report).localeCompare(dateKey(b.report)));
  const headline = finals[0] ?? byDate[byDate.length - 1]!;
  // Slugs: unique, URL-safe, from the kind and date (final; progress-2024-06-30, progress-2024-06-30-2).
  const seen = new Map<string, number>();
  for (const b of byDate) {
    const base = b.report.kind === 'final' ? 'final' : `progress-${b.report.asOf}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    b.report.slug = n === 1 ? base : `${base}-${n}`;
  }
  const targets = headline.tasks.map((t) => ({ id: t.id, target: t.target.display }));
  for (const b of built) {
    b.tasks = b.tasks.map((t) => ({ ...t, report: b.report.slug! }));
    if (b === headline) continue;
    const links = linkProgressRows(
      b.tasks.map((t) => ({ id: t.id, target: t.target.display })),
      targets,
    );
    b.tasks = b.tasks.map((t) => ({ ...t, link: links.get(t.id)! }));
  }
  const snapshots: Snapshot[] = byDate.map((b) => {
    const counts = { completed: 0, in_progress: 0, not_met: 0, unclear: 0 };
    for (const t of b.tasks) counts[t.status.value]++;
    return {
      slug: b.report.slug!,
      title: b.report.title,
      kind: b.report.kind ?? 'final',
      ...(b.report.asOf ? { asOf: b.report.asOf } : {}),
      headline: b === headline,
      taskCount: b.tasks.length,
      counts,
      ...(b === headline ? {} : { linked: b.tasks.filter((t) => t.link?.id).length }),
    };
  });
  headline.report.snapshots = snapshots;
  return { ...headline, others: built.filter((b) => b !== headline) };
}

/** Date order of a year's reports: by as-of date; a final report without one comes last. */
const dateKey = (r: Report) => r.asOf ?? (r.kind === 'final' ? '9999-12-31' : '0000');

/** One report: a folder's table (and source.yaml), read, derived and — when in-year — read as progress. */
function buildReport(
  folder: YearFolder,
  part: { dir: string; files: YearFolder['files']; folder: string | undefined },
  input: PipelineInput,
  taxonomy: Taxonomy,
  label: (p: string) => string,
): BuiltReport {
  const dir = part.dir;
  folder = { ...folder, files: part.files };
  const sidecarFile = label(`${dir}/${SIDECAR}`);
  const sidecarBytes = folder.files.find((f) => f.name === SIDECAR)?.bytes;
  const sidecarText = sidecarBytes && new TextDecoder().decode(sidecarBytes);
  const { data: sidecar, lineOf } = readSidecar(sidecarText, sidecarFile);
  const versions = checkVersions(folder, sidecar, sidecarFile, lineOf);
  const source = versions
    ? versions[versions.length - 1]!.source
    : pickSource(folder, sidecar, label(dir), input.contentLabel);
  const sourcePath = `${dir}/${source.name}`;
  const parsed = parseWithSidecarNeeds(source, label(sourcePath), sidecarText, {
    sidecar,
    sidecarFile,
    sidecarLine: lineOf,
    ...(source.docxHtml !== undefined ? { docxHtml: source.docxHtml } : {}),
  });
  if (String(parsed.year) !== folder.name) {
    throw sourceError(Errors.TitleYearMismatch, label(sourcePath), undefined, {
      year: parsed.year,
      folder: folder.name,
      content: input.contentLabel,
    });
  }
  const resolved = resolveMeta(parsed, sidecarText, label(sourcePath), sidecarFile);
  const revised =
    versions &&
    readVersions(versions, parsed, {
      dir,
      label,
      sidecar,
      sidecarFile,
      sidecarText,
      lineOf,
      folder: folder.name,
      contentLabel: input.contentLabel,
    });
  const warnings = [...parsed.warnings];
  const derived: Task[] = parsed.rows.map((row) => {
    const cells = { target: normalizeCell(row.target), completion: normalizeCell(row.completion) };
    const id = row.sub === undefined ? String(row.number) : `${row.number}.${row.sub}`;
    for (const [name, text] of [
      ['目标任务', row.target],
      ['完成情况', row.completion],
    ] as const) {
      if (hasUnpairedQuotes(text))
        warnings.push(`${label(sourcePath)}:${row.line} 编号 ${id} 的${name}引号不成对，按原样显示`);
    }
    const d = derive(cells.target, cells.completion, taxonomy);
    const column = (c: ParsedColumn) => ({ header: c.header, role: c.role, cell: normalizeCell(c.text) });
    const official = row.official && {
      ...(row.official.status
        ? {
            status: {
              header: row.official.status.header,
              cell: normalizeCell(row.official.status.text),
              reading: row.official.status.reading,
            },
          }
        : {}),
      ...(row.official.progress
        ? {
            progress: {
              header: row.official.progress.header,
              cell: normalizeCell(row.official.progress.text),
              percent: row.official.progress.percent,
            },
          }
        : {}),
    };
    return {
      year: parsed.year,
      number: row.number,
      ...(row.sub !== undefined ? { sub: row.sub } : {}),
      id,
      sourceLine: row.line,
      ...(row.position ? { position: row.position } : {}),
      ...(row.group ? { group: column(row.group) } : {}),
      shortTitle: d.shortTitle,
      ...cells,
      ...(row.responsible ? { responsible: normalizeCell(row.responsible) } : {}),
      ...(row.nextSteps ? { nextSteps: normalizeCell(row.nextSteps) } : {}),
      columns: (row.columns ?? []).map(column),
      ...(official ? { official } : {}),
      corrections: row.corrections ?? [],
      area: d.area,
      status: d.status,
      metrics: d.metrics,
      quantities: d.quantities,
    };
  });
  const reading = readReportKind({
    title: resolved.title,
    year: parsed.year,
    sidecar,
    file: label(sourcePath),
    sidecarFile,
  });
  const read = reading.kind === 'progress' ? inYearReadings(derived) : derived;
  // overrides/<year>.yaml corrects the report of the year folder's own table; overrides/<year>/<sub>.yaml
  // the report of the subfolder <sub>.
  const overridesFile = label(
    part.folder === undefined ? `overrides/${folder.name}.yaml` : `overrides/${folder.name}/${part.folder}.yaml`,
  );
  const overrides = readOverrides(
    part.folder === undefined
      ? folder.overridesText
      : folder.reportOverrides?.find((o) => o.name === part.folder)?.text,
    overridesFile,
    parsed.year,
  );
  warnings.push(...overrides.warnings);
  const { tasks, counts } = applyOverrides(read, overrides, overridesFile, taxonomy);
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    year: parsed.year,
    title: resolved.title,
    ...(resolved.region ? { region: resolved.region } : {}),
    meta: resolved.meta,
    source: {
      file: sourcePath,
      sha256,
      bytes: source.bytes.length,
      format: parsed.format,
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      ...(parsed.table ? { table: parsed.table } : {}),
      ...(resolved.url ? { url: resolved.url } : {}),
      ...(resolved.retrieved ? { retrieved: resolved.retrieved } : {}),
      ...(revised ? { versions: revised.versions } : {}),
    },
    taskCount: tasks.length,
    numberWidth: String(Math.max(...tasks.map((t) => t.number))).length,
    overrides: counts,
    warnings,
    kind: reading.kind,
    ...(reading.asOf ? { asOf: reading.asOf } : {}),
    ...(revised ? { revisions: revised.revisions } : {}),
  };
  const provenance: Provenance = { file: sourcePath, sha256, command: input.command };
  return { report, tasks, provenance };
}

/** A task's file under tasks/: the zero-padded 编号, and `-k` for the k-th sub-item (id 12.3 → 12-3.md). */
export function taskFileName(task: Pick<Task, 'number' | 'sub'>, width: number): string {
  const n = String(task.number).padStart(width, '0');
  return task.sub === undefined ? `${n}.md` : `${n}-${task.sub}.md`;
}

/**
 * The raw table of a year folder: the one file with a source extension, or the sidecar's `file`.
 * With several candidates, a table of another year is named first (move it, never delete the
 * folder's own source); files in formats we do not read are named with how to save them.
 */
function pickSource(folder: YearFolder, sidecar: Sidecar, dirLabel: string, contentLabel: string) {
  const named = sidecar.file;
  if (named) {
    const file = folder.files.find((f) => f.name === named);
    if (!file) throw sourceError(Errors.SidecarFileMissing, `${dirLabel}/${SIDECAR}`, undefined, { named });
    const refused = refusedFormat(`${dirLabel}/${named}`);
    if (refused) throw refused;
    return file;
  }
  const candidates = folder.files.filter((f) => extensionOf(f.name) in SOURCE_FORMATS);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    const refused = folder.files.map((f) => refusedFormat(`${dirLabel}/${f.name}`)).find((e) => e !== undefined);
    if (refused) throw refused;
    throw sourceError(Errors.NoSource, dirLabel, undefined, { formats: Object.keys(SOURCE_FORMATS) });
  }
  // Data first: a table of another year in this folder must be moved, not deleted.
  for (const f of candidates) {
    const year = yearOfTable(f, sidecar, `${dirLabel}/${f.name}`);
    if (year !== undefined && String(year) !== folder.name) {
      throw sourceError(Errors.TableInWrongFolder, `${dirLabel}/${f.name}`, undefined, {
        year,
        folder: folder.name,
        content: contentLabel,
      });
    }
  }
  throw sourceError(Errors.SeveralSources, dirLabel, undefined, {
    names: candidates.map((f) => f.name),
    sidecar: SIDECAR,
  });
}

/** Formats that carry no 发布机构 or 成文日期 of their own: the sidecar must always give them. */
const BARE_FORMATS = new Set(['.csv', '.tsv', '.xlsx', '.xls']);

/**
 * Parse the source; when a table without its own metadata fails (e.g. no title row), also name
 * what its source.yaml still lacks, so the editor writes everything in one go (issue 18.2).
 */
function parseWithSidecarNeeds(
  source: { name: string; bytes: Uint8Array },
  file: string,
  sidecarText: string | undefined,
  options: ParseOptions & { sidecar: Sidecar; sidecarFile: string },
) {
  const { sidecar, sidecarFile } = options;
  try {
    return parseSource(source.bytes, file, options);
  } catch (error) {
    if (!(error instanceof SourceError) || error instanceof YamlProblems) throw error;
    if (!BARE_FORMATS.has(extensionOf(source.name))) throw error;
    const noTitle =
      !sidecar.title && (error.code === Errors.NoTitle.code || error.code === Errors.TitleWithoutYear.code);
    const absent = [
      ...(noTitle ? (['title'] as const) : []),
      ...(!sidecar.meta?.publisher ? (['publisher'] as const) : []),
      ...(!sidecar.meta?.written ? (['written'] as const) : []),
    ];
    if (absent.length === 0 || (noTitle && absent.length === 1)) throw error;
    const needs = missingFields(absent, sidecarFile, sidecarText, sidecar.meta !== undefined);
    // A missing title is part of the block; any other problem of the table is listed beside it.
    throw new YamlProblems(
      file,
      noTitle ? [needs] : [{ line: error.line, problem: error.problem, fix: error.fix }, needs],
    );
  }
}

/** The year a candidate table states in its title, or in its file name when it cannot be read. */
function yearOfTable(file: YearFolder['files'][number], sidecar: Sidecar, label: string): number | undefined {
  try {
    // The sidecar's title belongs to the folder's own table: judge each file by what it says itself.
    const { title: _title, ...rest } = sidecar;
    return parseSource(file.bytes, label, {
      sidecar: rest,
      ...(file.docxHtml !== undefined ? { docxHtml: file.docxHtml } : {}),
    }).year;
  } catch {
    const m = /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/.exec(file.name);
    return m ? Number(m[1]) : undefined;
  }
}

type SourceFile = YearFolder['files'][number];

/**
 * source.yaml `versions:` (issue 16.4): every listed file is in the folder and readable, dates go
 * from oldest to newest, and `file:` (when also given) names the newest. Undefined without versions.
 */
function checkVersions(
  folder: YearFolder,
  sidecar: Sidecar,
  sidecarFile: string,
  lineOf: (p: (string | number)[]) => number | undefined,
): { file: string; date: string; source: SourceFile }[] | undefined {
  const list = sidecar.versions;
  if (!list) return undefined;
  const out = list.map((v, i) => {
    const source = folder.files.find((f) => f.name === v.file);
    if (!source)
      throw sourceError(Errors.VersionMissing, sidecarFile, lineOf(['versions', i, 'file']), {
        n: i + 1,
        file: v.file,
      });
    const refused = refusedFormat(`${sidecarFile.replace(/[^/]+$/, '')}${v.file}`);
    if (refused) throw refused;
    if (i > 0 && v.date <= list[i - 1]!.date)
      throw sourceError(Errors.VersionDateOrder, sidecarFile, lineOf(['versions', i, 'date']), {
        n: i + 1,
        date: v.date,
        previous: list[i - 1]!.date,
      });
    if (list.findIndex((w) => w.file === v.file) !== i)
      throw sourceError(Errors.VersionDuplicate, sidecarFile, lineOf(['versions', i, 'file']), { file: v.file });
    return { ...v, source };
  });
  const last = out[out.length - 1]!;
  if (sidecar.file && sidecar.file !== last.file)
    throw sourceError(Errors.VersionFileMismatch, sidecarFile, lineOf(['file']), {
      file: sidecar.file,
      last: last.file,
    });
  return out;
}

interface VersionContext {
  dir: string;
  label: (p: string) => string;
  sidecar: Sidecar;
  sidecarFile: string;
  sidecarText: string | undefined;
  lineOf: (p: (string | number)[]) => number | undefined;
  folder: string;
  contentLabel: string;
}

/**
 * Parse every version (all must parse, all of the folder's year) and diff each with the next. The
 * diff compares what the government published, so editors' corrections (row numbers of the
 * current version) are left out of every version it reads.
 */
function readVersions(
  versions: { file: string; date: string; source: SourceFile }[],
  current: ReturnType<typeof parseSource>,
  ctx: VersionContext,
): { versions: SourceVersion[]; revisions: Revision[] } {
  const { corrections, ...bare } = ctx.sidecar;
  const rows = versions.map((v, i) => {
    if (i === versions.length - 1 && !corrections) return current.rows;
    const file = ctx.label(`${ctx.dir}/${v.file}`);
    const parsed = parseWithSidecarNeeds(v.source, file, ctx.sidecarText, {
      sidecar: bare,
      sidecarFile: ctx.sidecarFile,
      sidecarLine: ctx.lineOf,
      ...(v.source.docxHtml !== undefined ? { docxHtml: v.source.docxHtml } : {}),
    });
    if (String(parsed.year) !== ctx.folder)
      throw sourceError(Errors.VersionWrongYear, file, undefined, {
        year: parsed.year,
        folder: ctx.folder,
        content: ctx.contentLabel,
      });
    return parsed.rows;
  });
  return {
    versions: versions.map((v) => ({
      file: `${ctx.dir}/${v.file}`,
      sha256: createHash('sha256').update(v.source.bytes).digest('hex'),
      bytes: v.source.bytes.length,
      date: v.date,
    })),
    revisions: rows.slice(1).map((after, i) => ({ from: i, to: i + 1, changes: diffVersions(rows[i]!, after) })),
  };
}
