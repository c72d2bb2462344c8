import { Errors, sourceError } from '../../schema/errors.ts';
import type { SourceError } from '../../schema/source.ts';

/** Text decoded from a source file's bytes, with the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: 'utf-8';
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need > bytes.length - 1) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset (counts LF bytes, which no multi-byte encoding reuses). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** True when the bytes decode cleanly as GB18030 and carry CJK text: most likely a GBK/GB18030 file. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

/**
 * Decode a source strictly as UTF-8 and drop a leading BOM. Bytes that are not UTF-8 are refused,
 * never guessed: a GB18030/GBK file gets a message saying so and how to convert it; a format
 * parser that knows its encoding (e.g. an HTML page declaring charset=gbk) converts explicitly instead.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  refuseUtf16(bytes, file);
  let text: string;
  try {
    // The decoder drops a leading BOM itself (ignoreBOM: false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, file);
  }
  return { text, encoding: 'utf-8' };
}

/**
 * UTF-16 text (Excel's “Unicode 文本”, Notepad's “Unicode”) is refused with how to save it as
 * UTF-8: a UTF-16 byte-order mark (FF FE or FE FF), or many NUL bytes (UTF-16 without a mark —
 * every ASCII character comes with a 00 byte, which no text table has otherwise).
 */
export function refuseUtf16(bytes: Uint8Array, file: string): void {
  const bom =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const head = bytes.subarray(0, 4096);
  let nuls = 0;
  for (const b of head) if (b === 0) nuls++;
  if (!bom && (head.length < 4 || nuls < head.length / 8)) return;
  throw sourceError(Errors.Utf16, file, 1, { bom });
}

function notUtf8(bytes: Uint8Array, file: string): SourceError {
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  const line = lineOf(bytes, bad);
  if (looksLikeGb18030(bytes)) {
    return sourceError(Errors.Gb18030NotUtf8, file, line);
  }
  return sourceError(Errors.NotUtf8, file, line, { byte: bad + 1 });
}
