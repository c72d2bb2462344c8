import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe.ts';
import { launchBrowser, watchedContext } from './support/browser.ts';
import {
  documentProblems,
  htmlValidateProblems,
  offsiteCssProblems,
  reflowProblem,
  scriptProblems,
  tableProblems,
} from './support/checks.ts';
import { crawl, crawlProblems } from './support/crawl.ts';
import { siteFiles } from './support/html.ts';
import { serve, type StaticServer } from './support/server.ts';

/**
 * The browser-test tools must catch what they promise to catch, or a green site.test.ts means
 * nothing. A tiny hand-written site with one planted defect of each kind (a script, broken links of
 * every sort, an off-site image, a missing alt, a page wider than 320 px, an orphan page…) must be
 * reported exactly where the defect is, and the clean page must not be.
 */

const page = (title: string, body: string, depth = 0, lang = 'zh-CN'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n` +
  `<meta name="description" content="${title}的说明">\n<link rel="stylesheet" href="${'../'.repeat(depth) || './'}style.css">\n</head>\n` +
  `<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

const FILES: Record<string, string> = {
  'style.css': 'body { margin: 0; font-size: 18px; }\n',
  'evil.css': '@import url(https://fonts.example.org/a.css);\n',
  'data.csv': '编号,任务\n1,甲\n',
  'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  'index.html': page(
    '首页',
    [
      '<p id="top">正文</p>',
      '<ul>',
      '<li><a href="./a.html">甲</a></li>',
      '<li><a href="./sub/b.html">乙</a></li>',
      '<li><a href="./data.csv">数据</a></li>',
      '<li><a href="https://www.example.org/original.html">原文</a></li>',
      '<li><a href="#top">回到顶部</a></li>',
      '<li><a href="./missing.html">缺页</a></li>',
      '<li><a href="/a.html">根路径</a></li>',
      '<li><a href="./sub/">目录</a></li>',
      '<li><a href="./a.html#nowhere">无锚点</a></li>',
      '</ul>',
    ].join('\n'),
  ),
  'a.html': page(
    '甲',
    '<p>甲页</p>\n<script>console.error("boom")</script>\n<img src="https://www.example.org/x.png" alt="外链图">\n<img src="./nope.png" alt="缺图">',
  ),
  'sub/b.html': page(
    '乙',
    '<p><a href="../index.html">首页</a></p>\n<img src="../pic.svg">\n<div style="width: 1000px">很宽</div>\n<table><tr><th>表头</th></tr><tr><td>1</td></tr></table>',
    1,
    'en',
  ),
  'orphan.html': page('孤页', '<p>没有链接指向这里</p>'),
};

let dist: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'gzbg-e2e-support-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  browser = await launchBrowser();
  server = await serve(dist);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const pages = (): string[] => siteFiles(dist, '.html');

describe('static checks catch planted defects', () => {
  it('a <script>, and only where it is', () => {
    const failures = scriptProblems(dist, pages(), new Set());
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^a\.html:\d+:\d+: <script>$/);
    expect(scriptProblems(dist, pages(), new Set(['a.html']))).toEqual([]);
  });

  it('a wrong lang', () => {
    expect(documentProblems(dist, pages())).toEqual(['sub/b.html: <html lang="en">']);
  });

  it('a table without caption and a <th> without scope', () => {
    const failures = tableProblems(dist, pages());
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^sub\/b\.html:.*without <caption>/);
    expect(failures[1]).toMatch(/^sub\/b\.html:.*<th> without scope/);
  });

  it('invalid HTML on the bad page only', async () => {
    const failures = await htmlValidateProblems(dist, pages());
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((f) => !f.startsWith('sub/b.html'))).toEqual([]);
    expect(failures.some((f) => f.includes('[no-inline-style]'))).toBe(true);
  });

  it('a stylesheet importing from another host', () => {
    expect(offsiteCssProblems(dist)).toEqual(['evil.css: https://fonts.example.org/a.css']);
  });
});

