import { CFB } from '@e965/xlsx';
import { unzipSync, zipSync } from 'fflate';
import { Errors, sourceError, type OfficeKind } from '../../schema/errors.ts';
import type { SourceError } from '../../schema/source.ts';

/**
 * Checks on an Office file's container before a library unpacks it: .xlsx and .docx are zip
 * archives; legacy .xls, and any Office file saved with a password, are OLE compound files (CFB).
 * Nothing here reads a format itself: fflate lists the zip's central directory, SheetJS's CFB module
 * lists a compound file's streams.
 */

/**
 * The most a workbook or document may unpack to, summed over the sizes its zip directory declares:
 * 50 MB. A government's progress table unpacks to well under 1 MB; a file declaring more is damaged
 * or built to exhaust memory (a "zip bomb": a few kilobytes that inflate to gigabytes).
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** The most entries a zip may list (a real .xlsx/.docx has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;

export type { OfficeKind };

export const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isCfb = (b: Uint8Array): boolean => b.length >= 8 && CFB_MAGIC.every((x, i) => b[i] === x);

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A refusal of a file that no reader can open. */
export function corrupt(file: string, kind: OfficeKind, detail?: string): SourceError {
  return sourceError(Errors.Corrupt, file, undefined, { kind, ...(detail ? { detail } : {}) });
}

/** A refusal of a file saved with a password (its content is encrypted). */
export function encrypted(file: string, kind: OfficeKind): SourceError {
  return sourceError(Errors.Encrypted, file, undefined, { kind });
}

/**
 * The names of a zip's entries, after checking what its central directory declares: readable, at
 * most MAX_ZIP_ENTRIES entries and MAX_UNPACKED_BYTES unpacked in all. Nothing is inflated here
 * (the filter declines every entry), so a zip bomb costs only the reading of its directory.
 */
export function checkZip(bytes: Uint8Array, file: string, kind: OfficeKind): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name);
        total += entry.originalSize;
        if (names.length > MAX_ZIP_ENTRIES) throw new RangeError('entries');
        return false;
      },
    });
  } catch (error) {
    if (error instanceof RangeError && error.message === 'entries')
      throw sourceError(Errors.ZipTooManyEntries, file, undefined, { kind, max: MAX_ZIP_ENTRIES });
    throw corrupt(file, kind, '压缩结构无法读取');
  }
  if (total > MAX_UNPACKED_BYTES)
    throw sourceError(Errors.ZipTooLarge, file, undefined, { kind, total: mb(total), max: mb(MAX_UNPACKED_BYTES) });
  return names;
}

/** The full paths of a compound file's streams (e.g. "/EncryptedPackage", "/Workbook"), or undefined when unreadable. */
export function cfbStreams(bytes: Uint8Array): string[] | undefined {
  try {
    const cfb = CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
    return cfb.FullPaths;
  } catch {
    return undefined;
  }
}

/**
 * Office saves a password-protected .xlsx/.docx (ECMA-376 encryption, [MS-OFFCRYPTO] 2.3.4) as a
 * compound file holding the streams "EncryptionInfo" and "EncryptedPackage" instead of a zip.
 */
export const isEncryptedPackage = (streams: string[]): boolean =>
  streams.some((p) => /(^|\/)EncryptedPackage$/i.test(p));

/**
 * The zip, checked (checkZip) and then unpacked by fflate into a fresh archive of stored entries that
 * the format library reads instead of the original. fflate inflates each entry into a buffer of the
 * size the directory declared, so an entry that lies about its size cannot grow past the limit; and
 * damage that would send a library's own zip reader into a loop (SheetJS hangs on some corrupt local
 * headers — found by the property tests) is caught here as a corrupt file.
 */
export function unpackZip(bytes: Uint8Array, file: string, kind: OfficeKind): { names: string[]; zip: Uint8Array } {
  const names = checkZip(bytes, file, kind);
  try {
    return { names, zip: zipSync(unzipSync(bytes), { level: 0, mtime: FIXED_MTIME }) };
  } catch {
    throw corrupt(file, kind, '压缩内容无法解开');
  }
}
/** Any fixed time: the repacked zip is read, never kept. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));
