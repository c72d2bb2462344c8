import type { DisclosureMeta } from '../../schema/report.ts';
import type { GridCell, GridTable, SourceDocument } from './grid.ts';
import { metaKey, setMeta } from './meta.ts';

/**
 * The pipe-table text format (../shared/source/README.md):
 *
 *   索引号: | 734247248/2025-223489 | 主题分类: | 综合政务/政务公开 |   ← metadata, `key: | value |` pairs
 *   2024年政府工作报告年度完成情况                                    ← title (a line without a bar)
 *   编号 | 目标任务 | 完成情况 |                                       ← header
 *   1 | 地区生产总值增长6%左右。 | 服务业增加值增长7.5%,… |          ← rows
 *
 * Every `|` or full-width `｜` is a separator: a cell cannot contain a bar, because a bar inside a
 * cell cannot be told apart from a separator. Such a row has more cells than the header; the table
 * reader refuses it and offers the correction that joins the cell again. Nothing spans in text: each
 * cell is its own origin. A line without a bar after the table starts is a one-cell row (a note
 * such as 注：…, which the table reader recognises).
 */

const BAR = /[|｜]/;

/** Split a line into trimmed cells; a leading and a trailing bar are optional. */
export function splitCells(line: string): string[] {
  let s = line.trim();
  if (BAR.test(s[0] ?? '')) s = s.slice(1);
  if (BAR.test(s.at(-1) ?? '')) s = s.slice(0, -1);
  return s.split(/[|｜]/).map((c) => c.trim());
}

/** `索引号: | value | 主题分类: | value |` — labels end with a colon, values follow. */
function isMetaLine(cells: string[]): boolean {
  return cells.length % 2 === 0 && cells.every((c, i) => i % 2 === 1 || /[:：]$/.test(c));
}

/** A grid of rows of plain cells (text and CSV: nothing spans), each row with its 1-based line. */
export function plainGrid(records: { cells: string[]; line: number }[]): GridTable {
  const width = Math.max(0, ...records.map((r) => r.cells.length));
  const rows: GridCell[][] = records.map((rec, r) =>
    Array.from({ length: width }, (_, c) => ({ text: rec.cells[c] ?? '', origin: { row: r + 1, col: c + 1 } })),
  );
  const rowNumbers = records.map((r) => r.line);
  return { rows, rowNumbers, cellName: (r, c) => `第 ${rowNumbers[r] ?? r + 1} 行第 ${c + 1} 列` };
}

/** Read the pipe-table text (already decoded, BOM removed) into a SourceDocument. */
export function readText(text: string): SourceDocument {
  const meta: Partial<DisclosureMeta> = {};
  const warnings: string[] = [];
  let title: string | undefined;
  const records: { cells: string[]; line: number }[] = [];
  text.split(/\r\n|\r|\n/).forEach((rawLine, i) => {
    const line = i + 1;
    const s = rawLine.trim();
    if (s === '') return;
    if (!BAR.test(s)) {
      if (records.length > 0) records.push({ cells: [s], line });
      else if (title === undefined) title = s;
      else warnings.push(`第 ${line} 行“${s.length > 30 ? `${s.slice(0, 30)}…` : s}”在标题之后、表头之前，未读取`);
      return;
    }
    const cells = splitCells(s);
    if (records.length === 0 && isMetaLine(cells)) {
      for (let k = 0; k < cells.length; k += 2) {
        const key = metaKey(cells[k]!);
        if (!key) warnings.push(`第 ${line} 行有未知的元数据“${cells[k]}”，已忽略`);
        else setMeta(meta, key, cells[k + 1]!, warnings);
      }
      return;
    }
    records.push({ cells, line });
  });
  return {
    format: 'text',
    encoding: 'utf-8',
    tables: [plainGrid(records)],
    ...(title !== undefined ? { title } : {}),
    meta,
    warnings,
  };
}
