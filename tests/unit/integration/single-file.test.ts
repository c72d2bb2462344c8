import { describe, expect, test } from 'vitest';
import { inlineSingleFile, type ReadAsset } from '../../../src/integration/single-file.ts';

const assets: Record<string, string> = {
  '_astro/Base.x1.css': 'body{background:url(./bg.svg)}',
  '_astro/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'img/logo.png': 'PNG',
};
const read: ReadAsset = async (path) => (path in assets ? Buffer.from(assets[path]!) : null);

// What src/pages/[year]/[edition].astro renders (no nav, form or script), after relative URLs.
const page =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2031年报告(单文件版)</title>' +
  '<link rel="stylesheet" href="../_astro/Base.x1.css" media="all"><link rel="icon" href="../favicon.svg"></head>' +
  '<body><a class="skip-link" href="#main">跳到正文</a>' +
  '<main id="main"><h1>全部任务</h1><img src="../img/logo.png" srcset="../img/logo.png 2x" alt="标志">' +
  '<svg><a href="./tasks/1.html"><rect></rect></a><a href="./areas/jingji.html"><text>经济</text></a></svg>' +
  '<p style="background:url(../img/logo.png)">x</p>' +
  '<article id="t12-3"><a href="./tasks/12-3.html">任务 12.3</a></article><article id="t1"><a href="./tasks/1.html">任务 1</a> <a href="./areas/jingji.html">经济<img src="../img/logo.png" alt=""></a> <a href="https://example.gov.cn/src.html">原文</a></article>' +
  '</main></body></html>';

const edition = (html: string): Promise<string> => inlineSingleFile(html, '2031/report-2031.html', read);

describe('inlineSingleFile(html, page, read)', async () => {
  const out = await edition(page);

  test('inlines the stylesheet and the images it and the page use', () => {
    expect(out).toContain('<style media="all">body{background:url("data:image/svg+xml;base64,');
    expect(out).toContain(`src="data:image/png;base64,${Buffer.from('PNG').toString('base64')}"`);
    expect(out).toContain(`style="background:url(&quot;data:image/png;base64,`);
    expect(out).not.toContain('srcset');
  });
  test('keeps no reference that would load anything: no link element, no site-relative URL', () => {
    expect(out).not.toMatch(/<link\b/);
    for (const m of out.matchAll(/\s(?:href|src|action)="([^"]*)"/g))
      expect(m[1]).toMatch(/^(#|data:|https:\/\/example\.gov\.cn\/src\.html$)/);
  });
  test('points task links at the task on the same page and unwraps other site links, images inside too', () => {
    expect(out).toContain('<a href="#t1">任务 1</a>');
    expect(out).toContain('<a href="#t12-3">任务 12.3</a>');
    expect(out).toMatch(/<span>经济<img src="data:image\/png;base64,[^"]+" alt=""><\/span>/);
    expect(out).toContain('<a class="skip-link" href="#main">');
  });
  test('an SVG link to another page keeps its drawing as a group', () => {
    expect(out).toContain('<svg><a href="#t1"><rect></rect></a><g><text>经济</text></g></svg>');
  });
  test('leaves the rest of the page as Astro wrote it, byte for byte, and a second pass changes nothing', async () => {
    const written =
      '<!DOCTYPE html><html lang="zh-CN"><head><title>单文件版</title></head>\n<body>\n  <p class=x data-a=\'1\'>甲 &amp; 乙 &lt;丙&gt;</p>' +
      '<img alt="标志" src="../img/logo.png"\n     srcset="../img/logo.png 2x"   sizes="10px" width=10>\n</body></html>';
    const out = await edition(written);
    expect(out).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>单文件版</title></head>\n<body>\n  <p class=x data-a=\'1\'>甲 &amp; 乙 &lt;丙&gt;</p>' +
        `<img alt="标志" src="data:image/png;base64,${Buffer.from('PNG').toString('base64')}" width=10>\n</body></html>`,
    );
    expect(await edition(out)).toBe(out);
    expect(await edition(await edition(page))).toBe(await edition(page));
  });
  test('a link in a title or a style is text, not a link (the tokenizer reads them as the parser does)', async () => {
    const raw =
      '<html><head><title><a href="./areas/x.html">t</a></title><style>a[href="./x.html"]{}</style></head></html>';
    expect(await edition(raw)).toBe(raw);
  });
  test.each([
    '<nav><a href="../index.html">首页</a></nav>',
    '<form action="../search.html"></form>',
    '<script src="../x.js"></script>',
  ])('refuses a page that has %s (the layout must not have it)', async (bad) => {
    await expect(edition(page.replace('<main id="main">', `<main id="main">${bad}`))).rejects.toThrow(
      /单文件版不应有导航、表单或脚本/,
    );
  });
  test('refuses a page whose stylesheet is missing', async () => {
    await expect(edition(page.replace('Base.x1.css', 'Gone.css'))).rejects.toThrow(
      /找不到 2031\/report-2031\.html 引用的样式表/,
    );
  });
});
