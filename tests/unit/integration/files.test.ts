import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eachConcurrently, listFiles } from '../../../src/integration/files.ts';

describe('listFiles(root, skipFolder)', () => {
  const root = mkdtempSync(join(tmpdir(), 'gzbg-files-'));
  for (const f of ['b.html', 'a/Z.css', 'a/b/c.js', 'pagefind/2024/x.pf_meta', '_astro/é.css']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '');
  }

  test('every file, as relative POSIX paths in code-unit order', async () => {
    expect(await listFiles(root)).toEqual(['_astro/é.css', 'a/Z.css', 'a/b/c.js', 'b.html', 'pagefind/2024/x.pf_meta']);
  });

  test('does not enter a skipped folder (the search step writes pagefind/ while the deploy pass lists)', async () => {
    expect(await listFiles(root, (folder) => folder === 'pagefind')).toEqual([
      '_astro/é.css',
      'a/Z.css',
      'a/b/c.js',
      'b.html',
    ]);
    expect(await listFiles(root, (folder) => folder === 'a/b')).not.toContain('a/b/c.js');
  });
});

describe('eachConcurrently(items, limit, fn)', () => {
  test('runs every item, never more than `limit` at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  test('rejects with the first failure', async () => {
    await expect(
      eachConcurrently([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('two');
      }),
    ).rejects.toThrow('two');
  });
});
