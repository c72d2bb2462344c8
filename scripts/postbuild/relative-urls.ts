import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { href } from '../../src/lib/urls.ts';
import { isRawSource, listFiles } from './files.ts';

/**
 * Astro writes its assets as root-absolute URLs (`/_astro/x.css`), which break under a sub-path
 * and from file://. This step rewrites every root-absolute URL in built HTML and CSS into one
 * relative to the file that holds it, so one dist/ works at /, under /any/prefix/ and from disk.
 * Hashed file names are untouched, so long-lived caching of /_astro/ keeps working.
 */
export async function relativeUrls(outDir: string): Promise<void> {
  for (const file of await listFiles(outDir)) {
    const rewrite = isRawSource(file)
      ? null
      : file.endsWith('.html')
        ? rewriteHtml
        : file.endsWith('.css')
          ? rewriteCss
          : null;
    if (!rewrite) continue;
    const path = join(outDir, file);
    const before = await readFile(path, 'utf8');
    const after = rewrite(before, file);
    if (after !== before) await writeFile(path, after);
  }
}

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

// A comment, a raw-text element (its body is CSS or script, not markup), or a start tag whose
// quoted attribute values may contain `>`.
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:"[^"]*"|'[^']*'|[^>"'])*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>/g;
const ATTR = /(\s)([^\s"'>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Rewrites root-absolute URLs in the attributes and inline CSS of the page at `page`. */
export function rewriteHtml(html: string, page: string): string {
  return html.replace(TOKEN, (token, raw?: string, rawAttrs?: string, body?: string, tag?: string, attrs?: string) => {
    if (raw !== undefined) {
      const open = `<${raw}${rewriteAttrs(rawAttrs ?? '', raw, page)}>`;
      const inner = raw.toLowerCase() === 'style' ? rewriteCss(body ?? '', page) : body;
      return `${open}${inner}</${raw}>`;
    }
    if (tag !== undefined) return `<${tag}${rewriteAttrs(attrs ?? '', tag, page)}>`;
    return token;
  });
}

function rewriteAttrs(attrs: string, tag: string, page: string): string {
  const isRefresh = tag.toLowerCase() === 'meta' && /http-equiv\s*=\s*["']?refresh/i.test(attrs);
  return attrs.replace(ATTR, (whole, sp: string, name: string, eq: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare ?? '';
    const key = name.toLowerCase();
    let next = value;
    if (URL_ATTRS.has(key)) next = toRelative(value.trim(), page) ?? value;
    else if (SRCSET_ATTRS.has(key)) next = rewriteSrcset(value, page);
    else if (key === 'style') next = rewriteCss(value, page);
    else if (key === 'content' && isRefresh)
      next = value.replace(/(url\s*=\s*)(\S+)/i, (m, pre: string, u: string) => pre + (toRelative(u, page) ?? u));
    if (next === value) return whole;
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
    return `${sp}${name}${eq}${quote}${next}${quote}`;
  });
}

function rewriteSrcset(value: string, page: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (m, sp: string, u: string) => sp + (toRelative(u, page) ?? u)))
    .join(',');
}

/** Rewrites `url(/…)` and `@import "/…"` in CSS held by the file at `file`. */
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
