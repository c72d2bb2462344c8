import { readFileSync } from 'node:fs';
import { CFB } from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { SourceError } from '../../../../src/schema/source.ts';

export const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/office/${path}`, import.meta.url)));

/** The texts of a grid's rows. */
export const texts = (rows: { text: string }[][]): string[][] => rows.map((r) => r.map((c) => c.text));

/** Run `f`, expect a SourceError, and return its message. */
export async function refusal(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).message;
  }
  throw new Error('expected a SourceError');
}

/** A zip with one entry's text rewritten (fflate: the test edits the XML, not the container format). */
export function rewriteEntry(zip: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const entries = unzipSync(zip);
  entries[name] = strToU8(edit(strFromU8(entries[name]!)));
  return zipSync(entries);
}

/**
 * What Office writes for a password-protected .xlsx/.docx ([MS-OFFCRYPTO] 2.3.4): an OLE compound
 * file with EncryptionInfo and EncryptedPackage streams. The stream contents here are not a real
 * cipher (no tool in this project writes one); the readers recognise the container, as Office does.
 */
export function encryptedContainer(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(64).fill(0)]));
  CFB.utils.cfb_add(
    cfb,
    '/EncryptedPackage',
    new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
  );
  return new Uint8Array(CFB.write(cfb, { type: 'array', fileType: 'cfb' }) as ArrayBuffer);
}

/** A Word 97-2003 .doc's container: a compound file with a WordDocument stream. */
export function legacyDocContainer(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(1024));
  return new Uint8Array(CFB.write(cfb, { type: 'array', fileType: 'cfb' }) as ArrayBuffer);
}

/** A small zip that declares `mb` megabytes unpacked in the entry `name` (zeros compress ~1000:1). */
export const zipBomb = (name: string, mb: number, extra: Record<string, Uint8Array> = {}): Uint8Array =>
  zipSync({ ...extra, [name]: new Uint8Array(mb * 1024 * 1024) }, { level: 9 });
