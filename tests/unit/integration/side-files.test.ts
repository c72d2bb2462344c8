import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SIDE_FILES_DIR, readSideFiles, writeSideFiles } from '../../../src/integration/side-files.ts';
import { markBuildStart } from '../../../src/integration/stale-files.ts';

/** Marks of the builds in the folders made below, as the integration takes it at astro:build:start. */
const marks = new Map<string, number>();

/** A built folder with one page and the given side-file lists (file name → listed files). */
function outDir(lists: Record<string, Record<string, string>>, earlier: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-side-'));
  // Files of an earlier build, older than this build's mark.
  for (const [path, text] of Object.entries(earlier)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    utimesSync(join(dir, path), 1_000_000, 1_000_000);
  }
  marks.set(dir, markBuildStart(dir));
  mkdirSync(join(dir, '2024/tasks'), { recursive: true });
  writeFileSync(join(dir, '2024/tasks/1.html'), '<!doctype html><title>1</title>');
  if (Object.keys(lists).length > 0) mkdirSync(join(dir, SIDE_FILES_DIR));
  for (const [name, files] of Object.entries(lists))
    writeFileSync(join(dir, SIDE_FILES_DIR, name), JSON.stringify({ files }));
  return dir;
}

/** As the integration does: read the lists, then write the files. */
async function side(dir: string): Promise<number> {
  const files = await readSideFiles(dir);
  await writeSideFiles(dir, marks.get(dir)!, files);
  return files.size;
}

describe('readSideFiles(outDir), writeSideFiles(outDir, mark, files)', () => {
  test('writes every listed file byte for byte, creating folders, and deletes the lists', async () => {
    const bib = '@online{gzbg-2024-1,\n  title = {第1项},\n}\n';
    const dir = outDir({
      '2024.json': { '2024/tasks/1.bib': bib, '2024/tasks/1-2.json': '[\n  {}\n]\n' },
      '2023.json': { '2023/tasks/7.bib': '' },
    });
    expect(await side(dir)).toBe(3);
    expect(readFileSync(join(dir, '2024/tasks/1.bib'), 'utf8')).toBe(bib);
    expect(readFileSync(join(dir, '2024/tasks/1-2.json'), 'utf8')).toBe('[\n  {}\n]\n');
    expect(readFileSync(join(dir, '2023/tasks/7.bib'), 'utf8')).toBe('');
    expect(existsSync(join(dir, SIDE_FILES_DIR))).toBe(false);
    // The pages Astro wrote are untouched.
    expect(readFileSync(join(dir, '2024/tasks/1.html'), 'utf8')).toBe('<!doctype html><title>1</title>');
  });

  test('is a no-op on a build without side files (a shard without years, astro check)', async () => {
    expect(await side(outDir({}))).toBe(0);
  });

  test.each(['../escape.txt', '/etc/x', '2024/../../x', '2024//x', './x', '2024\\x'])(
    'refuses a path that is not plain and relative: %s',
    async (path) => {
      const dir = outDir({ '2024.json': { [path]: 'x' } });
      await expect(side(dir)).rejects.toThrow(/not a plain relative path/);
      expect(existsSync(join(dir, '..', 'escape.txt'))).toBe(false);
    },
  );

  test('overwrites in place the file an earlier build left (same inode), but refuses one written by a route of this build, and a file listed twice', async () => {
    const dir = outDir({ '2024.json': { '2024/tasks/1.bib': 'new' } }, { '2024/tasks/1.bib': 'old' });
    const inode = statSync(join(dir, '2024/tasks/1.bib')).ino;
    expect(await side(dir)).toBe(1);
    expect(readFileSync(join(dir, '2024/tasks/1.bib'), 'utf8')).toBe('new');
    expect(statSync(join(dir, '2024/tasks/1.bib')).ino).toBe(inode);
    await expect(side(outDir({ '2024.json': { '2024/tasks/1.html': 'x' } }))).rejects.toThrow(
      /already written by a route/,
    );
    await expect(
      side(outDir({ '2023.json': { '2024/tasks/1.bib': 'a' }, '2024.json': { '2024/tasks/1.bib': 'b' } })),
    ).rejects.toThrow(/listed twice/);
  });
});
