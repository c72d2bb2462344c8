import { Errors, sourceError } from '../../schema/errors.ts';
import type { ParsedColumn, ParsedRow } from '../../schema/source.ts';
import type { ColumnRole } from '../../schema/task.ts';
import { correctionBlock, sidecarPathOf, type AppliedCorrection } from './corrections.ts';
import type { GridTable } from './grid.ts';
import { columnOf, type Column, type Header } from './header.ts';
import { percentOf, statusReading } from './header-words.ts';

/**
 * Grid + header → task rows (issue 12): every column kept with its role, sub-items where a 编号 (or
 * group) cell spans several rows, notes and section rows recognised, 编号 checked to run 1..N. Every
 * refusal that a correction beside the source settles offers the `corrections:` block to copy.
 */

/** Notes under a table: 注：…, 备注：…, 说明：… (also 注1：). */
const NOTE = /^(注|备注|说明|附注|注释)\s*\d*\s*[:：、.．]/;

/** 编号 as written: 1, 1., 1、, ① is not; Chinese numerals 一…九十九 (section-style numbering) too. */
export function numberOf(text: string): number | undefined {
  const t = text.trim().replace(/[.、．]$/, '');
  if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) : undefined;
  const digits = '一二三四五六七八九';
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(t);
  if (!m || t === '') return undefined;
  const [, a, ten, b] = m;
  if (ten === '') return a !== '' && b === '' ? digits.indexOf(a!) + 1 : undefined;
  return (a === '' ? 1 : digits.indexOf(a!) + 1) * 10 + (b === '' ? 0 : digits.indexOf(b!) + 1);
}

export interface RowsContext {
  file: string;
  /** How the editor's fix texts name the data's rows: the source's row numbers. */
  warnings: string[];
  corrections: Map<number, AppliedCorrection[]>;
}

interface Unit {
  /** Grid rows of this numbered task (several: sub-items). */
  rows: number[];
  numberText: string;
}

const originKey = (t: GridTable, r: number, c: number): string => {
  const o = t.rows[r]![c]!.origin;
  return `${o.row}:${o.col}`;
};

