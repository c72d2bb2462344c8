import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { SourceError } from '../../../../src/schema/source.ts';

export const FIXTURES = new URL('../../../fixtures/years/', import.meta.url);
export const fixture = (path: string): Uint8Array => readFileSync(new URL(path, FIXTURES));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** GBK bytes of a text (Node has no GBK encoder; iconv-lite is not ours to import). */
export const gbk = (text: string): Uint8Array => {
  // Build a reverse table lazily from the GB18030 decoder over the two-byte GBK range.
  if (!table) {
    table = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
};
let table: Map<string, number[]> | undefined;

/** Run `fn`, expect a SourceError, and return it for assertions on its parts. */
export function refusal(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError, got none');
}
