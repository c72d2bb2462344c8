import { href } from '../lib/urls.ts';
import { applyEdits, attributeText, scanHtml, type Edit, type StartTag } from './html.ts';

/**
 * Astro writes its assets as root-absolute URLs (`/_astro/x.css`), which break under a sub-path
 * and from file://. Every root-absolute URL in a built page (attributes, inline CSS, a meta
 * refresh) and in a stylesheet is made relative to the file that holds it, so one dist/ works at
 * /, under /any/prefix/ and from disk. Hashed file names are untouched, so long-lived caching of
 * /_astro/ keeps working.
 */

/**
 * `url` made relative to the file at `from` (root-relative path) when it is root-absolute
 * (`/x`, not `//host/x`); null otherwise. A path ending in `/` names its index.html, because
 * file:// does not resolve folders.
 */
export function toRelative(url: string, from: string): string | null {
  if (!/^\/(?![/\\])/.test(url)) return null;
  const cut = url.search(/[?#]/);
  let path = (cut < 0 ? url : url.slice(0, cut)).slice(1);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return href(from, path) + rest;
}

/** The attributes (as the tokenizer names them) that hold one URL… */
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'cite',
  'background',
  'manifest',
]);
/** …and those that hold a comma-separated list of `url descriptor` candidates. */
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

/**
 * Makes every root-absolute URL of a start tag read by scanHtml from the page's text `html` relative
 * to the page (its URL attributes, inline CSS, a meta refresh): each changed
 * attribute becomes an edit of that attribute alone (the rest of the page stays as Astro wrote it),
 * and its value in `tag` is updated, so a check after this one sees the page as it will be written.
 */
export function relativizeTag(tag: StartTag, page: string, html: string, edits: Edit[]): void {
  const refresh =
    tag.name === 'meta' && tag.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh');
  for (const attr of tag.attrs) {
    let next: string | null = null;
    if (URL_ATTRS.has(attr.name)) next = toRelative(attr.value.trim(), page);
    else if (SRCSET_ATTRS.has(attr.name)) next = rewriteSrcset(attr.value, page);
    else if (attr.name === 'style') next = rewriteCss(attr.value, page);
    else if (refresh && attr.name === 'content') next = rewriteRefresh(attr.value, page);
    if (next === null || next === attr.value) continue;
    const at = tag.location(attr.name);
    edits.push({ ...at, text: attributeText(html.slice(at.start, at.start + attr.name.length), next) });
    attr.value = next;
  }
}

/** The target of a meta refresh's `0;url=…` made relative. */
function rewriteRefresh(content: string, page: string): string {
  return content.replace(/(url\s*=\s*)(\S+)/i, (_m, pre: string, u: string) => pre + (toRelative(u, page) ?? u));
}

/** Each `url descriptor` candidate of a srcset made relative; commas and spaces kept as they were. */
function rewriteSrcset(value: string, page: string): string {
  return value
    .split(',')
    .map((c) => c.replace(/^(\s*)(\S+)/, (_m, sp: string, u: string) => sp + (toRelative(u, page) ?? u)))
    .join(',');
}

/**
 * The page's HTML with its root-absolute URLs made relative: the changed attribute values and
 * <style> texts are replaced where the tokenizer found them, everything else is kept byte for byte.
 */
export function rewriteHtml(html: string, page: string): string {
  const edits: Edit[] = [];
  scanHtml(html, {
    startTag: (tag) => relativizeTag(tag, page, html, edits),
    elementText: (tag, text, start, end) => relativizeStyleText(tag, page, html, start, end, edits),
  });
  return applyEdits(html, edits);
}

/** A <style> element's CSS (its source text between `start` and `end`) with url() and @import made relative. */
export function relativizeStyleText(
  tag: StartTag,
  page: string,
  html: string,
  start: number,
  end: number,
  edits: Edit[],
): void {
  if (tag.name !== 'style') return;
  // A <style> in HTML is raw text (no character references), so its source is its CSS.
  const css = html.slice(start, end);
  const next = rewriteCss(css, page);
  if (next !== css) edits.push({ start, end, text: next });
}

/**
 * Rewrites `url(/…)` and `@import "/…"` in CSS held by the file at `file`. CSS is not HTML: these
 * two forms are the whole of its URL syntax, so matching them is exact.
 */
export function rewriteCss(css: string, file: string): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (whole, q: string, u: string) => {
      const rel = toRelative(u.trim(), file);
      return rel === null ? whole : `url(${q}${rel}${q})`;
    })
    .replace(/@import\s+(['"])([^'"]*)\1/g, (whole, q: string, u: string) => {
      const rel = toRelative(u, file);
      return rel === null ? whole : `@import ${q}${rel}${q}`;
    });
}
