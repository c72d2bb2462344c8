import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markBuildStart, removeStaleFiles } from '../../../src/integration/stale-files.ts';

function write(dir: string, path: string, text = 'x'): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Files an earlier build wrote: their modification time is set well before any mark taken now. */
function earlier(dir: string, paths: string[]): void {
  for (const p of paths) {
    write(dir, p);
    utimesSync(join(dir, p), 1_000_000, 1_000_000);
  }
}

describe('markBuildStart / removeStaleFiles: dist/ rewritten in place', () => {
  test('deletes exactly the files this build did not write, and the folders left empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-stale-'));
    earlier(dir, ['index.html', '2023/index.html', '2023/tasks/1.html', '2024/tasks/9.html', 'old/deep/a.css']);
    const mark = markBuildStart(dir);
    // This build: index.html and 2024/tasks/1.html rewritten (index.html in place), a new page added.
    const inode = statSync(join(dir, 'index.html')).ino;
    write(dir, 'index.html', 'new');
    write(dir, '2024/tasks/1.html');
    write(dir, '2024/index.html');
    expect(await removeStaleFiles(dir, mark)).toBe(4);
    expect(statSync(join(dir, 'index.html')).ino).toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['2024', 'index.html']);
    expect(readdirSync(join(dir, '2024/tasks'))).toEqual(['1.html']);
    expect(existsSync(join(dir, '.gzbg-build-start'))).toBe(false);
  });

  test('leaves .git and the named top-level folders alone, whatever their age', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-stale-'));
    earlier(dir, ['.git/HEAD', 'pagefind/2024/pagefind.js', 'stale.html']);
    const mark = markBuildStart(dir);
    expect(await removeStaleFiles(dir, mark, ['pagefind'])).toBe(1);
    expect(existsSync(join(dir, '.git/HEAD'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/2024/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'stale.html'))).toBe(false);
  });

  test('leaves the files named in keepFiles (side files about to be written over in place)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-stale-'));
    earlier(dir, ['2024/tasks/1.bib', '2024/tasks/1.json', '2024/tasks/2.bib']);
    const mark = markBuildStart(dir);
    expect(await removeStaleFiles(dir, mark, [], new Set(['2024/tasks/1.bib', '2024/tasks/1.json']))).toBe(1);
    expect(readdirSync(join(dir, '2024/tasks')).sort()).toEqual(['1.bib', '1.json']);
  });

  test('on a file system of whole seconds, the mark waits for the next second (a file of the same second is not this build’s)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-stale-'));
    // A file system that keeps whole seconds: the clock's time, cut down to the second.
    const seconds = (file: string) => Math.floor(statSync(file).mtimeMs / 1000) * 1000;
    const before = seconds(join(dir, '.'));
    const mark = markBuildStart(dir, seconds);
    expect(mark % 1000).toBe(0);
    expect(mark).toBeGreaterThan(before);
    // A nanosecond file system marks at once, whatever the time.
    const t0 = Date.now();
    markBuildStart(dir);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('a first build into a missing folder creates it and removes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gzbg-stale-')), 'dist');
    const mark = markBuildStart(dir);
    write(dir, 'index.html');
    expect(await removeStaleFiles(dir, mark)).toBe(0);
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
});
