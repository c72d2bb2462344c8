import { Errors, sourceError } from '../../schema/errors.ts';

/** One record as read: its cells and the 1-based line it starts on. */
export interface RawRow {
  cells: string[];
  line: number;
}

/**
 * Split CSV/TSV text into records as Excel writes them (RFC 4180): fields in double quotes may hold
 * the delimiter, line breaks and doubled quotes (""). Each record keeps the 1-based line it starts on.
 * CRLF inside a quoted field becomes LF. A quote inside an unquoted field is kept as a character.
 */
export function splitRecords(text: string, delimiter: string, file: string): RawRow[] {
  const records: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = (): void => {
    cells.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push({ cells, line: recordLine });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted field: read to the closing quote, which must be followed by a delimiter or line end.
      const openLine = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          throw sourceError(Errors.CsvUnclosedQuote, file, openLine);
        }
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\r' && text[i + 1] === '\n') i++;
        if (text[i] === '\n' || text[i] === '\r') line++;
        field += text[i] === '\r' ? '\n' : text[i];
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw sourceError(Errors.CsvAfterQuote, file, line, { next });
      }
      // Mark the field as quoted-but-possibly-empty so "" is not confused with a quote to open.
      if (field === '') field = '\u0000';
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records.map((r) => ({ line: r.line, cells: r.cells.map((c) => (c === '\u0000' ? '' : c)) }));
}
