import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodeUnit } from '../lib/order.ts';

export { byCodeUnit };

/**
 * Every file under `root`, as POSIX paths relative to it, sorted by code unit so the order never
 * depends on the file system or the locale (reproducible manifests and zips need one order).
 * Folders for which `skipFolder` (given the folder's relative path) is true are not entered.
 */
export async function listFiles(root: string, skipFolder?: (path: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skipFolder?.(rel)) await walk(join(dir, entry.name), rel);
      } else if (entry.isFile()) out.push(rel);
    }
  }
  await walk(root, '');
  return out.sort(byCodeUnit);
}

/**
 * dist/sources/…: raw sources published byte for byte (a saved government page carries its own
 * scripts and links). They are data, not site pages: no post-build step may rewrite or judge them.
 */
export function isRawSource(file: string): boolean {
  return file.startsWith('sources/');
}

/** Runs `fn` on every item, at most `limit` at a time; rejects with the first failure. */
export async function eachConcurrently<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
