import { SourceError, type ParsedRow } from '../../schema/source.ts';

/** The fields a task table can carry; `number` is optional (rows are then numbered in order). */
export type ColumnKey = 'number' | 'target' | 'completion' | 'responsible' | 'nextSteps';

/**
 * Header names seen across years and districts (issue 8). An editor who meets a new name adds it
 * here; anything else is refused so that a column is never silently dropped or misread.
 */
export const COLUMN_ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  number: ['编号', '序号'],
  target: ['目标任务', '工作任务', '主要目标', '任务内容', '内容与要求'],
  completion: ['完成情况', '进展情况', '落实情况', '完成进度'],
  responsible: ['责任单位', '牵头单位', '责任部门'],
  nextSteps: ['下步举措', '下一步计划'],
};

const REQUIRED: readonly ColumnKey[] = ['target', 'completion'];

/** Header text as compared: no spaces of any width, no trailing colon (Excel exports carry both). */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[:：]$/, '');
}

function keyOf(header: string): ColumnKey | undefined {
  const h = normalizeHeader(header);
  return (Object.keys(COLUMN_ALIASES) as ColumnKey[]).find((k) => COLUMN_ALIASES[k].includes(h));
}

/** Whether a header cell names a known column (used to find the task table in a page). */
export function isKnownHeader(header: string): boolean {
  return keyOf(header) !== undefined;
}

const accepted = (): string => (Object.values(COLUMN_ALIASES) as string[][]).flat().join('、');

/** Column roles by position; `null` for an empty header (a trailing empty Excel column). */
export interface ColumnMap {
  roles: (ColumnKey | null)[];
  hasNumber: boolean;
}

/** Map a header row to column roles, or refuse naming what was found and what is accepted. */
export function mapColumns(headers: string[], file: string, line: number): ColumnMap {
  const roles: (ColumnKey | null)[] = [];
  const unknown: string[] = [];
  const seen = new Map<ColumnKey, string>();
  for (const raw of headers) {
    const h = normalizeHeader(raw);
    if (h === '') {
      roles.push(null);
      continue;
    }
    const key = keyOf(h);
    if (!key) unknown.push(h);
    else if (seen.has(key)) {
      throw new SourceError(
        file,
        line,
        `表头中“${seen.get(key)}”和“${h}”是同一列的两种名称,重复了`,
        '请只保留其中一列',
      );
    } else seen.set(key, h);
    roles.push(key ?? null);
  }
  const found =
    headers
      .map(normalizeHeader)
      .filter((h) => h !== '')
      .join('、') || '(空)';
  if (unknown.length > 0) {
    throw new SourceError(
      file,
      line,
      `表头中有无法识别的列:${unknown.join('、')}(表头为:${found})`,
      `可用的列名为:${accepted()};请改用其中之一,或请开发者在 src/pipeline/parse/columns.ts 中登记新列名`,
    );
  }
  const missing = REQUIRED.filter((k) => !seen.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => COLUMN_ALIASES[k].join('/')).join(',');
    throw new SourceError(
      file,
      line,
      `表头缺少必需的列:${names}(表头为:${found})`,
      `请补上该列,可用的列名为:${accepted()}`,
    );
  }
  return { roles, hasNumber: seen.has('number') };
}

/** One data row as read from a table: its cells and the 1-based line it starts on. */
export interface RawRow {
  cells: string[];
  line: number;
}

/**
 * Turn a mapped table into rows: every cell present, target and completion non-empty, 编号 1..N.
 * A table without a number column is numbered in order, with a warning for the editor.
 */
