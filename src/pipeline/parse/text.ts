import type { DisclosureMeta } from '../../schema/report.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { mapColumns, rowsFromTable, yearFromTitle, type ColumnMap, type RawRow } from './columns.ts';
import { metaKey, setMeta } from './meta.ts';

/**
 * The pipe-table text format (../shared/source/README.md):
 *
 *   索引号: | 734247248/2025-223489 | 主题分类: | 综合政务/政务公开 |   ← metadata, `key: | value |` pairs
 *   2024年政府工作报告年度完成情况                                    ← title (the only line without a bar)
 *   编号 | 目标任务 | 完成情况 |                                       ← header
 *   1 | 地区生产总值增长6%左右。 | 服务业增加值增长7.5%,… |          ← rows
 *
 * Every `|` or full-width `｜` is a separator: a cell cannot contain a bar, because a bar inside a
 * cell cannot be told apart from a separator. Such a row has too many cells and is refused, with a
 * hint. (The 2024 table has no bar inside any cell.)
 */

const HEADER_HINT = '表头应为“编号 | 目标任务 | 完成情况 |”(可另加“责任单位”“下步举措”列)';

const BAR = /[|｜]/;

/** Split a line into trimmed cells; a leading and a trailing bar are optional. */
export function splitCells(line: string): string[] {
  let s = line.trim();
  if (BAR.test(s[0] ?? '')) s = s.slice(1);
  if (BAR.test(s.at(-1) ?? '')) s = s.slice(0, -1);
  return s.split(/[|｜]/).map((c) => c.trim());
}

/** Parse the pipe-table text (already decoded, BOM removed). `file` is named in every error. */
export function parseText(text: string, file: string): ParsedSource {
  const lines = text.split(/\r\n|\r|\n/);
  const meta: Partial<DisclosureMeta> = {};
  const warnings: string[] = [];
  let title: { text: string; line: number } | undefined;
  let header: { map: ColumnMap; names: string[] } | undefined;
  const raw: RawRow[] = [];

  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const s = rawLine.trim();
    if (s === '') return;
    if (!BAR.test(s)) {
      if (header)
        throw new SourceError(
          file,
          line,
          `表格中出现了没有“|”分隔的一行:“${clip(s)}”`,
          '每个任务行都应为“编号 | 目标任务 | 完成情况 |”;多余的说明文字请删除或并入单元格',
        );
      if (title)
        throw new SourceError(
          file,
          line,
          `标题之后又出现了一行没有“|”的文字:“${clip(s)}”(标题在第 ${title.line} 行)`,
          '标题只能有一行;请删除多余的行',
        );
      title = { text: s, line };
      return;
    }
    const cells = splitCells(s);
    if (header) raw.push({ cells: checkCells(cells, header.names, file, line), line });
    else if (isMetaLine(cells)) readMeta(cells, meta, file, line, warnings);
    else header = { map: mapColumns(cells, file, line), names: cells };
  });

  if (!title)
    throw new SourceError(file, undefined, '缺少标题行', '请在表头之前加一行标题,如“2024年政府工作报告年度完成情况”');
  const year = yearFromTitle(title.text, file, title.line, '标题行');
  if (!header) throw new SourceError(file, undefined, '找不到表头', HEADER_HINT);
  if (raw.length === 0)
    throw new SourceError(
      file,
      undefined,
      '表格没有任何任务行',
      '请在表头之后按“编号 | 目标任务 | 完成情况 |”逐行列出任务',
    );
  const rows = rowsFromTable(header.map, raw, file, warnings);
  return { title: title.text, year, meta, rows, format: 'text', encoding: 'utf-8', warnings };
}

function clip(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** `索引号: | value | 主题分类: | value |` — labels end with a colon, values follow. */
function isMetaLine(cells: string[]): boolean {
  return cells.length % 2 === 0 && cells.every((c, i) => i % 2 === 1 || /[:：]$/.test(c));
}

function readMeta(
  cells: string[],
  meta: Partial<DisclosureMeta>,
  file: string,
  line: number,
  warnings: string[],
): void {
  for (let i = 0; i < cells.length; i += 2) {
    const label = cells[i]!;
    const key = metaKey(label);
    if (!key) warnings.push(`${file}:${line} 未知的元数据“${label}”,已忽略`);
    else if (cells[i + 1] === '')
      throw new SourceError(file, line, `元数据“${label}”的值为空`, `请填写,或删除这一对“${label} | … |”`);
    else setMeta(meta, key, cells[i + 1]!, warnings);
  }
}

/** The text format refuses a missing, extra or empty cell outright: each is a broken row. */
function checkCells(cells: string[], names: string[], file: string, line: number): string[] {
  if (cells.length < names.length) {
    throw new SourceError(
      file,
      line,
      `这一行只有 ${cells.length} 个单元格,表头有 ${names.length} 列`,
      '请补上缺少的单元格,单元格之间用“ | ”分隔',
    );
  }
  if (cells.length > names.length) {
    throw new SourceError(
      file,
      line,
      `这一行有 ${cells.length} 个单元格,表头只有 ${names.length} 列`,
      '请删除多余的“|”;单元格文字本身不能含“|”或“｜”,如有请改用“/”',
    );
  }
  const empty = cells.findIndex((c) => c === '');
  if (empty >= 0) {
    throw new SourceError(
      file,
      line,
      `第 ${empty + 1} 列(${names[empty]})为空`,
      `请填写${names[empty]};确实没有内容的,请写“未公开”`,
    );
  }
  return cells;
}
