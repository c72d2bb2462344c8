import { extname, posix } from 'node:path';
import { paths } from '../lib/urls.ts';
import { applyEdits, attributeText, scanHtml, type Edit, type StartTag } from './html.ts';

/** Root-relative path of a year's single-file edition (src/pages/[year]/[edition].astro renders it). */
export const singleFilePath = paths.singleFile;

/** Elements a single-file edition must not have: they navigate, submit or run code. */
const FORBIDDEN = new Set(['nav', 'form', 'script', 'iframe', 'object', 'embed']);

/** What a page needs that lives in other files: bytes of a site file by root-relative path, or null. */
export type ReadAsset = (path: string) => Promise<Buffer | null>;

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** An `<a>` start tag seen by the scan, and what becomes of it once every id of the page is known. */
interface OpenLink {
  tag: StartTag;
  href: string | null;
  inSvg: boolean;
  /** Offsets of its `</a>`, once the scan reaches it. */
  end?: { start: number; end: number };
}

/**
 * The single-file edition is an Astro page (src/layouts/SingleFile.astro) that has no navigation,
 * form or script by construction. What only the built files can give is done here, on the page's
 * text as parse5's tokenizer reads it (scanHtml, as for every other page), each change an edit at
 * the offsets the tokenizer gives (applyEdits), the rest of the page left as Astro wrote it: its
 * stylesheet links become inline `<style>`, other `<link>`s go, images become data: URIs (srcset and
 * sizes dropped), and links into the rest of the site (which an e-mailed file cannot follow) become
 * their text in a `<span>` (a `<g>` in SVG), or `#tN` when the task is on this page. Anything that
 * would still load or navigate is an error, not something to delete. `html` is the page with its
 * URLs already relative (rewriteHtml).
 */
export async function inlineSingleFile(html: string, page: string, read: ReadAsset): Promise<string> {
  const forbidden: string[] = [];
  const ids = new Set<string>();
  const links: OpenLink[] = [];
  const open: OpenLink[] = [];
  const jobs: Promise<Edit[]>[] = [];
  let svg = 0;
  scanHtml(html, {
    startTag: (tag) => {
      if (FORBIDDEN.has(tag.name)) forbidden.push(tag.name);
      const id = attr(tag, 'id');
      if (id !== null) ids.add(id);
      if (tag.name === 'svg' && !tag.selfClosing) svg++;
      if (tag.name === 'link') {
        jobs.push(linkEdits(tag, page, read));
        return;
      }
      if (tag.name === 'a') {
        // Its attributes are edited (or the tag replaced) once the ids of the whole page are known.
        const link: OpenLink = { tag, href: attr(tag, 'href'), inSvg: svg > 0 };
        links.push(link);
        if (!tag.selfClosing) open.push(link);
        return;
      }
      jobs.push(assetEdits(tag, html, page, read));
    },
    endTag: (name, start, end) => {
      if (name === 'svg' && svg > 0) svg--;
      if (name === 'a') {
        const link = open.pop();
        if (link) link.end = { start, end };
      }
    },
  });
  if (forbidden.length > 0)
    throw new Error(
      `单文件版 ${page} 含有 <${forbidden.join('>、<')}>：单文件版不应有导航、表单或脚本，请检查 src/layouts/SingleFile.astro 及其使用的组件。`,
    );
  for (const link of links) {
    const { edits, kept } = linkToText(link, page, ids, html);
    // A link that stays a link keeps its attributes, its style inlined like any element's.
    jobs.push(
      kept ? assetEdits(link.tag, html, page, read).then((more) => [...edits, ...more]) : Promise.resolve(edits),
    );
  }
  return applyEdits(html, (await Promise.all(jobs)).flat());
}

/** `<link rel=stylesheet>` → `<style>` with the stylesheet's text (its url()s inlined); any other `<link>` removed. */
async function linkEdits(tag: StartTag, page: string, read: ReadAsset): Promise<Edit[]> {
  const rel = attr(tag, 'rel') ?? '';
  const href = attr(tag, 'href');
  if (!/\bstylesheet\b/i.test(rel) || !href) return [{ start: tag.start, end: tag.end, text: '' }];
  const path = resolveAsset(href, page);
  const css = path ? await read(path) : null;
  if (!path || !css) throw new Error(`单文件版：找不到 ${page} 引用的样式表 ${href}`);
  const media = attr(tag, 'media');
  const open = media ? `<style ${attributeText('media', media)}>` : '<style>';
  return [
    { start: tag.start, end: tag.end, text: `${open}${await inlineCss(css.toString('utf8'), path, read)}</style>` },
  ];
}

