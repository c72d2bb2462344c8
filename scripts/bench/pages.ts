/**
 * What a first visit to a page transfers: every response the browser receives for it (HTML,
 * CSS, scripts, index chunks), each counted at its gzip size as a CDN would send it, plus
 * the scripts it loaded. Also the first search query's bytes and time to first results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Transfer {
  page: string;
  requests: number;
  gzipBytes: number;
  scripts: number;
}

function gzipSizeOf(dist: string, url: URL, base: URL): number {
  const rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
  return gzipSync(readFileSync(join(dist, rel || 'index.html'))).length;
}

export async function transfer(browser: Browser, dist: string, base: string, page: string): Promise<Transfer> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen: URL[] = [];
  let scripts = 0;
  tab.on('requestfinished', (req) => {
    seen.push(new URL(req.url()));
    if (req.resourceType() === 'script') scripts++;
  });
  await tab.goto(new URL(page, base).href, { waitUntil: 'networkidle' });
  await context.close();
  const baseUrl = new URL(base);
  const gzipBytes = seen.reduce((sum, u) => sum + gzipSizeOf(dist, u, baseUrl), 0);
  return { page, requests: seen.length, gzipBytes, scripts };
}

export interface SearchCost {
  query: string;
  /** Requests and gzip bytes of the page opened with ?q= (page, styles, scripts, index, fragments). */
  requests: number;
  gzipBytes: number;
  /** Milliseconds from navigation start (search.html?q=…) until the results are drawn. */
  msToResults: number;
  /** Milliseconds from the key press (Enter, on the loaded and idle search page) until the results are drawn. */
  msAfterKey: number;
  /** Longest main-thread task seen on the search page over both (PerformanceObserver 'longtask'). */
  longestTaskMs: number;
}

/** Registered before any script of the page runs: long tasks and the moment results are drawn. */
const PROBE = () => {
  const w = window as unknown as { longest: number; drawnAt?: number; keyAt?: number };
  w.longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('search-app');
    if (!app) return;
    new MutationObserver(() => {
      if (app.getAttribute('data-state') === 'done' && app.hasAttribute('data-count')) w.drawnAt ??= performance.now();
    }).observe(app, { attributes: true, attributeFilter: ['data-state'] });
  });
};

/**
 * Both first-query timings of the search page in one fresh (cold) browser context: open
 * search.html?q=… and time navigation start → results drawn; then, on the same page once idle,
 * type the query again and time the key press → results drawn. Times are taken inside the page
 * (performance.now()), so the driver's round trips do not count.
 */
export async function firstQuery(browser: Browser, dist: string, base: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(PROBE);
  const seen: URL[] = [];
  tab.on('requestfinished', (req) => seen.push(new URL(req.url())));
  await tab.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, base).href);
  await tab.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt !== undefined, null, {
    timeout: 30_000,
  });
  const msToResults = await tab.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
  await tab.waitForLoadState('networkidle');
  const baseUrl = new URL(base);
  const gzipBytes = seen.reduce((sum, u) => sum + gzipSizeOf(dist, u, baseUrl), 0);
  const requests = seen.length;
  const longestOnOpen = await tab.evaluate(() => (window as unknown as { longest: number }).longest);
  await context.close();
  // The key press: a fresh (cold) context with the empty search page loaded and idle, then Enter.
  const typing = await browser.newContext();
  const page = await typing.newPage();
  await page.addInitScript(PROBE);
  await page.goto(new URL('search.html', base).href, { waitUntil: 'networkidle' });
  await page.waitForSelector('#search-app[data-state="done"]');
  await page.fill('#search-q', query);
  await page.evaluate(() => {
    const w = window as unknown as { keyAt?: number };
    document
      .getElementById('search-q')!
      .addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true, once: true });
  });
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt !== undefined, null, {
    timeout: 30_000,
  });
  const msAfterKey = await page.evaluate(() => {
    const w = window as unknown as { drawnAt: number; keyAt: number };
    return w.drawnAt - w.keyAt;
  });
  const longestOnTyping = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await typing.close();
  const longestTaskMs = Math.max(longestOnOpen, longestOnTyping);
  return {
    query,
    requests,
    gzipBytes,
    msToResults: Math.round(msToResults),
    msAfterKey: Math.round(msAfterKey),
    longestTaskMs: Math.round(longestTaskMs),
  };
}
