import { describe, expect, test } from 'vitest';
import { parseHtml, serializeHtml } from '../../../src/integration/html.ts';
import { rewriteHtml } from '../../../src/integration/relative-urls.ts';

describe('parseHtml / serializeHtml', () => {
  test('a built page comes back as the same markup: doctype, void elements, SVG case, entities', () => {
    const page =
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>甲 &amp; 乙</title></head>' +
      '<body><p>a &lt;b&gt; c<br></p><svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient></svg></body></html>';
    expect(serializeHtml(parseHtml(page))).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>甲 &amp; 乙</title></head>' +
        '<body><p>a &lt;b> c<br></p><svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient></svg></body></html>',
    );
  });
  test('<noscript> content stays markup (the search page without JavaScript), and its links are rewritten', () => {
    const page =
      '<!DOCTYPE html><html><head></head><body><noscript><p><a href="/2024/all.html">全部任务</a></p></noscript></body></html>';
    expect(rewriteHtml(page, 'search.html')).toBe(
      '<!DOCTYPE html><html><head></head><body><noscript><p><a href="./2024/all.html">全部任务</a></p></noscript></body></html>',
    );
  });
});