/** The rows of a table below its header as tasks. */
export function readRows(t: GridTable, h: Header, ctx: RowsContext): ParsedRow[] {
  const { file, warnings } = ctx;
  const text = (r: number, c: number): string => {
    const fixed = ctx.corrections.get(r)?.find((a) => a.col === c);
    return fixed ? fixed.value : t.rows[r]![c]!.text.trim();
  };
  const line = (r: number): number => t.rowNumbers[r] ?? r + 1;
  const number = columnOf(h, 'number');
  const target = columnOf(h, 'target')!;
  const result = columnOf(h, 'result')!;
  const width = t.rows[h.rows[0]!]!.length;
  const first = h.rows.at(-1)! + 1;

  // 1. Which rows are tasks: not empty, not a notes row, not a section heading.
  const taskRows: number[] = [];
  for (let r = first; r < t.rows.length; r++) {
    const filled = t.rows[r]!.map((_, c) => c).filter((c) => text(r, c) !== '');
    if (filled.length === 0) continue;
    const origins = new Set(filled.map((c) => originKey(t, r, c)));
    const only = text(r, filled[0]!);
    const restEmpty = (from: number) =>
      t.rows.slice(from).every((row, k) => row.every((_, c) => text(from + k, c) === ''));
    if (origins.size === 1 && NOTE.test(only)) {
      warnings.push(`第 ${line(r)} 行“${clip(only)}”是表注，不是任务，已记在这里`);
      continue;
    }
    if (origins.size === 1 && filled.length > 1 && filled.length === width) {
      if (restEmpty(r + 1)) warnings.push(`第 ${line(r)} 行“${clip(only)}”是表格下方的说明，不是任务，已记在这里`);
      else warnings.push(`第 ${line(r)} 行“${clip(only)}”是通栏的分组标题，不是任务，已跳过`);
      continue;
    }
    if (number && filled.length === 1 && filled[0] === number.index && numberOf(only) === undefined) {
      warnings.push(`第 ${line(r)} 行“${clip(only)}”是分组标题，不是任务，已跳过`);
      continue;
    }
    taskRows.push(r);
  }
  if (taskRows.length === 0) throw sourceError(Errors.NoRows, file, undefined);

  // 2. Cells in columns without a header (a cell split by a stray “|”, a column the header lacks).
  const last = [...h.columns].reverse().find((c) => c.header !== '')!;
  for (const r of taskRows) {
    const stray = h.columns.filter((c) => c.header === '' && text(r, c.index) !== '');
    if (stray.length === 0) continue;
    const fixed = ctx.corrections.get(r)?.find((a) => a.col === last.index);
    if (fixed) {
      // The editor's value replaces the last column and what spilled over from it.
      fixed.original = [t.rows[r]![last.index]!.text.trim(), ...stray.map((c) => t.rows[r]![c.index]!.text.trim())]
        .filter((s) => s !== '')
        .join(' | ');
      continue;
    }
    const joined = [text(r, last.index), ...stray.map((c) => text(r, c.index))].filter((s) => s !== '').join('｜');
    throw sourceError(Errors.ExtraCell, file, line(r), {
      count: stray.length,
      columns: stray.map((c) => c.index + 1),
      content: clip(text(r, stray[0]!.index)),
      sidecar: sidecarPathOf(file),
      block: correctionBlock(line(r), last.header, joined, '原表单元格内含分隔符“|”'),
    });
  }

  // 3. Numbered tasks and their sub-items.
  const units = number ? unitsOf(t, h, taskRows, number, text) : taskRows.map((r) => ({ rows: [r], numberText: '' }));
  const numbers = units.map((u, i) => {
    if (!number) return i + 1;
    const r = u.rows[0]!;
    const n = numberOf(u.numberText);
    if (n === undefined) {
      const fix = {
        sidecar: sidecarPathOf(file),
        block: correctionBlock(line(r), number.header, String(i + 1), numberReason(u.numberText)),
      };
      throw u.numberText === ''
        ? sourceError(Errors.NumberEmpty, file, line(r), fix)
        : sourceError(Errors.NumberNotInteger, file, line(r), { ...fix, text: u.numberText });
    }
    return n;
  });
  if (!number) warnings.push(`表格没有编号列，已按行的先后顺序编号为 1–${units.length}`);
  checkNumbering(units, numbers, number, file, line);

  // 4. Each row: required cells, every other column with its role, official columns.
  const rows: ParsedRow[] = [];
  units.forEach((u, i) => {
    u.rows.forEach((r, k) => {
      for (const col of [target, result]) {
        if (text(r, col.index) === '') {
          throw sourceError(Errors.EmptyCell, file, line(r), {
            column: col.header,
            sidecar: sidecarPathOf(file),
            block: correctionBlock(line(r), col.header, '未公开', '原表此格为空'),
          });
        }
      }
      rows.push(rowOf(t, h, r, k, u.rows.length, numbers[i]!, text, line, ctx));
    });
  });
  warnUnknown(h, warnings);
  return rows;
}

const numberReason = (published: string): string => (published === '' ? '原表此格未编号' : `原表编号为“${published}”`);

/**
 * Group task rows into numbered tasks. A 编号 cell spanning several rows makes them sub-items; a row
 * with an empty 编号 under the same spanning group cell as the row above belongs to that row's task;
 * rows numbered 3.1, 3.2 (or 3-1, 3-2) are sub-items of task 3.
 */
function unitsOf(
  t: GridTable,
  h: Header,
  taskRows: number[],
  number: Column,
  text: (r: number, c: number) => string,
): Unit[] {
  const groups = h.columns.filter((c) => c.role === 'group');
  const units: Unit[] = [];
  let prev: number | undefined;
  for (const r of taskRows) {
    const current = units.at(-1);
    const spansNumber = prev !== undefined && originKey(t, r, number.index) === originKey(t, prev, number.index);
    const underGroup =
      prev !== undefined &&
      text(r, number.index) === '' &&
      current !== undefined &&
      current.numberText !== '' &&
      groups.some((g) => text(r, g.index) !== '' && originKey(t, r, g.index) === originKey(t, prev!, g.index));
    // Sub-items numbered in the cell itself: 3.1, 3.2 (or 3-1) under 3.
    const written = /^(\d+)\s*[.．\-－]\s*(\d+)$/.exec(text(r, number.index));
    const sameTask = written !== null && current !== undefined && numberOf(current.numberText) === Number(written[1]);
    if (current && (spansNumber || underGroup || sameTask)) current.rows.push(r);
    else units.push({ rows: [r], numberText: written ? written[1]! : text(r, number.index) });
    prev = r;
  }
  return units;
}

