import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, posix } from 'node:path';
import { t } from '../../src/i18n/index.ts';
import { paths } from '../../src/lib/urls.ts';
import { mergeOverview } from './merge-overview.ts';

/** Root-relative path of a year's single-file edition (linked from the data page). */
export const singleFilePath = paths.singleFile;

/** What a page needs that lives in other files: bytes of a site file by root-relative path, or null. */
export type ReadAsset = (path: string) => Promise<Buffer | null>;

/**
 * Writes dist/<year>/report-<year>.html for every year that has an all-tasks page: that page with
 * the overview's counts and charts added (merge-overview.ts), CSS and images inlined, navigation
 * and forms removed and links into the rest of the site unwrapped, so it can be e-mailed, printed
 * or archived as one document that loads nothing.
 */
export async function singleFileEditions(outDir: string): Promise<void> {
  const years = (await readdir(outDir, { withFileTypes: true })).filter(
    (d) => d.isDirectory() && /^\d{4}$/.test(d.name),
  );
  const read: ReadAsset = async (path) => {
    const full = join(outDir, ...path.split('/'));
    return access(full).then(
      () => readFile(full),
      () => null,
    );
  };
  for (const dir of years.map((d) => d.name).sort()) {
    const page = `${dir}/all.html`;
    const html = await read(page);
    if (!html) continue;
    const overview = await read(`${dir}/index.html`);
    const merged = overview ? mergeOverview(html.toString('utf8'), overview.toString('utf8')) : html.toString('utf8');
    const single = await singleFileEdition(merged, page, read);
    await writeFile(join(outDir, ...singleFilePath(Number(dir)).split('/')), single);
  }
}

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
// The edition itself forbids every load: even a missed reference cannot leave the file.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The self-contained edition of the built page at `page` (root-relative, links already relative). */
export async function singleFileEdition(html: string, page: string, read: ReadAsset): Promise<string> {
  const resolve = (url: string, from: string): string | null => {
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.startsWith('/')) return null;
    return posix.normalize(posix.join(posix.dirname(from), decodeURI(url.replace(/[?#].*$/, ''))));
  };
  const dataUri = async (url: string, from: string): Promise<string | null> => {
    const path = resolve(url, from);
    const bytes = path ? await read(path) : null;
    const type = path ? MIME[extname(path).toLowerCase()] : undefined;
    return bytes && type ? `data:${type};base64,${bytes.toString('base64')}` : null;
  };
  const inlineCss = async (css: string, from: string): Promise<string> =>
    replaceAsync(css, /url\(\s*(['"]?)([^'")]*)\1\s*\)/g, async (whole, _q, u: string) => {
      if (u.startsWith('data:') || u.startsWith('#')) return whole;
      return `url("${(await dataUri(u.trim(), from)) ?? 'data:,'}")`;
    });

  const ids = new Set([...html.matchAll(/\sid\s*=\s*["']?([^\s"'>]+)/g)].map((m) => m[1]!));
  let out = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<nav\b[\s\S]*?<\/nav\s*>/gi, '')
    .replace(/<form\b[\s\S]*?<\/form\s*>/gi, '')
    .replace(/\sdata-pagefind-[\w-]+(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g, '');
  out = await replaceAsync(out, /<link\b[^>]*>/gi, async (tag) => {
    const href = attr(tag, 'href');
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag) || !href) return '';
    const path = resolve(href, page);
    const css = path ? await read(path) : null;
    if (!path || !css) throw new Error(`单文件版:找不到 ${page} 引用的样式表 ${href}`);
    const media = attr(tag, 'media');
    return `<style${media ? ` media="${media}"` : ''}>${await inlineCss(css.toString('utf8'), path)}</style>`;
  });
  out = await replaceAsync(out, /<(img|source)\b[^>]*>/gi, async (tag) => {
    const src = attr(tag, 'src');
    const data = src ? await dataUri(src, page) : null;
    let next = tag.replace(/\s(srcset|sizes)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
    if (src) next = next.replace(/\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, data ? ` src="${data}"` : '');
    return next;
  });
  out = await replaceAsync(
    out,
    /\sstyle\s*=\s*"([^"]*)"/g,
    async (_w, css: string) => ` style="${await inlineCss(css, page)}"`,
  );
  out = out.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (whole, attrs: string, inner: string) => {
    const href = attr(`<a${attrs}>`, 'href');
    if (href === null || /^(https?:|mailto:|tel:)/i.test(href)) return whole;
    const target = inPageTarget(href, page, ids);
    if (target)
      return `<a${attrs.replace(/\shref\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, ` href="${target}"`)}>${inner}</a>`;
    return `<span>${inner}</span>`;
  });
  // The document's name is the report's title (ArticleTitle, as government pages carry it), not the page's.
  const article = /<meta\s+name="ArticleTitle"\s+content="([^"]*)"/i.exec(out)?.[1];
  const title = article !== undefined ? unescapeHtml(article) : attrText(out, 'title');
  out = out
    .replace(
      /(<meta\s+charset[^>]*>)/i,
      `$1<meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="robots" content="noindex">`,
    )
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(title)}${t('single.titleSuffix')}</title>`)
    .replace(/(<main\b[^>]*>)/i, `$1<p class="single-file-note">${escapeHtml(t('single.note', { title }))}</p>`);
  return out;
}

/** `#id` for a link that points at this page or at a task shown on it (id="tN" or "task-N"), else null. */
function inPageTarget(href: string, page: string, ids: Set<string>): string | null {
  if (href.startsWith('#')) return ids.has(href.slice(1)) ? href : null;
  const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
  const path = posix.normalize(posix.join(posix.dirname(page), href.replace(/[?#].*$/, '')));
  if (path === page) return hash && ids.has(hash) ? `#${hash}` : '#';
  const task = /^(\d{4})\/tasks\/0*(\d+)\.html$/.exec(path);
  if (!task || !path.startsWith(posix.dirname(page) + '/')) return null;
  const id = [`t${task[2]}`, `task-${task[2]}`].find((candidate) => ids.has(candidate));
  return id ? `#${id}` : null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function attrText(html: string, tag: string): string {
  return unescapeHtml(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(html)?.[1] ?? '');
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function replaceAsync(s: string, re: RegExp, fn: (...m: string[]) => Promise<string>): Promise<string> {
  const parts: Promise<string>[] = [];
  s.replace(re, (...m: unknown[]) => {
    parts.push(fn(...(m.slice(0, -2) as string[])));
    return '';
  });
  const done = await Promise.all(parts);
  let i = 0;
  return s.replace(re, () => done[i++] ?? '');
}
