import { describe, expect, test } from 'vitest';
import { rewriteCss, rewriteHtml, toRelative } from '../../../src/integration/relative-urls.ts';

describe('toRelative(url, from)', () => {
  test.each([
    ['/_astro/Base.x1.css', 'index.html', './_astro/Base.x1.css'],
    ['/_astro/Base.x1.css', '2024/tasks/7.html', '../../_astro/Base.x1.css'],
    ['/', '2024/index.html', '../index.html'],
    ['/2024/', 'index.html', './2024/index.html'],
    ['/search.html?q=氢能#r', '2024/all.html', '../search.html?q=氢能#r'],
    ['/_astro/font.woff2', '_astro/Base.x1.css', './font.woff2'],
  ])('%s from %s → %s', (url, from, expected) => {
    expect(toRelative(url, from)).toBe(expected);
  });
  test.each(['//cdn.example.com/x.js', 'https://www.zh.gov.cn/', './a.html', '#main', 'data:,', 'mailto:a@b.cn'])(
    'leaves %s alone',
    (url) => {
      expect(toRelative(url, '2024/index.html')).toBeNull();
    },
  );
});

describe('rewriteHtml(html, page)', () => {
  test('rewrites asset and link attributes where the tokenizer found them, text that looks like an attribute untouched', () => {
    const html =
      '<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/Base.x1.css"><link rel=icon href=/favicon.svg></head>' +
      '<body><a href=\'/2024/tasks/7.html#t\'>7</a><img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/a@2x.png 2x" alt="">' +
      '<form action="/search.html" method="get"></form><script type="module" src="/_astro/search.js"></script>' +
      '<svg><use href="/_astro/icons.svg#i"></use></svg><p>正文写着 href="/x" 也不动</p></body></html>';
    // Only the changed attributes are rewritten (as name="value"); every other byte is as it was.
    expect(rewriteHtml(html, '2024/index.html')).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="../_astro/Base.x1.css"><link rel=icon href="../favicon.svg"></head>' +
        '<body><a href="./tasks/7.html#t">7</a><img src="../_astro/a.png" srcset="../_astro/a.png 1x, ../_astro/a@2x.png 2x" alt="">' +
        '<form action="../search.html" method="get"></form><script type="module" src="../_astro/search.js"></script>' +
        '<svg><use href="../_astro/icons.svg#i"></use></svg><p>正文写着 href="/x" 也不动</p></body></html>',
    );
  });
  test('rewrites url() in <style> and style attributes, but never touches script bodies', () => {
    const html =
      '<style>.a{background:url(/_astro/bg.png)}</style><div style="background:url(\'/_astro/b.png\')"></div><script type="application/json">{"u":"/x"}</script>';
    expect(rewriteHtml(html, 'a/b.html')).toBe(
      '<style>.a{background:url(../_astro/bg.png)}</style><div style="background:url(\'../_astro/b.png\')"></div><script type="application/json">{"u":"/x"}</script>',
    );
  });
  test('rewrites the target of a meta refresh (Astro redirects)', () => {
    expect(rewriteHtml('<meta http-equiv="refresh" content="0;url=/2024/index.html">', 'old/x.html')).toBe(
      '<meta http-equiv="refresh" content="0;url=../2024/index.html">',
    );
  });
  test('leaves a page with nothing root-absolute byte for byte as Astro wrote it', () => {
    const html =
      "<!DOCTYPE html><html><head><link rel=stylesheet href='./_astro/a.css'></head><body><a href=//cdn.example.cn/x>x</a></body></html>";
    expect(rewriteHtml(html, 'x/y.html')).toBe(html);
  });
  test('reads markup as a browser does: tags inside a script, a title or a textarea are text', () => {
    const html =
      '<title>&lt;a href="/t"&gt;</title><script>var s = \'<a href="/x">\';</script><textarea><img src="/y"></textarea>' +
      '<noscript><a href="/z">z</a></noscript><svg><style>.i{fill:url(/_astro/g.svg#g)}</style><title><a href="/w"></a></title></svg>';
    expect(rewriteHtml(html, 'a/b.html')).toBe(
      '<title>&lt;a href="/t"&gt;</title><script>var s = \'<a href="/x">\';</script><textarea><img src="/y"></textarea>' +
        '<noscript><a href="../z">z</a></noscript><svg><style>.i{fill:url(../_astro/g.svg#g)}</style><title><a href="../w"></a></title></svg>',
    );
  });
  test('writes a changed value escaped, whatever quoting and case it had; decodes character references first', () => {
    expect(rewriteHtml('<A HREF=\'/q?a=1&amp;b="2"\' Class=x>q</A><img src=&#47;i.png>', 'x/y.html')).toBe(
      '<A HREF="../q?a=1&amp;b=&quot;2&quot;" Class=x>q</A><img src="../i.png">',
    );
  });
  test('is idempotent', () => {
    const once = rewriteHtml('<link rel="stylesheet" href="/_astro/a.css">', 'x/y.html');
    expect(rewriteHtml(once, 'x/y.html')).toBe(once);
  });
});

describe('rewriteCss(css, file)', () => {
  test('makes url() and @import relative to the stylesheet', () => {
    expect(rewriteCss('@import "/_astro/b.css";a{background:url("/img/x.svg")}b{mask:url(#m)}', '_astro/a.css')).toBe(
      '@import "./b.css";a{background:url("../img/x.svg")}b{mask:url(#m)}',
    );
  });
});

describe('rewriteHtml on <noscript>', () => {
  test('<noscript> content stays markup (the search page without JavaScript), and its links are rewritten', () => {
    const page =
      '<!DOCTYPE html><html><head></head><body><noscript><p><a href="/2024/all.html">全部任务</a></p></noscript></body></html>';
    expect(rewriteHtml(page, 'search.html')).toBe(
      '<!DOCTYPE html><html><head></head><body><noscript><p><a href="./2024/all.html">全部任务</a></p></noscript></body></html>',
    );
  });
});
