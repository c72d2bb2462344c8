import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, SourceError, Taxonomy, type Report, type Task } from '../schema/index.ts';
import { derive } from './extract/index.ts';
import { normalizeCell, hasUnpairedQuotes } from './normalize.ts';
import { applyOverrides, readOverrides } from './overrides.ts';
import { extensionOf, parseSource, SOURCE_FORMATS } from './parse/index.ts';
import { readSidecar, resolveMeta } from './sidecar.ts';
import { serializeReport, serializeTask, type Provenance } from './serialize.ts';
import { readYamlFile } from './yaml-file.ts';
import { byCodeUnit } from './order.ts';

/** One folder under sources/: its name (the year) and the files it holds. */
export interface YearFolder {
  name: string;
  files: { name: string; bytes: Uint8Array }[];
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
    for (const task of tasks) {
      files.set(
        `${dir}/tasks/${String(task.number).padStart(report.numberWidth, '0')}.md`,
        serializeTask(task, provenance),
      );
    }
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
  const sidecar = readSidecar(sidecarText, sidecarFile).data;
  const source = pickSource(folder, sidecar.file, label(dir));
  const sourcePath = `${dir}/${source.name}`;
  const parsed = parseSource(source.bytes, label(sourcePath), { sidecar });
  if (String(parsed.year) !== folder.name) {
    throw new SourceError(
      label(sourcePath),
      undefined,
      `标题写的是 ${parsed.year} 年,但文件放在 ${folder.name} 文件夹中`,
      `请把文件移到 ${input.contentLabel}/sources/${parsed.year}/,或改正标题中的年份`,
    );
  }
  const resolved = resolveMeta(parsed, sidecarText, label(sourcePath), sidecarFile);
  const warnings = [...parsed.warnings];
  const derived: Task[] = parsed.rows.map((row) => {
    const cells = { target: normalizeCell(row.target), completion: normalizeCell(row.completion) };
    for (const [name, text] of [
      ['目标任务', row.target],
      ['完成情况', row.completion],
    ] as const) {
      if (hasUnpairedQuotes(text))
        warnings.push(`${label(sourcePath)}:${row.line} 编号 ${row.number} 的${name}引号不成对,按原样显示`);
    }
    const d = derive(cells.target, cells.completion, taxonomy);
    return {
      year: parsed.year,
      number: row.number,
      id: String(row.number),
      sourceLine: row.line,
      shortTitle: d.shortTitle,
      ...cells,
      ...(row.responsible ? { responsible: normalizeCell(row.responsible) } : {}),
      ...(row.nextSteps ? { nextSteps: normalizeCell(row.nextSteps) } : {}),
      // Filled by the table reader (issue 12): every other column with its header and role.
      columns: [],
      corrections: [],
      area: d.area,
      status: d.status,
      metrics: d.metrics,
      quantities: d.quantities,
    };
  });
  const overridesFile = label(`overrides/${folder.name}.yaml`);
  const overrides = readOverrides(folder.overridesText, overridesFile, parsed.year);
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
      encoding: parsed.encoding,
      ...(resolved.url ? { url: resolved.url } : {}),
      ...(resolved.retrieved ? { retrieved: resolved.retrieved } : {}),
    },
    taskCount: tasks.length,
    numberWidth: String(Math.max(...tasks.map((t) => t.number))).length,
    overrides: counts,
    warnings,
  };
  const provenance: Provenance = { file: sourcePath, sha256, command: input.command };
  return { report, tasks, provenance };
}

/** The raw table of a year folder: the one file with a source extension, or the sidecar's `file`. */
function pickSource(folder: YearFolder, named: string | undefined, dirLabel: string) {
  if (named) {
    const file = folder.files.find((f) => f.name === named);
    if (!file)
      throw new SourceError(
        `${dirLabel}/${SIDECAR}`,
        undefined,
        `file 指定的“${named}”不在文件夹中`,
        '请改正 file,或把原始表格放进这个文件夹',
      );
    return file;
  }
  const candidates = folder.files.filter((f) => extensionOf(f.name) in SOURCE_FORMATS);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new SourceError(
      dirLabel,
      undefined,
      '文件夹中没有原始表格',
      `请放入 ${Object.keys(SOURCE_FORMATS).join('、')} 格式的原始表格,或删除这个文件夹`,
    );
  }
  throw new SourceError(
    dirLabel,
    undefined,
    `文件夹中有多个原始表格:${candidates.map((f) => f.name).join('、')}`,
    `请只保留一个,或在 ${SIDECAR} 中用 file: 指明使用哪一个`,
  );
}
