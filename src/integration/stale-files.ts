import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A rebuild overwrites dist/ in place instead of letting Astro empty it first (Vite's `emptyOutDir`
 * is turned off by the integration), then deletes what this build did not write. Same result as an
 * emptied folder, but a page that exists again keeps its inode: deleting ~8,000 files and creating
 * them again cost the 2,000-task build ~3 s of system time on this machine's disk (ext4 without a
 * journal checks every recently freed inode before reusing one; BENCHMARKS.md, 2026-12-01, session 4),
 * and costs any file system more than a rewrite.
 *
 * What this build wrote is told by modification time: `markBuildStart` writes a marker file and
 * keeps its mtime, taken from the same file-system clock as every file written after it; any file
 * older than that at the end was not written by this build. `.git` is left alone, as Astro does.
 */
const MARKER = '.gzbg-build-start';

/**
 * Marks the start of a build in `outDir` (created if missing); returns the mark, in ms. A file system
 * that keeps whole seconds (FAT on a USB stick, some network shares) would give a file the earlier
 * build wrote in the same second as the mark the mark's own time, and the file would pass for this
 * build's: on a whole-second mark, the marker is written again until its time moves on (at most
 * ~2 s, and only there: a nanosecond clock lands on a whole second once in a million marks).
 * `stamp` reads the marker's mtime (a parameter so a test can play such a file system).
 */
export function markBuildStart(outDir: string, stamp: (file: string) => number = (f) => statSync(f).mtimeMs): number {
  mkdirSync(outDir, { recursive: true });
  const marker = join(outDir, MARKER);
  writeFileSync(marker, '');
  const first = stamp(marker);
  let mark = first;
  for (let tries = 0; mark % 1000 === 0 && mark === first && tries < 60; tries++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    writeFileSync(marker, '');
    mark = stamp(marker);
  }
  rmSync(marker);
  return mark;
}

/**
 * Deletes every file under `outDir` modified before `mark` (left from an earlier build), and the
 * folders left empty; `.git`, the top-level entries named in `keep` and the files (relative paths)
 * in `keepFiles` — about to be written over, in place — are left alone. Returns the number of
 * files deleted. Run first at build end, so that no later step reads, judges or rewrites a page
 * that is no longer part of the site.
 */
export async function removeStaleFiles(
  outDir: string,
  mark: number,
  keep: readonly string[] = [],
  keepFiles: ReadonlySet<string> = new Set(),
): Promise<number> {
  const kept = new Set(['.git', ...keep]);
  let removed = 0;
  async function walk(dir: string, prefix: string): Promise<boolean> {
    let empty = true;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (dir === outDir && kept.has(entry.name)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (await walk(path, rel)) await rmdir(path);
        else empty = false;
      } else if (!keepFiles.has(rel) && (await stat(path)).mtimeMs < mark) {
        await rm(path);
        removed++;
      } else empty = false;
    }
    return empty;
  }
  await walk(outDir, '');
  return removed;
}
