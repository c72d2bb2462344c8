/**
 * Files of a folder tree for the build scripts, synchronously and without heavy imports (the shard
 * build loads this at start-up): listing in a stable order, and hashing for the fingerprints of
 * scripts/ingest.ts --stamp and scripts/shard-lib.ts.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, by path relative to it (forward slashes). */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * Feed the path and bytes of every file at or below `base/rel` (one file, or a folder's files in
 * sorted order) into `hash`, each path under `label`; a path that does not exist adds nothing. The
 * one way the build's fingerprints (ingest-stamp.ts ingestFingerprint, shard-lib.ts) read their inputs.
 */
export function hashFiles(hash: Hash, label: string, base: string, rel = ''): void {
  const full = join(base, rel);
  if (!existsSync(full)) return;
  const prefix = rel.split('\\').join('/');
  const files = statSync(full).isDirectory() ? listFiles(full).map((f) => (prefix ? `${prefix}/${f}` : f)) : [prefix];
  for (const f of files) {
    const bytes = readFileSync(join(base, f));
    hash.update(`${label}:${f}\0${bytes.length}\0`).update(bytes);
  }
}