export function rowsFromTable(map: ColumnMap, raw: RawRow[], file: string, warnings: string[]): ParsedRow[] {
  const tasks = raw.filter((r) => !isSectionHeading(map, r, warnings));
  if (tasks.length === 0)
    throw new SourceError(file, undefined, '表格只有表头,没有任务行', '请确认导出的文件包含全部任务行');
  const rows = tasks.map((r, i): ParsedRow => {
    const cells = r.cells.map((c) => c.trim());
    if (cells.length > map.roles.length && cells.slice(map.roles.length).some((c) => c !== '')) {
      throw new SourceError(
        file,
        r.line,
        `这一行有 ${cells.length} 个单元格,比表头多`,
        `请删除多余的单元格,使每行与表头的 ${map.roles.length} 列对齐`,
      );
    }
    const get = (k: ColumnKey): string => cells[map.roles.indexOf(k)] ?? '';
    map.roles.forEach((role, j) => {
      if (role === null && (cells[j] ?? '') !== '') {
        throw new SourceError(
          file,
          r.line,
          `第 ${j + 1} 列没有表头,却有内容“${cells[j]}”`,
          '请为该列补上表头,或删除这些内容',
        );
      }
    });
    for (const k of ['target', 'completion'] as const) {
      if (get(k) === '') {
        const name = COLUMN_ALIASES[k][0];
        throw new SourceError(file, r.line, `${name}单元格为空`, `请填写该单元格;如确无内容,请填写“未公开”`);
      }
    }
    let number = i + 1;
    if (map.hasNumber) {
      const text = get('number').replace(/[.、．]$/, '');
      if (!/^\d+$/.test(text)) {
        throw new SourceError(file, r.line, `编号“${get('number')}”不是正整数`, '请把编号改为 1、2、3…… 这样的数字');
      }
      number = Number(text);
    }
    const row: ParsedRow = { number, line: r.line, target: get('target'), completion: get('completion') };
    if (map.roles.includes('responsible') && get('responsible') !== '') row.responsible = get('responsible');
    if (map.roles.includes('nextSteps') && get('nextSteps') !== '') row.nextSteps = get('nextSteps');
    return row;
  });
  if (!map.hasNumber) warnings.push(`表格没有编号列,已按行的先后顺序编号为 1–${rows.length}`);
  checkNumbering(rows, file);
  return rows;
}

/**
 * A row whose only text sits in the 编号 column and is not a number (一、推动经济高质量发展, often a
 * merged cell) groups the tasks below it: it is not a task, so it is skipped — with a warning.
 */
function isSectionHeading(map: ColumnMap, r: RawRow, warnings: string[]): boolean {
  const at = map.roles.indexOf('number');
  const filled = r.cells.map((c, j) => [c.trim(), j] as const).filter(([c]) => c !== '');
  const [only] = filled;
  if (at < 0 || filled.length !== 1 || only === undefined || only[1] !== at || /^\d+[.、．]?$/.test(only[0]))
    return false;
  warnings.push(`第 ${r.line} 行“${only[0]}”是分组标题,不是任务,已跳过`);
  return true;
}

/** 编号 must run 1..N in order: a gap or a duplicate usually means a lost or pasted row. */
function checkNumbering(rows: ParsedRow[], file: string): void {
  const seen = new Map<number, number>();
  rows.forEach((r, i) => {
    const first = seen.get(r.number);
    if (first !== undefined) {
      throw new SourceError(
        file,
        r.line,
        `编号 ${r.number} 重复(第 ${first} 行已有)`,
        '请检查是否粘贴了重复的行,并把编号改为 1..N 连续编号',
      );
    }
    seen.set(r.number, r.line);
    if (r.number !== i + 1) {
      throw new SourceError(
        file,
        r.line,
        `编号应为 ${i + 1},实际为 ${r.number}`,
        '编号须从 1 开始连续递增;请检查是否缺行或顺序有误',
      );
    }
  });
}

/** The report year from a title such as 2025年政府工作报告年度完成情况. */
export function yearFromTitle(title: string, file: string, line: number | undefined, where: string): number {
  const m = /(19[4-9]\d|2[01]\d\d)\s*年/.exec(title);
  if (!m)
    throw new SourceError(
      file,
      line,
      `标题“${title}”中没有年份`,
      `请在${where}写明年份,如“2025年政府工作报告年度完成情况”`,
    );
  return Number(m[1]);
}
