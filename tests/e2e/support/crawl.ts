import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { isOffsite, watchedContext, type PageProblems } from './browser.ts';

/**
 * Crawls a built site the way a reader would: from index.html, every <a href> it can reach, in a
 * real Chromium, for a base that is http://host/, http://host/any/prefix/ or file:///…/dist/.
 * Every link and every referenced asset (<link href>, <img src>, srcset, <use href>, …) must name an
 * existing file inside the site, relatively; fragments must name an id on the target page.
 */

export interface BrokenLink {
  /** Page the reference is on (site-relative), the raw attribute value, and why it is broken. */
  from: string;
  ref: string;
  reason: string;
}

export interface CrawlResult extends PageProblems {
  base: string;
  start: string;
  /** Site-relative paths of every HTML page visited, sorted. */
  pages: string[];
  broken: BrokenLink[];
  /** Links to other hosts (allowed — e.g. the original government page — but not followed). */
  externalLinks: string[];
}

export interface CrawlOptions {
  start?: string;
  contextOptions?: BrowserContextOptions;
  /** Called on every visited page after load (e.g. extra checks). */
  onPage?: (page: Page, path: string) => Promise<void>;
}

interface Ref {
  attr: string;
  raw: string;
  url: string;
  rel?: string;
}

interface PageFacts {
  anchors: Ref[];
  resources: Ref[];
  ids: string[];
  brokenImages: string[];
}

export async function crawl(browser: Browser, base: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  if (!base.endsWith('/')) throw new Error(`crawl base must end with "/": ${base}`);
  const { context, problems } = await watchedContext(browser, base, options.contextOptions);
  const page = await context.newPage();
  const start = options.start ?? 'index.html';
  const result: CrawlResult = { base, start, pages: [], broken: [], externalLinks: [], ...problems };
  const queue: string[] = [start];
  const seen = new Set(queue);
  const idsByPage = new Map<string, Set<string>>();
  const fragments: { from: string; raw: string; path: string; id: string }[] = [];
  const exists = new Map<string, Promise<string | undefined>>();
  const checkTarget = (url: string): Promise<string | undefined> => {
    let found = exists.get(url);
    if (!found) exists.set(url, (found = targetProblem(url)));
    return found;
  };
  const external = new Set<string>();

  try {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const url = new URL(path, base).href;
      const missing = await checkTarget(url);
      if (missing) continue; // reported where it was linked from
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response && url.startsWith('http') && response.status() !== 200) {
        result.broken.push({ from: path, ref: url, reason: `HTTP ${response.status()} on navigation` });
        continue;
      }
      result.pages.push(path);
      await page.waitForLoadState('load');
      // A page with scripts (search.html) goes on fetching once idle (Pagefind's warm-up): wait for it,
      // so those requests are checked too instead of aborted by the next navigation.
      if (await page.$('script[src]')) await page.waitForLoadState('networkidle');
      const facts = await page.evaluate(collectFacts);
      idsByPage.set(path, new Set(facts.ids));
      for (const src of facts.brokenImages) result.broken.push({ from: path, ref: src, reason: 'image did not load' });

      for (const ref of [...facts.anchors, ...facts.resources]) {
        const isAnchor = facts.anchors.includes(ref);
        const problem = refProblem(ref, base, isAnchor);
        if (problem === 'external') {
          external.add(ref.url);
          continue;
        }
        if (problem === 'skip') continue;
        if (problem) {
          result.broken.push({ from: path, ref: `${ref.attr}="${ref.raw}"`, reason: problem });
          continue;
        }
        const target = new URL(ref.url);
        const hash = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        target.search = '';
        const targetPath = decodeURIComponent(target.href.slice(base.length));
        if (target.href === url && isAnchor) {
          if (hash) fragments.push({ from: path, raw: ref.raw, path, id: hash });
          continue;
        }
        const targetMissing = await checkTarget(target.href);
        if (targetMissing) {
          result.broken.push({ from: path, ref: `${ref.attr}="${ref.raw}"`, reason: targetMissing });
          continue;
        }
        // A GET form (the search box) leads to a page just as a link does.
        if ((isAnchor || ref.attr === 'form action') && /\.html?$/i.test(targetPath)) {
          if (hash) fragments.push({ from: path, raw: ref.raw, path: targetPath, id: hash });
          if (!seen.has(targetPath)) {
            seen.add(targetPath);
            queue.push(targetPath);
          }
        }
      }
      if (options.onPage) await options.onPage(page, path);
    }
  } finally {
    await context.close();
  }

  for (const f of fragments) {
    const ids = idsByPage.get(f.path);
    if (ids && !ids.has(f.id))
      result.broken.push({ from: f.from, ref: `href="${f.raw}"`, reason: `no id="${f.id}" on ${f.path}` });
  }
  result.pages.sort();
  result.externalLinks = [...external].sort();
  return result;
}

