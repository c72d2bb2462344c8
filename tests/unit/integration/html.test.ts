import { describe, expect, test } from 'vitest';
import { applyEdits, attributeText, scanHtml, type StartTag } from '../../../src/integration/html.ts';

/** Everything scanHtml reports, in order, as short strings. */
function scan(html: string): string[] {
  const seen: string[] = [];
  const show = (tag: StartTag) => `${tag.name}${tag.selfClosing ? '/' : ''}@${tag.start}-${tag.end}`;
  scanHtml(html, {
    startTag: (tag) => seen.push(`<${show(tag)} ${tag.attrs.map((a) => `${a.name}=${a.value}`).join(' ')}`.trim()),
    endTag: (name, start, end) => seen.push(`</${name}@${start}-${end}`),
    elementText: (tag, text, start, end) => seen.push(`text of ${tag.name}@${start}-${end}: ${text}`),
  });
  return seen;
}

describe('scanHtml(html, handler)', () => {
  test('start and end tags with their offsets, attributes decoded as a browser reads them', () => {
    const html = '<p class=x TITLE="甲 &amp; 乙">a</p>';
    expect(scan(html)).toEqual(['<p@0-29 class=x title=甲 & 乙', '</p@30-34']);
    expect(html.slice(0, 29)).toBe('<p class=x TITLE="甲 &amp; 乙">');
  });
  test('a self-closing tag in SVG says so; tags inside a title, style or script are text', () => {
    expect(scan('<svg><rect/></svg>')).toEqual(['<svg@0-5', '<rect/@5-12', '</svg@12-18']);
    const html = '<title><a href="x">t</a></title><style>a[href="y"]{}</style>';
    expect(scan(html)).toEqual([
      '<title@0-7',
      '</title@24-32',
      '<style@32-39',
      'text of style@39-52: a[href="y"]{}',
      '</style@52-60',
    ]);
  });
  test('an attribute’s location covers name, equals sign and quotes', () => {
    const html = '<img alt="a"  src=\'b.png\'>';
    let tag: StartTag | undefined;
    scanHtml(html, { startTag: (t) => (tag = t) });
    const at = tag!.location('src');
    expect(html.slice(at.start, at.end)).toBe("src='b.png'");
  });
});

describe('applyEdits(html, edits)', () => {
  test('applies non-overlapping edits in any order and keeps everything else byte for byte', () => {
    const html = '<a  href=x>甲</a>';
    expect(
      applyEdits(html, [
        { start: 12, end: 16, text: '</span>' },
        { start: 0, end: 11, text: '<span>' },
      ]),
    ).toBe('<span>甲</span>');
    expect(applyEdits(html, [])).toBe(html);
  });
  test('attributeText escapes & and " for a double-quoted value', () => {
    expect(attributeText('style', 'a:url("x&y")')).toBe('style="a:url(&quot;x&amp;y&quot;)"');
  });
});
