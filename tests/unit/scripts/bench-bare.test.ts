import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sizeOf, writeBareSite } from '../../../scripts/bench/bare.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzbg-bare-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function touch(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, 'x');
}

describe('sizeOf(outDir, publicDir): what the bare site mirrors', () => {
  test('counts HTML pages and endpoint files, not public/ copies or the Pagefind bundle', async () => {
    const out = join(dir, 'dist');
    const pub = join(dir, 'public');
    for (const f of ['index.html', '2024/index.html', '2024/tasks/1.html', '2024/tasks/2.html']) touch(join(out, f));
    for (const f of ['2024/tasks/1.json', '2024/tasks/1.bib', 'data/2024.csv', 'search/offline-index.js']) {
      touch(join(out, f));
    }
    // Copied by Astro from public/, and written after Astro by the search step: not Astro routes.
    for (const f of ['favicon.ico', 'search/search-core.js']) {
      touch(join(pub, f));
      touch(join(out, f));
    }
    touch(join(out, 'pagefind/pagefind.js'));
    touch(join(out, 'pagefind/fragment/zh-cn_1.pf_fragment'));
    expect(await sizeOf(out, pub)).toEqual({ pages: 4, files: 4 });
  });
});

describe('writeBareSite(root, size)', () => {
  test('one page route and one endpoint route, each with as many paths as asked', () => {
    writeBareSite(dir, { pages: 11059, files: 20670 });
    expect(readFileSync(join(dir, 'src/pages/[n].astro'), 'utf8')).toContain('{ length: 11059 }');
    expect(readFileSync(join(dir, 'src/pages/files/[n].json.ts'), 'utf8')).toContain('{ length: 20670 }');
  });
});