describe('the server', () => {
  it('serves under a prefix only, with content types and extra headers, and records requests', async () => {
    const prefixed = await serve(dist, { prefix: '/zwgk/gzbg/', headers: { 'x-test': 'yes' } });
    try {
      const ok = await fetch(`${prefixed.url}data.csv`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(ok.headers.get('x-test')).toBe('yes');
      expect((await fetch(`${prefixed.origin}/data.csv`)).status).toBe(404);
      expect((await fetch(`${prefixed.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${prefixed.url}sub`)).status).toBe(404);
      expect(prefixed.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
        '/zwgk/gzbg/data.csv 200',
        '/data.csv 404',
        '/zwgk/gzbg/..%2F..%2Fetc%2Fpasswd 404',
        '/zwgk/gzbg/sub 404',
      ]);
    } finally {
      await prefixed.close();
    }
  });
});

describe('the crawler catches every planted defect, three ways', () => {
  const ways: [string, () => Promise<{ base: string; close: () => Promise<void> }>][] = [
    ['at /', async () => ({ base: server.url, close: async () => {} })],
    [
      'under a prefix',
      async () => {
        const s = await serve(dist, { prefix: '/zwgk/gzbg/' });
        return { base: s.url, close: s.close };
      },
    ],
    ['from disk', async () => ({ base: `${pathToFileURL(dist).href}/`, close: async () => {} })],
  ];
  for (const [how, open] of ways) {
    it(how, async () => {
      const { base, close } = await open();
      const result = await crawl(browser, base).finally(close);
      expect(result.pages).toEqual(['a.html', 'index.html', 'sub/b.html']);
      const failures = crawlProblems(result, ['index.html', 'a.html', 'sub/b.html', 'orphan.html']);
      const expected = [
        /^index\.html: href="\.\/missing\.html" — /,
        /^index\.html: href="\/a\.html" — root-absolute/,
        /^index\.html: href="\.\/sub\/" — names a folder/,
        /^index\.html: href="\.\/a\.html#nowhere" — no id="nowhere" on a\.html/,
        /^a\.html: img src="https:\/\/www\.example\.org\/x\.png" — loads from another host/,
        /^a\.html: img src="\.\/nope\.png" — /,
        /^console error: .*a\.html: boom/,
        /^off-site request: https:\/\/www\.example\.org\/x\.png/,
        /^orphan\.html: not reachable/,
      ];
      for (const pattern of expected)
        expect(
          failures.some((f) => pattern.test(f)),
          `${pattern} in\n${failures.join('\n')}`,
        ).toBe(true);
      // Nothing is blamed on the clean parts: the good links, the CSV, the external link, #top.
      expect(failures.filter((f) => /data\.csv|original\.html|#top|sub\/b\.html:/.test(f))).toEqual([]);
      expect(result.externalLinks).toEqual(['https://www.example.org/original.html']);
    });
  }
});

describe('in-page checks', () => {
  it('axe finds the image without alt, and nothing on the clean page', async () => {
    const { context } = await watchedContext(browser, server.url);
    const tab = await context.newPage();
    await tab.goto(`${server.url}sub/b.html`);
    expect((await runAxe(tab)).map((v) => v.id)).toContain('image-alt');
    await tab.goto(`${server.url}orphan.html`);
    expect(await runAxe(tab)).toEqual([]);
    await context.close();
  });

  it('reflow flags the page wider than 320 px, not the others', async () => {
    const { context } = await watchedContext(browser, server.url, { viewport: { width: 320, height: 640 } });
    const tab = await context.newPage();
    await tab.goto(`${server.url}sub/b.html`);
    expect(await reflowProblem(tab)).toMatch(/^10\d\dpx wide; <div>/);
    await tab.goto(`${server.url}orphan.html`);
    expect(await reflowProblem(tab)).toBeNull();
    await context.close();
  });
});