/** Every problem a crawl found, one line each; `expected` pages must have been reached. */
export function crawlProblems(result: CrawlResult, expected: string[] = []): string[] {
  return [
    ...result.broken.map((b) => `${b.from}: ${b.ref} — ${b.reason}`),
    ...result.failedRequests.map((r) => `failed request: ${r}`),
    ...result.consoleErrors.map((c) => `console error: ${c}`),
    ...result.offsiteRequests.map((r) => `off-site request: ${r}`),
    ...expected.filter((p) => !result.pages.includes(p)).map((p) => `${p}: not reachable from ${result.start}`),
  ];
}

/** Why a reference is not a relative link to a file inside the site; 'external'/'skip' to ignore it. */
function refProblem(ref: Ref, base: string, isAnchor: boolean): string | 'external' | 'skip' | undefined {
  const raw = ref.raw.trim();
  if (/^javascript:/i.test(raw)) return 'javascript: URL (the site has no JavaScript)';
  if (/^(mailto|tel|sms):/i.test(raw)) return 'skip';
  if (/^data:/i.test(raw)) return 'skip';
  const url = new URL(ref.url);
  if (isOffsite(ref.url, base)) {
    // A link to another site is fine (e.g. the government's own page), and so are the canonical and
    // alternate URLs built from the configured site URL. Anything the page would load is not.
    if (isAnchor || /^(canonical|alternate)$/i.test(ref.rel ?? '')) return 'external';
    return `loads from another host (${url.host || url.protocol})`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//'))
    return 'absolute URL to the site itself (must be relative)';
  if (raw.startsWith('/')) return 'root-absolute URL (breaks under a sub-path and from disk)';
  if (raw === '') return 'empty link';
  if (raw.startsWith('#')) return undefined;
  if (!url.href.startsWith(base)) return 'leads outside the site folder';
  if (url.pathname.endsWith('/')) return 'names a folder, not a file (file:// cannot open it)';
  return undefined;
}

/** Does the file a URL names exist? (http: ask the server; file: ask the disk.) */
async function targetProblem(url: string): Promise<string | undefined> {
  const u = new URL(url);
  u.hash = '';
  if (u.protocol === 'file:') {
    try {
      const stat = statSync(fileURLToPath(u));
      return stat.isFile() ? undefined : 'names a folder, not a file';
    } catch {
      return 'file does not exist';
    }
  }
  const response = await fetch(u, { method: 'HEAD', redirect: 'manual' });
  return response.status === 200 ? undefined : `HTTP ${response.status}`;
}

/** Runs in the page: every reference, every id, and images that failed to decode. */
function collectFacts(): PageFacts {
  const abs = (value: string): string => new URL(value, document.baseURI).href;
  const anchors: Ref[] = [];
  const resources: Ref[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href], area[href]'))) {
    const raw = a.getAttribute('href') ?? '';
    anchors.push({ attr: 'href', raw, url: abs(raw) });
  }
  for (const link of Array.from(document.querySelectorAll('link[href]'))) {
    const raw = link.getAttribute('href') ?? '';
    resources.push({ attr: 'link href', raw, url: abs(raw), rel: link.getAttribute('rel') ?? '' });
  }
  const single: [string, string][] = [
    ['img', 'src'],
    ['source', 'src'],
    ['script', 'src'],
    ['iframe', 'src'],
    ['embed', 'src'],
    ['object', 'data'],
    ['video', 'src'],
    ['video', 'poster'],
    ['audio', 'src'],
    ['track', 'src'],
    ['input', 'src'],
    ['form', 'action'],
  ];
  for (const [tag, attr] of single) {
    for (const el of Array.from(document.querySelectorAll(`${tag}[${attr}]`))) {
      const raw = el.getAttribute(attr) ?? '';
      resources.push({ attr: `${tag} ${attr}`, raw, url: abs(raw) });
    }
  }
  for (const el of Array.from(document.querySelectorAll('img[srcset], source[srcset]'))) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const raw = candidate.trim().split(/\s+/)[0];
      if (raw) resources.push({ attr: `${el.localName} srcset`, raw, url: abs(raw) });
    }
  }
  // SVG references (<use href>, <image href>); same-document fragments are checked as ids.
  for (const el of Array.from(document.querySelectorAll('use, image, feImage'))) {
    const raw = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (raw && !raw.startsWith('#')) resources.push({ attr: `${el.localName} href`, raw, url: abs(raw) });
  }
  const ids = Array.from(document.querySelectorAll('[id]'), (el) => el.id);
  for (const a of Array.from(document.querySelectorAll('a[name]'))) ids.push(a.getAttribute('name') ?? '');
  const brokenImages = Array.from(document.images)
    .filter((img) => img.complete && img.naturalWidth === 0 && img.getAttribute('src'))
    .map((img) => img.getAttribute('src') ?? '');
  return { anchors, resources, ids, brokenImages };
}
