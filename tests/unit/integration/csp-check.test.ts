import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCspProblems } from '../../../src/integration/csp-check.ts';
import { deploySteps } from '../../../src/integration/postbuild.ts';

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
    ['<svg><rect style="fill:red"/></svg>', 'style-attribute'],
    ['<link rel="stylesheet" href="/_astro/a.css">', 'root-absolute'],
    ['<img alt="" srcset="./a.png 1x, /_astro/b.png 2x">', 'root-absolute'],
  ])('%s → %s', (html, kind) => {
    expect(findCspProblems(html, 'x.html').map((p) => p.kind)).toEqual([kind]);
  });
  test('reads the page as a browser does: a script in SVG counts, markup inside a textarea or a script does not', () => {
    expect(findCspProblems('<svg><script>alert(1)</script></svg>', 'x.html').map((p) => p.kind)).toEqual([
      'inline-script',
    ]);
    expect(
      findCspProblems(
        '<textarea><script>alert(1)</script></textarea><script src="./a.js">  </script><script type="application/json">{"a":"<a onclick=x>"}</script>',
        'x.html',
      ),
    ).toEqual([]);
  });
  test('quotes the tag as written in the page', () => {
    expect(findCspProblems('<p>x<a HREF=/x.html class=a>x</a></p>', 'y.html')).toEqual([
      { file: 'y.html', kind: 'root-absolute', excerpt: '<a HREF=/x.html class=a>' },
    ]);
  });
  test('text that merely looks like markup is not a problem', () => {
    expect(
      findCspProblems('<p>写法 &lt;script&gt;alert(1)&lt;/script&gt; 与 onclick="x"、style="a"</p>', 'x.html'),
    ).toEqual([]);
  });
});

describe('deploySteps(outDir): the CSP guard over a built site', () => {
  test('fails the build on an inline script, naming the file, and only warns on inline styles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-csp-'));
    try {
      mkdirSync(join(dir, '2031'));
      mkdirSync(join(dir, 'sources'));
      writeFileSync(join(dir, 'index.html'), '<p style="color:red">x</p>');
      writeFileSync(join(dir, '2031/report-2031.html'), '<style>a{}</style>');
      // A raw source is published byte for byte: never judged, never rewritten.
      writeFileSync(join(dir, 'sources/page.html'), '<script>var a = 1;</script><a href="/x">x</a>');
      const warnings = await deploySteps(dir);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/index\.html 含内联样式（style-attribute）/);
      expect(readFileSync(join(dir, 'sources/page.html'), 'utf8')).toBe(
        '<script>var a = 1;</script><a href="/x">x</a>',
      );
      writeFileSync(join(dir, '2031/all.html'), '<script>document.write(1)</script>');
      await expect(deploySteps(dir)).rejects.toThrow(/2031\/all\.html:inline-script/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('reports problems in file order, whatever order the pages finish in', async () => {
    // Pages are read, scanned and written several at a time; a large page finishes after the small
    // pages behind it, yet the warnings must come in the order of the files, as one at a time.
    const dir = mkdtempSync(join(tmpdir(), 'gzbg-csp-order-'));
    try {
      const names = Array.from({ length: 24 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
      for (const [i, name] of names.entries()) {
        const filler = i % 3 === 0 ? '<p>正文</p>'.repeat(20000) : '';
        writeFileSync(join(dir, name), `${filler}<p style="color:red">${name}</p><i style="x">${name}</i>`);
      }
      const warnings = await deploySteps(dir);
      const expected = names.flatMap((n) => [
        `${n} 含内联样式（style-attribute）`,
        `${n} 含内联样式（style-attribute）`,
      ]);
      expect(warnings.map((w) => w.slice(3, w.indexOf('）') + 1))).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
