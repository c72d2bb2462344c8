import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cspCheck, findCspProblems } from '../../../scripts/postbuild/csp-check.ts';

describe('findCspProblems', () => {
  test('a clean page has none: external script and stylesheet, JSON data block', () => {
    const html =
      '<link rel="stylesheet" href="./_astro/a.css"><script type="module" src="./_astro/s.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(findCspProblems(html, 'search.html')).toEqual([]);
  });
  test.each([
    ['<script>alert(1)</script>', 'inline-script'],
    ['<script type="module">import("./x.js")</script>', 'inline-script'],
    ['<button onclick="go()">去</button>', 'event-handler'],
    ['<a href="javascript:void(0)">x</a>', 'javascript-url'],
    ['<style>a{color:red}</style>', 'inline-style'],
    ['<rect style="fill:red"/>', 'style-attribute'],
    ['<link rel="stylesheet" href="/_astro/a.css">', 'root-absolute'],
  ])('%s → %s', (html, kind) => {
    expect(findCspProblems(html, 'x.html').map((p) => p.kind)).toEqual([kind]);
  });
});

describe('cspCheck(outDir)', () => {
  test('fails the build on an inline script, naming the file, and only warns on inline styles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-csp-'));
    try {
      mkdirSync(join(dir, '2031'));
      writeFileSync(join(dir, 'index.html'), '<p style="color:red">x</p>');
      writeFileSync(join(dir, '2031/report-2031.html'), '<style>a{}</style>');
      await expect(cspCheck(dir)).resolves.toBeUndefined();
      writeFileSync(join(dir, '2031/all.html'), '<script>document.write(1)</script>');
      await expect(cspCheck(dir)).rejects.toThrow(/2031\/all\.html:inline-script/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
