import { Errors, sourceError } from '../../schema/errors.ts';
import { decodeUtf8, firstInvalidUtf8, refuseUtf16 } from './decode.ts';

export type Encoding = 'utf-8' | 'gb18030';

/** What a decoder found: the text, the encoding it was read in, and a warning when it was converted. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  warning?: string;
}

const GB_NAMES = new Set([
  'gbk',
  'gb2312',
  'gb18030',
  'x-gbk',
  'cp936',
  'windows-936',
  'euc-cn',
  'csgb2312',
  'chinese',
]);
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** Map a declared charset label (HTML <meta charset>) to the encoding we decode with, or refuse it. */
export function encodingFromLabel(label: string, file: string): Encoding {
  const l = label.trim().toLowerCase();
  if (UTF8_NAMES.has(l)) return 'utf-8';
  // GB2312 and GBK are subsets of GB18030; decoding as GB18030 reads them all (WHATWG Encoding).
  if (GB_NAMES.has(l)) return 'gb18030';
  throw sourceError(Errors.CharsetUnsupported, file, undefined, { label });
}

const hasUtf8Bom = (b: Uint8Array): boolean => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function strictGb18030(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const converted = (how: string): string => `文件编码为 GB18030/GBK（${how}），已显式转换为 UTF-8 读取`;

/**
 * Decode a source's bytes. A UTF-8 BOM wins; then the declared charset, if any, is obeyed strictly
 * (decode.ts refuses bad UTF-8 naming the line); otherwise bytes that are valid UTF-8 are UTF-8,
 * and bytes that are valid GB18030 are converted with a warning. Never guesses silently: every
 * conversion is reported, every failure refused.
 */
export function decodeSource(bytes: Uint8Array, file: string, declared?: string): Decoded {
  refuseUtf16(bytes, file);
  const want = hasUtf8Bom(bytes) ? 'utf-8' : declared === undefined ? undefined : encodingFromLabel(declared, file);
  if (want === 'utf-8') return decodeUtf8(bytes, file);
  if (want === 'gb18030' && bytes.some((b) => b >= 0x80) && firstInvalidUtf8(bytes) < 0) {
    // GBK text is practically never valid UTF-8; a browser's “save as” often re-encodes the page
    // as UTF-8 but keeps the old declaration. The bytes win, and the editor is told.
    const { text } = decodeUtf8(bytes, file);
    return {
      text,
      encoding: 'utf-8',
      warning: `文件声明 charset=${declared}，但内容是有效的 UTF-8 编码（浏览器另存网页时常会这样），已按 UTF-8 读取`,
    };
  }
  if (want === 'gb18030') {
    const text = strictGb18030(bytes);
    if (text === undefined) {
      throw sourceError(Errors.CharsetMismatch, file, undefined, { declared: String(declared) });
    }
    return { text, encoding: 'gb18030', warning: converted(`按文件声明的 charset=${declared}`) };
  }
  if (firstInvalidUtf8(bytes) < 0) return decodeUtf8(bytes, file);
  const gb = strictGb18030(bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', warning: converted('文件未声明编码，按字节判断') };
  // Neither: decode.ts names the first bad line and says how to convert.
  return decodeUtf8(bytes, file);
}
