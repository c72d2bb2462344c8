import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { extname, posix } from 'node:path';
import { paths } from '../lib/urls.ts';
import { eachElement, prop } from './html.ts';

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

/**
 * The single-file edition is an Astro page (src/layouts/SingleFile.astro) that has no navigation,
 * form or script by construction. What only the built files can give is left for here, on its
 * tree: its stylesheets and images become inline `<style>` and data: URIs, and links into the rest
 * of the site (which an e-mailed file cannot follow) become their text, or `#tN` when the task is on
 * this page. Anything that would still load or navigate is an error, not something to delete.
 */
export async function inlineSingleFile(tree: Root, page: string, read: ReadAsset): Promise<void> {
  // One plain loop for both lookups: two hast-util-select queries took ~25 ms of CPU a page on a
  // 200-task edition (246 ms for ten, against 13 ms for this loop).
  const forbidden: Element[] = [];
  const ids = new Set<string>();
  eachElement(tree, (node) => {
    if (FORBIDDEN.has(node.tagName)) forbidden.push(node);
    const id = node.properties.id;
    if (id !== undefined && id !== null) ids.add(String(id));
  });
  if (forbidden.length > 0)
    throw new Error(
      `单文件版 ${page} 含有 <${forbidden.map((n) => n.tagName).join('>、<')}>：单文件版不应有导航、表单或脚本，请检查 src/layouts/SingleFile.astro 及其使用的组件。`,
    );
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
  const inlineCss = async (css: string, from: string): Promise<string> => {
    // CSS, not HTML: url(…) is the one way a stylesheet refers to a file.
    const found = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)];
    const uris = await Promise.all(
      found.map(async (m) => {
        const u = m[2]!.trim();
        return u.startsWith('data:') || u.startsWith('#') ? m[0] : `url("${(await dataUri(u, from)) ?? 'data:,'}")`;
      }),
    );
    let i = 0;
    return css.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, () => uris[i++]!);
  };

  const jobs: Promise<void>[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    const parent = ancestors.at(-1) as Element | Root | undefined;
    if (node.tagName === 'link') {
      const rel = prop(node, 'rel') ?? '';
      const href = prop(node, 'href');
      if (!/\bstylesheet\b/i.test(rel) || !href) return replace(parent, node, []);
      const path = resolve(href, page);
      const style: Element = { type: 'element', tagName: 'style', properties: {}, children: [] };
      const media = prop(node, 'media');
      if (media) style.properties.media = media;
      jobs.push(
        (async () => {
          const css = path ? await read(path) : null;
          if (!path || !css) throw new Error(`单文件版：找不到 ${page} 引用的样式表 ${href}`);
          style.children = [{ type: 'text', value: await inlineCss(css.toString('utf8'), path) }];
        })(),
      );
      return replace(parent, node, [style]);
    }
    if (node.tagName === 'img' || node.tagName === 'source') {
      delete node.properties.srcSet;
      delete node.properties.sizes;
      const src = prop(node, 'src');
      if (src)
        jobs.push(
          (async () => {
            const data = await dataUri(src, page);
            if (data) node.properties.src = data;
            else delete node.properties.src;
          })(),
        );
    }
    const style = prop(node, 'style');
    if (style !== null)
      jobs.push(
        (async () => {
          node.properties.style = await inlineCss(style, page);
        })(),
      );
    if (node.tagName === 'a') {
      const href = prop(node, 'href');
      if (href === null || /^(https?:|mailto:|tel:)/i.test(href)) return undefined;
      const target = inPageTarget(href, page, ids);
      if (target) {
        node.properties.href = target;
        return undefined;
      }
      // An SVG link keeps its drawing as a group; an HTML link keeps its text as a span.
      const inSvg = ancestors.some((a) => a.type === 'element' && a.tagName === 'svg');
      const plain: Element = {
        type: 'element',
        tagName: inSvg ? 'g' : 'span',
        properties: {},
        children: node.children,
      };
      return replace(parent, node, [plain]);
    }
    return undefined;
  });
  await Promise.all(jobs);
}

/**
 * Puts `withNodes` in place of `node` among its parent's children; the walk goes on at the same
 * index, so it visits the replacement (a link's text may hold an image) or the next sibling.
 */
function replace(
  parent: Element | Root | undefined,
  node: Element,
  withNodes: ElementContent[],
): [typeof SKIP, number] | typeof SKIP {
  const at = parent ? parent.children.indexOf(node) : -1;
  if (!parent || at < 0) return SKIP;
  parent.children.splice(at, 1, ...withNodes);
  return [SKIP, at];
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
