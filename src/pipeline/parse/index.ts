import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { parseCsv } from './csv.ts';
import { decodeUtf8 } from './decode.ts';
import { parseHtml } from './html.ts';
import { parseText } from './text.ts';

/** File extensions of raw sources, by the format that reads them. */
export const SOURCE_FORMATS: Readonly<Record<string, ParsedSource['format']>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

export function extensionOf(file: string): string {
  return /\.[a-z0-9]+$/.exec(file.toLowerCase())?.[0] ?? '';
}

export interface ParseOptions {
  /** The year folder's sidecar: formats without a title (CSV) take it from here. */
  sidecar?: Sidecar;
}

/** Read one raw source into rows and metadata, choosing the parser by the file's extension. */
export function parseSource(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedSource {
  const format = SOURCE_FORMATS[extensionOf(file)];
  if (format === 'text') return parseText(decodeUtf8(bytes, file).text, file);
  if (format === 'html') return parseHtml(bytes, file, options);
  if (format === 'csv' || format === 'tsv')
    return parseCsv(bytes, file, { ...options, delimiter: format === 'tsv' ? '\t' : ',' });
  throw new SourceError(
    file,
    undefined,
    '无法识别的文件类型',
    `原始表格应为 ${Object.keys(SOURCE_FORMATS).join('、')} 文件`,
  );
}
