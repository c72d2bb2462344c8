import { createHash } from 'node:crypto';
import { byCodeUnit } from '../../src/integration/files.ts';
import { Errors, sourceError } from '../../src/schema/errors.ts';

/** Name of the manifest inside a bundle; GNU coreutils format, so `sha256sum -c SHA256SUMS` works too. */
export const MANIFEST = 'SHA256SUMS';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `<sha256>  <path>` per file, sorted by path, LF line ends. */
export function formatManifest(files: ReadonlyMap<string, Uint8Array>): string {
  const paths = [...files.keys()].filter((p) => p !== MANIFEST).sort(byCodeUnit);
  return paths.map((p) => `${sha256(files.get(p)!)}  ${p}\n`).join('');
}

/**
 * Path → expected sha256. Refuses malformed lines, absolute or escaping paths and duplicates, each
 * a catalogue error naming `file` (the manifest as the reader knows it) and the line.
 */
export function parseManifest(text: string, file: string = MANIFEST): Map<string, string> {
  const entries = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (!m) throw sourceError(Errors.ManifestLine, file, i + 1, { text: line.slice(0, 80) });
    const [, hash, path] = m as unknown as [string, string, string];
    if (path.startsWith('/') || path.split('/').includes('..'))
      throw sourceError(Errors.ManifestPath, file, i + 1, { path });
    if (entries.has(path)) throw sourceError(Errors.ManifestDuplicate, file, i + 1, { path });
    entries.set(path, hash);
  });
  return entries;
}

export interface Discrepancies {
  missing: string[];
  altered: { path: string; expected: string; actual: string }[];
  added: string[];
  /** Files that match the manifest. */
  ok: number;
}

/** Compares the files found (manifest itself excluded) with the manifest, file by file. */
export function compareWithManifest(
  expected: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, Uint8Array>,
): Discrepancies {
  const result: Discrepancies = { missing: [], altered: [], added: [], ok: 0 };
  for (const [path, hash] of [...expected].sort(([a], [b]) => byCodeUnit(a, b))) {
    const bytes = files.get(path);
    if (!bytes) result.missing.push(path);
    else if (sha256(bytes) !== hash) result.altered.push({ path, expected: hash, actual: sha256(bytes) });
    else result.ok++;
  }
  for (const path of [...files.keys()].sort(byCodeUnit)) {
    if (path !== MANIFEST && !expected.has(path)) result.added.push(path);
  }
  return result;
}
