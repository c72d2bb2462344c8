import type { Element, Root } from 'hast';
import { href } from '../lib/urls.ts';
import { applyEdits, attributeText, eachElement, scanHtml, type Edit, type StartTag } from './html.ts';

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

/** hast property names of the attributes that hold one URL… */
const URL_PROPS = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'poster',
  'data',
  'xLinkHref',
  'cite',
  'background',
  'manifest',
]);
/** …and of those that hold a comma-separated list of `url descriptor` candidates. */
const SRCSET_PROPS = new Set(['srcSet', 'imageSrcSet']);

/** Makes every root-absolute URL in the tree of the page at `page` relative to it; true if any changed. */
export function relativizeTree(tree: Root, page: string): boolean {
  let changed = false;
  eachElement(tree, (node) => {
    if (relativizeElement(node, page)) changed = true;
  });
  return changed;
}

/**
 * The same for one element of the page at `page`: its URL attributes, inline CSS, a meta refresh
 * and a <style> element's text. True if anything changed.
 */
export function relativizeElement(node: Element, page: string): boolean {
  let changed = false;
  const set = (name: string, next: string) => {
    if (next === node.properties[name]) return;
    node.properties[name] = next;
    changed = true;
  };
  // One pass over the attributes the element has (most have one or two), not over every kind.
  for (const name in node.properties) {
    const value = node.properties[name];
    if (typeof value !== 'string') continue;
    if (URL_PROPS.has(name)) set(name, toRelative(value.trim(), page) ?? value);
    else if (SRCSET_PROPS.has(name)) set(name, rewriteSrcset(value, page));
    else if (name === 'style') set(name, rewriteCss(value, page));
  }
  if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
    set('content', rewriteRefresh(String(node.properties.content ?? ''), page));
  }
  if (node.tagName === 'style') {
    for (const child of node.children) {
      if (child.type !== 'text') continue;
      const next = rewriteCss(child.value, page);
      if (next !== child.value) {
        child.value = next;
        changed = true;
      }
    }
  }
  return changed;
}

/** The attribute names (as the tokenizer gives them) of URL_PROPS and SRCSET_PROPS. */
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
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

/**
 * relativizeElement for a start tag read by scanHtml from the page's text `html`: each changed
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