/** 编号 must run 1..N in order: a gap or a duplicate usually means a lost or pasted row. */
function checkNumbering(
  units: Unit[],
  numbers: number[],
  number: Column | undefined,
  file: string,
  line: (r: number) => number,
): void {
  if (!number) return;
  const seen = new Map<number, number>();
  units.forEach((u, i) => {
    const n = numbers[i]!;
    const r = u.rows[0]!;
    const first = seen.get(n);
    const fix = {
      sidecar: sidecarPathOf(file),
      block: correctionBlock(line(r), number.header, String(i + 1), numberReason(u.numberText)),
    };
    if (first !== undefined) throw sourceError(Errors.NumberDuplicate, file, line(r), { ...fix, number: n, first });
    seen.set(n, line(r));
    if (n !== i + 1) throw sourceError(Errors.NumberSequence, file, line(r), { ...fix, expected: i + 1, actual: n });
  });
}

function rowOf(
  t: GridTable,
  h: Header,
  r: number,
  k: number,
  count: number,
  n: number,
  text: (r: number, c: number) => string,
  line: (r: number) => number,
  ctx: RowsContext,
): ParsedRow {
  const target = columnOf(h, 'target')!;
  const result = columnOf(h, 'result')!;
  const number = columnOf(h, 'number');
  const skip = new Set([target.index, result.index, number?.index]);
  const columns: ParsedColumn[] = h.columns
    .filter((c) => c.header !== '' && !skip.has(c.index) && text(r, c.index) !== '')
    .map((c) => ({ header: c.header, role: c.role as ColumnRole, text: text(r, c.index) }));
  const firstOf = (role: ColumnRole) => columns.find((c) => c.role === role);
  const targetText = text(r, target.index);
  const targetOrigin = originKey(t, r, target.index);
  // The nearest group: the rightmost group cell that is not the target's own (a 项目内容 spanning two columns).
  const group = [...h.columns]
    .reverse()
    .find(
      (c) =>
        c.role === 'group' &&
        text(r, c.index) !== '' &&
        text(r, c.index) !== targetText &&
        originKey(t, r, c.index) !== targetOrigin,
    );
  const status = firstOf('status');
  const progress = firstOf('progress');
  const row: ParsedRow = {
    number: n,
    ...(count > 1 ? { sub: k + 1 } : {}),
    line: line(r),
    position: `${t.name ?? ''}第 ${line(r)} 行${sharedLine(t, r) ? `（表格第 ${r + 1} 行）` : ''}`,
    target: targetText,
    completion: text(r, result.index),
    columns,
  };
  if (firstOf('responsible')) row.responsible = firstOf('responsible')!.text;
  if (firstOf('nextSteps')) row.nextSteps = firstOf('nextSteps')!.text;
  if (group) row.group = { header: group.header, role: 'group', text: text(r, group.index) };
  if (status || progress) {
    row.official = {
      ...(status ? { status: { header: status.header, text: status.text, reading: statusReading(status.text) } } : {}),
      ...(progress
        ? {
            progress: {
              header: progress.header,
              text: progress.text,
              percent: percentOf(progress.text, progress.header),
            },
          }
        : {}),
    };
  }
  const applied = ctx.corrections.get(r);
  if (applied && applied.length > 0)
    row.corrections = applied.map(({ column, original, value, reason }) => ({ column, original, value, reason }));
  return row;
}

/** Whether another row of the table starts on the same source line (a table written on one line). */
export const sharedLine = (t: GridTable, r: number): boolean =>
  t.rowNumbers.some((n, k) => k !== r && n === t.rowNumbers[r]);

/** A header no role knows is kept as 其他信息, with a note for the editor. */
function warnUnknown(h: Header, warnings: string[]): void {
  const unknown = h.columns.filter((c) => c.role === 'other' && !c.named && c.header !== '').map((c) => c.header);
  if (unknown.length === 0) return;
  // No example role: any one (责任单位…) would be a guess about a column the program could not read.
  warnings.push(
    `表头中的“${unknown.join('”“')}”不是程序认得的列名，已原样作为“其他信息”保留，不影响判读；如它其实是目标任务、完成情况、责任单位等，请在 source.yaml 中写明它的作用：columns: { ${unknown[0]!}: <作用> }，可写的作用见 README“表头（列名）”`,
  );
}

function clip(s: string): string {
  const one = s.replace(/\n/g, ' ');
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}
