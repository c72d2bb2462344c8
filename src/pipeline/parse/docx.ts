import type { Element, Root } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { Errors, sourceError } from '../../schema/errors.ts';
import type { GridTable, SourceDocument } from './grid.ts';
import { elements, gridTable, textOf } from './hast.ts';
import { cfbStreams, corrupt, encrypted, isCfb, isEncryptedPackage, isZip, unpackZip } from './zip-guard.ts';

/**
 * Word documents (.docx) into the Grid, in two steps because mammoth, the library that reads them,
 * is asynchronous while the pipeline (src/pipeline/run.ts) is synchronous:
 *
 * 1. `convertDocx(bytes, file)` (async, no I/O): checks the container (zip, size limit, password,
 *    a .doc in disguise), then mammoth turns the document into HTML, keeping Word's merged cells as
 *    HTML spans (w:gridSpan → colspan, w:vMerge → rowspan). The I/O layer (scripts/ingest.ts) runs
 *    it for each .docx before the pipeline and hands the HTML in beside the bytes.
 * 2. `readDocxHtml(html, file)` (sync, pure): that HTML's tables laid out by `gridTable`, as HTML
 *    pages' tables are, and the heading that names the table.
 *
 * `readDocx` runs both, for callers that can wait.
 */

/** Check the container, then convert with mammoth. Every failure is a SourceError naming the file. */
export async function convertDocx(bytes: Uint8Array, file: string): Promise<string> {
  if (isCfb(bytes)) {
    const streams = cfbStreams(bytes);
    if (streams && isEncryptedPackage(streams)) throw encrypted(file, 'document');
    if (streams?.some((p) => /(^|\/)WordDocument$/.test(p))) throw sourceError(Errors.DocxIsDoc, file, undefined);
    if (streams?.some((p) => /(^|\/)(Workbook|Book)$/i.test(p))) throw sourceError(Errors.DocxIsXls, file, undefined);
    throw corrupt(file, 'document');
  }
  if (!isZip(bytes)) throw corrupt(file, 'document');
  const { names, zip } = unpackZip(bytes, file, 'document');
  if (!names.includes('word/document.xml')) {
    if (names.some((n) => /^xl\//.test(n))) throw sourceError(Errors.DocxIsXlsx, file, undefined);
    throw corrupt(file, 'document', '压缩包中没有正文 word/document.xml');
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.length) });
    return result.value;
  } catch {
    throw corrupt(file, 'document', '正文无法解析');
  }
}

const isTable = (e: Element): boolean => e.tagName === 'table';
const TITLE_WORDS = /完成情况|进展|进度|推进情况|落实情况/;
const YEAR = /(19|20)\d{2}\s*年?/;

/**
 * The document's tables as grids, named 第 N 个表格, rows numbered as Word counts them (1 = the
 * table's first row); and its title: the first heading or paragraph before the first table that has
 * a year and 完成情况/进展/进度/推进情况/落实情况.
 */
export function readDocxHtml(html: string, file: string): SourceDocument {
  const root: Root = unified().use(rehypeParse, { fragment: true }).parse(html);
  const tables: GridTable[] = [];
  let title: string | undefined;
  let seenTable = false;
  let n = 0;
  // Tables at any depth outside another table (mammoth may wrap them), in document order.
  for (const e of elements(root, isTable)) {
    if (isTable(e)) {
      seenTable = true;
      n++;
      const grid = gridTable(e, `第 ${n} 个表格`);
      if (grid.rows.length === 0 || grid.rows.every((row) => row.every((c) => c.text === ''))) continue;
      const rowNumbers = grid.rows.map((_, i) => i + 1);
      const name = `第 ${n} 个表格`;
      tables.push({ ...grid, rowNumbers, cellName: (r, c) => `${name}第 ${r + 1} 行第 ${c + 1} 列` });
    } else if (!seenTable && title === undefined && /^(h[1-6]|p)$/.test(e.tagName)) {
      const text = textOf(e).replace(/\n/g, '');
      if (YEAR.test(text) && TITLE_WORDS.test(text)) title = text;
    }
  }
  if (tables.length === 0) throw sourceError(Errors.DocxNoTable, file, undefined);
  return { format: 'docx', tables, ...(title ? { title } : {}), meta: {}, warnings: [] };
}

/** Both steps at once. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<SourceDocument> {
  return readDocxHtml(await convertDocx(bytes, file), file);
}
