import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  SourceError,
  Taxonomy,
  type Report,
  type Revision,
  type Sidecar,
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
import { byCodeUnit } from '../lib/order.ts';

/** One folder under sources/: its name (the year) and the files it holds. */
export interface YearFolder {
  name: string;
  /** The folder's files; a .docx carries the HTML `convertDocx` made of it (mammoth is async, the pipeline is not). */
  files: { name: string; bytes: Uint8Array; docxHtml?: string }[];
  /** Text of overrides/<name>.yaml, when it exists. */
  overridesText?: string;
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
    const { report, tasks, provenance } = buildYear(folder, input, taxonomy, label);
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

function buildYear(folder: YearFolder, input: PipelineInput, taxonomy: Taxonomy, label: (p: string) => string) {
  const dir = `sources/${folder.name}`;
  if (!/^\d{4}$/.test(folder.name)) {
    throw new SourceError(
      label(dir),
      undefined,
      `文件夹名“${folder.name}”不是年份`,
      '每年的原始表格放在以年份命名的文件夹中,如 content/sources/2025/',
    );
  }
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
    throw new SourceError(
      label(sourcePath),
      undefined,
      `这是 ${parsed.year} 年的表格（标题写的是 ${parsed.year} 年），却放在 ${folder.name} 文件夹中`,
      `请把它移到 ${input.contentLabel}/sources/${parsed.year}/（没有就新建这个文件夹）；原始表格的内容不要改动`,
    );
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
        warnings.push(`${label(sourcePath)}:${row.line} 编号 ${id} 的${name}引号不成对,按原样显示`);
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
  const overridesFile = label(`overrides/${folder.name}.yaml`);
  const overrides = readOverrides(folder.overridesText, overridesFile, parsed.year);
  warnings.push(...overrides.warnings);
  const { tasks, counts } = applyOverrides(derived, overrides, overridesFile, taxonomy);
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
    if (!file)
      throw new SourceError(
        `${dirLabel}/${SIDECAR}`,
        undefined,
        `file 指定的“${named}”不在文件夹中`,
        '请改正 file，或把原始表格放进这个文件夹',
      );
    const refused = refusedFormat(`${dirLabel}/${named}`);
    if (refused) throw refused;
    return file;
  }
  const candidates = folder.files.filter((f) => extensionOf(f.name) in SOURCE_FORMATS);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    const refused = folder.files.map((f) => refusedFormat(`${dirLabel}/${f.name}`)).find((e) => e !== undefined);
    if (refused) throw refused;
    throw new SourceError(
      dirLabel,
      undefined,
      '文件夹中没有原始表格',
      `请放入 ${Object.keys(SOURCE_FORMATS).join('、')} 格式的原始表格，或删除这个文件夹`,
    );
  }
  // Data first: a table of another year in this folder must be moved, not deleted.
  for (const f of candidates) {
    const year = yearOfTable(f, sidecar, `${dirLabel}/${f.name}`);
    if (year !== undefined && String(year) !== folder.name) {
      throw new SourceError(
        `${dirLabel}/${f.name}`,
        undefined,
        `这是 ${year} 年的表格，却放在 ${folder.name} 文件夹中`,
        `请把它移到 ${contentLabel}/sources/${year}/（没有就新建这个文件夹）；${folder.name} 年自己的原始表格请保留，不要删除`,
      );
    }
  }
  throw new SourceError(
    dirLabel,
    undefined,
    `文件夹中有多个原始表格：${candidates.map((f) => f.name).join('、')}`,
    `请在 ${SIDECAR} 中用 file: 指明使用哪一个（例如 file: ${candidates[0]!.name}），其余文件可以留在文件夹中`,
  );
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
    const noTitle = !sidecar.title && /title|标题/.test(error.problem);
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
      throw new SourceError(
        sidecarFile,
        lineOf(['versions', i, 'file']),
        `versions 第 ${i + 1} 个版本的文件“${v.file}”不在文件夹中`,
        '请改正文件名（与文件夹中的文件名完全一致，包括扩展名），或把这个版本的原始表格放进文件夹',
      );
    const refused = refusedFormat(`${sidecarFile.replace(/[^/]+$/, '')}${v.file}`);
    if (refused) throw refused;
    if (i > 0 && v.date <= list[i - 1]!.date)
      throw new SourceError(
        sidecarFile,
        lineOf(['versions', i, 'date']),
        `versions 第 ${i + 1} 个版本的日期 ${v.date} 不晚于上一个版本的 ${list[i - 1]!.date}`,
        'versions 按从旧到新排列：原版在前，修订版在后，日期逐个变晚；请调整顺序或改正日期',
      );
    if (list.findIndex((w) => w.file === v.file) !== i)
      throw new SourceError(
        sidecarFile,
        lineOf(['versions', i, 'file']),
        `versions 中“${v.file}”出现了两次`,
        '每个版本列一次：原版和修订版是不同的文件',
      );
    return { ...v, source };
  });
  const last = out[out.length - 1]!;
  if (sidecar.file && sidecar.file !== last.file)
    throw new SourceError(
      sidecarFile,
      lineOf(['file']),
      `file 写的是“${sidecar.file}”，而 versions 中最新的版本是“${last.file}”`,
      '有 versions 时，网站使用最新的版本；请删去 file 这一项，或把它改成最新版本的文件名',
    );
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
      throw new SourceError(
        file,
        undefined,
        `这个版本是 ${parsed.year} 年的表格，却列在 ${ctx.folder} 年的 versions 中`,
        `versions 只列同一份报告的各个版本；请把它移到 ${ctx.contentLabel}/sources/${parsed.year}/，并从 versions 中删去`,
      );
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
