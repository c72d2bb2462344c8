import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { Errors, sourceError } from '../../schema/errors.ts';
import { columnLetters, type GridCell, type GridTable, type SourceDocument } from './grid.ts';
import { cfbStreams, corrupt, encrypted, isCfb, isEncryptedPackage, isZip, unpackZip } from './zip-guard.ts';

/**
 * Excel workbooks (.xlsx, and legacy .xls as Excel and WPS save them) into the Grid, through SheetJS
 * (@e965/xlsx): it reads both formats with their merged ranges, number formats, hidden rows and
 * sheets, and formulas' cached values; nothing is evaluated here.
 */

/** The most cells a sheet's content may span (a real progress table has a few thousand; 1,000 rows × 100 columns). */
export const MAX_SHEET_CELLS = 100_000;

const sheetLabel = (name: string): string => `工作表“${name}”`;

/** Cell names in a message: the first ten, then how many more. */
function cellList(cells: string[]): string {
  const shown = cells.slice(0, 10).join('、');
  return cells.length > 10 ? `${shown} 等 ${cells.length} 个单元格` : shown;
}

/**
 * What the bytes are, before SheetJS (which reads almost anything as text) is let at them; the bytes
 * it may read (a zip repacked by unpackZip, or the file as it is).
 */
function checkContainer(bytes: Uint8Array, file: string, xls: boolean): Uint8Array {
  if (isZip(bytes)) {
    const { names, zip } = unpackZip(bytes, file, 'workbook');
    if (!names.some((n) => /^xl\/workbook\d*\.(xml|bin)$/i.test(n))) {
      if (names.some((n) => /^word\//i.test(n))) throw sourceError(Errors.WorkbookIsDocx, file, undefined);
      throw corrupt(file, 'workbook', '压缩包中没有工作簿内容');
    }
    return zip;
  }
  if (isCfb(bytes)) {
    const streams = cfbStreams(bytes);
    if (!streams) throw corrupt(file, 'workbook', '复合文档结构无法读取');
    if (isEncryptedPackage(streams)) throw encrypted(file, 'workbook');
    if (streams.some((p) => /(^|\/)WordDocument$/.test(p))) throw sourceError(Errors.WorkbookIsDoc, file, undefined);
    if (!streams.some((p) => /(^|\/)(Workbook|Book)$/i.test(p)))
      throw corrupt(file, 'workbook', '文件中没有工作簿内容');
    return bytes;
  }
  // Legacy .xls is also found as a bare BIFF stream, or as HTML/XML that Excel opens (many systems
  // export "xls" that way). Anything else SheetJS would read as plain text: refuse it instead.
  if (xls) {
    if (bytes[0] === 0x09 && (bytes[1] ?? 0xff) <= 0x08) return bytes;
    const head = new TextDecoder('latin1')
      .decode(bytes.subarray(0, 64))
      .replace(/^\uFEFF|^ï»¿/, '')
      .trimStart();
    if (head.startsWith('<')) return bytes;
  }
  throw corrupt(file, 'workbook');
}

/** The text Excel shows for a cell: number formats applied, line breaks as \n. */
function shownText(cell: CellObject): string {
  let text: string;
  if (cell.t === 'z') text = '';
  else if (cell.t === 's') text = String(cell.v ?? '');
  else if (cell.w !== undefined) text = cell.w;
  else if (cell.v === undefined || cell.v === null) text = '';
  else if (cell.t === 'n') {
    try {
      text = SSF.format((cell.z as string | number | undefined) ?? 'General', cell.v as number);
    } catch {
      text = String(cell.v);
    }
  } else text = String(cell.v);
  return text.replace(/\r\n?/g, '\n');
}

const hasFormula = (cell: CellObject): boolean => typeof cell.f === 'string' && cell.f !== '';
const hasCachedValue = (cell: CellObject): boolean =>
  cell.t !== 'z' && cell.v !== undefined && !(cell.t === 'e' && cell.w === undefined);

/** The range of a sheet's cells with content, bounded: the !ref a file declares may be far larger than its content. */
function usedRange(sheet: WorkSheet): { r0: number; c0: number; r1: number; c1: number } | undefined {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const cell = sheet[key] as CellObject;
    if (shownText(cell) === '' && !hasFormula(cell)) continue;
    const { r, c } = utils.decode_cell(key);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  if (r1 < 0) return undefined;
  // Merges are clipped to this range: a merge reaching past the last cell with content adds only
  // repeats of its origin's text (a title merged over more columns than the table has).
  return { r0, c0, r1, c1 };
}

/** One visible sheet as a grid, or undefined when it holds nothing. */
function sheetTable(sheet: WorkSheet, name: string, file: string, warnings: string[]): GridTable | undefined {
  const range = usedRange(sheet);
  if (!range) return undefined;
  const { r0, c0, r1, c1 } = range;
  const width = c1 - c0 + 1;
  if ((r1 - r0 + 1) * width > MAX_SHEET_CELLS)
    throw sourceError(Errors.SheetTooLarge, file, undefined, {
      sheet: sheetLabel(name),
      range: utils.encode_range({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } }),
      max: MAX_SHEET_CELLS,
    });

  const rowInfo = sheet['!rows'] ?? [];
  const hiddenRows: number[] = [];
  const sheetRows: number[] = [];
  for (let r = r0; r <= r1; r++) {
    if (rowInfo[r]?.hidden) hiddenRows.push(r);
    else sheetRows.push(r);
  }
  const hiddenCols: string[] = [];
  (sheet['!cols'] ?? []).forEach((col, c) => {
    if (col?.hidden && c >= c0 && c <= c1) hiddenCols.push(columnLetters(c));
  });

  // Where each sheet cell lands in the grid (hidden rows have no place).
  const gridRow = new Map(sheetRows.map((r, i) => [r, i]));
  const origins = new Map<number, { r: number; c: number }>();
  const key = (r: number, c: number): number => (r - r0) * width + (c - c0); // unique within the range
  for (const m of sheet['!merges'] ?? []) {
    const top = Math.max(m.s.r, r0),
      left = Math.max(m.s.c, c0);
    for (let r = top; r <= Math.min(m.e.r, r1); r++)
      for (let c = left; c <= Math.min(m.e.c, c1); c++)
        if (r !== m.s.r || c !== m.s.c) origins.set(key(r, c), { r: m.s.r, c: m.s.c });
  }

  const cached: string[] = [];
  const textAt = (r: number, c: number): string => {
    const address = utils.encode_cell({ r, c });
    const cell = sheet[address] as CellObject | undefined;
    if (!cell) return '';
    if (hasFormula(cell)) {
      if (!hasCachedValue(cell))
        throw sourceError(Errors.FormulaNotCached, file, undefined, {
          sheet: sheetLabel(name),
          address,
          formula: String(cell.f),
        });
      cached.push(address);
    }
    return shownText(cell);
  };

  const rows: GridCell[][] = sheetRows.map((r, i) =>
    Array.from({ length: width }, (_, j) => {
      const c = c0 + j;
      const origin = origins.get(key(r, c));
      if (!origin) return { text: textAt(r, c), origin: { row: i + 1, col: j + 1 } };
      // Covered by a merge: the origin's text, pointing at the origin (or, when the origin's row is
      // hidden, at the first visible row of the merge).
      const originRow = gridRow.get(origin.r) ?? sheetRows.findIndex((x) => x > origin.r);
      return { text: textAt(origin.r, origin.c), origin: { row: originRow + 1, col: origin.c - c0 + 1 } };
    }),
  );
  // A formula covered by a merge is read once per covered cell: name it once.
  const formulas = [...new Set(cached)];

  if (hiddenRows.length > 0)
    warnings.push(
      `${sheetLabel(name)}的第 ${hiddenRows.map((r) => r + 1).join('、')} 行是隐藏行，已跳过；如需读取，请在 Excel 中取消隐藏后保存`,
    );
  if (hiddenCols.length > 0)
    warnings.push(`${sheetLabel(name)}的 ${hiddenCols.join('、')} 列是隐藏列，仍按原样读取；请核对其内容是否应当公开`);
  if (formulas.length > 0)
    warnings.push(`${sheetLabel(name)}的 ${cellList(formulas)} 是公式，按文件中保存的计算结果读取`);
  if (rows.length === 0) return undefined;

  const rowNumbers = sheetRows.map((r) => r + 1);
  return {
    name: sheetLabel(name),
    rows,
    rowNumbers,
    cellName: (row, col) => `${columnLetters(c0 + col)}${rowNumbers[row] ?? r0 + row + 1}`,
  };
}

/**
 * Read a workbook into one grid per visible, non-empty sheet. Hidden sheets and rows are skipped
 * with a 提醒; formulas are read by the values the file saved for them, with a 提醒; a corrupt,
 * encrypted or oversized file, a formula without a saved value, or a workbook without any table is
 * a SourceError.
 */
export function readWorkbook(bytes: Uint8Array, file: string): SourceDocument {
  const xls = /\.xls$/i.test(file);
  const readable = checkContainer(bytes, file, xls);
  let workbook: WorkBook;
  try {
    workbook = read(readable, {
      type: 'array',
      cellFormula: true, // to know which cells are formulas; SheetJS never evaluates them
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellStyles: true, // row and column properties, including hidden
      cellHTML: false,
      WTF: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw encrypted(file, 'workbook');
    throw corrupt(file, 'workbook', '内容无法解析');
  }

  const warnings: string[] = [];
  const tables: GridTable[] = [];
  const empty: string[] = [];
  const hidden: string[] = [];
  const sheets = workbook.Workbook?.Sheets ?? [];
  workbook.SheetNames.forEach((name, i) => {
    if (sheets[i]?.Hidden) return void hidden.push(sheetLabel(name));
    const sheet = workbook.Sheets[name];
    const table = sheet && sheetTable(sheet, name, file, warnings);
    if (table) tables.push(table);
    else empty.push(sheetLabel(name));
  });
  if (hidden.length > 0)
    warnings.push(`${hidden.join('、')}是隐藏的工作表，已跳过；如需读取，请在 Excel 中取消隐藏后保存`);

  if (tables.length === 0) throw sourceError(Errors.NoReadableSheet, file, undefined, { empty, hidden });
  return { format: xls ? 'xls' : 'xlsx', tables, meta: {}, warnings };
}