/** An image's src as a data: URI (srcset and sizes removed), and any element's style attribute with its url()s inlined. */
async function assetEdits(tag: StartTag, html: string, page: string, read: ReadAsset): Promise<Edit[]> {
  const edits: Edit[] = [];
  if (tag.name === 'img' || tag.name === 'source') {
    for (const name of ['srcset', 'sizes']) if (attr(tag, name) !== null) edits.push(removal(tag, name, html));
    const src = attr(tag, 'src');
    // An image already inlined (data:) stays, so running the step again changes nothing.
    if (src !== null && src !== '' && !/^\s*data:/i.test(src)) {
      const data = await dataUri(src, page, read);
      edits.push(data ? replacement(tag, 'src', data, html) : removal(tag, 'src', html));
    }
  }
  const style = attr(tag, 'style');
  if (style !== null) edits.push(replacement(tag, 'style', await inlineCss(style, page, read), html));
  return edits;
}

/**
 * What becomes of a link. It stays a link (`kept`) when it goes outside (http, mailto, tel) or has no
 * href, unchanged, or when it points at this page or at a task shown on it, its href made `#id`.
 * Otherwise it becomes its text: `<a …>`/`</a>` replaced by `<span>`/`</span>` (`<g>`/`</g>` in SVG,
 * keeping the drawing), its attributes gone with it.
 */
function linkToText(link: OpenLink, page: string, ids: Set<string>, html: string): { edits: Edit[]; kept: boolean } {
  const { tag, href } = link;
  if (href === null || /^(https?:|mailto:|tel:)/i.test(href)) return { edits: [], kept: true };
  const target = inPageTarget(href, page, ids);
  if (target) return { edits: [replacement(tag, 'href', target, html)], kept: true };
  const name = link.inSvg ? 'g' : 'span';
  const edits: Edit[] = [{ start: tag.start, end: tag.end, text: tag.selfClosing ? `<${name}/>` : `<${name}>` }];
  if (link.end) edits.push({ ...link.end, text: `</${name}>` });
  return { edits, kept: false };
}

/** The value of an attribute as the browser reads it (first of duplicates), or null. */
function attr(tag: StartTag, name: string): string | null {
  return tag.attrs.find((a) => a.name === name)?.value ?? null;
}

/** `name="value"` in place of the attribute as written. */
function replacement(tag: StartTag, name: string, value: string, html: string): Edit {
  const at = tag.location(name);
  return { ...at, text: attributeText(html.slice(at.start, at.start + name.length), value) };
}

/** The attribute and the whitespace before it removed. */
function removal(tag: StartTag, name: string, html: string): Edit {
  const at = tag.location(name);
  let start = at.start;
  while (start > tag.start && /\s/.test(html[start - 1]!)) start--;
  return { start, end: at.end, text: '' };
}

/** A site file's root-relative path from a URL relative to `from`; null for other URLs (schemes, //, #, /). */
function resolveAsset(url: string, from: string): string | null {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.startsWith('/')) return null;
  return posix.normalize(posix.join(posix.dirname(from), decodeURI(url.replace(/[?#].*$/, ''))));
}

async function dataUri(url: string, from: string, read: ReadAsset): Promise<string | null> {
  const path = resolveAsset(url, from);
  const bytes = path ? await read(path) : null;
  const type = path ? MIME[extname(path).toLowerCase()] : undefined;
  return bytes && type ? `data:${type};base64,${bytes.toString('base64')}` : null;
}

/** CSS with each url(…) made a data: URI (or `data:,` when the file is not there). */
async function inlineCss(css: string, from: string, read: ReadAsset): Promise<string> {
  // CSS, not HTML: url(…) is the one way a stylesheet refers to a file.
  const found = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)];
  const uris = await Promise.all(
    found.map(async (m) => {
      const u = m[2]!.trim();
      return u.startsWith('data:') || u.startsWith('#') ? m[0] : `url("${(await dataUri(u, from, read)) ?? 'data:,'}")`;
    }),
  );
  let i = 0;
  return css.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, () => uris[i++]!);
}

/** `#id` for a link that points at this page or at a task shown on it (id="tN" or "task-N", N a task's file name), else null. */
function inPageTarget(href: string, page: string, ids: Set<string>): string | null {
  if (href.startsWith('#')) return ids.has(href.slice(1)) ? href : null;
  const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
  const path = posix.normalize(posix.join(posix.dirname(page), href.replace(/[?#].*$/, '')));
  if (path === page) return hash && ids.has(hash) ? `#${hash}` : '#';
  // tasks/7.html, or a sub-item's tasks/12-3.html (its id with the dot as a hyphen).
  const task = /^(\d{4})\/tasks\/0*(\d+(?:-\d+)*)\.html$/.exec(path);
  if (!task || !path.startsWith(posix.dirname(page) + '/')) return null;
  const id = [`t${task[2]}`, `task-${task[2]}`].find((candidate) => ids.has(candidate));
  return id ? `#${id}` : null;
}
