import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium (apt package `chromium`); .ci/run installs it when missing. */
export const CHROMIUM = process.env.GZBG_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did that a static, self-contained site must not do. */
export interface PageProblems {
  consoleErrors: string[];
  /** Requests that failed at the network level or answered with status >= 400. */
  failedRequests: string[];
  /** Requests to any other host than the site's own (blocked before they leave). */
  offsiteRequests: string[];
}

/**
 * Is `url` somewhere other than the site at `base`? For http(s) that is another origin; for a site
 * opened from disk, anything that is not file:. data:/blob:/about: never leave the page.
 */
export function isOffsite(url: string, base: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
  const b = new URL(base);
  if (b.protocol === 'file:') return u.protocol !== 'file:';
  return u.origin !== b.origin;
}

/**
 * A browser context that records problems for the site at `base`. Off-site requests are recorded
 * and aborted, so a test never depends on (or leaks to) the network.
 */
export async function watchedContext(
  browser: Browser,
  base: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offsiteRequests: [] };
  await context.route(
    (url) => isOffsite(url.href, base),
    async (route, request) => {
      problems.offsiteRequests.push(`${request.url()} (from ${request.frame().url()})`);
      await route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) => watchPage(page, base, problems));
  return { context, problems };
}

function watchPage(page: Page, base: string, problems: PageProblems): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  page.on('requestfailed', (request) => {
    if (isOffsite(request.url(), base)) return; // already recorded as off-site
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'}, from ${page.url()})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()}, from ${page.url()})`);
  });
}

/** Opens one page in a fresh watched context; close the context when done. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const { context, problems } = await watchedContext(browser, url, options);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems };
}

/** Runs `fn` over `items` with `n` pages of one context working in parallel. */
export async function inPages<T>(
  context: BrowserContext,
  n: number,
  items: readonly T[],
  fn: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      const page = await context.newPage();
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(page, item);
      await page.close();
    }),
  );
}
