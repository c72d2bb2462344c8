/**
 * What a first visit to a page transfers: every response the browser receives for it (HTML,
 * CSS, scripts, index chunks), each counted at its gzip size as a CDN would send it, plus
 * the scripts it loaded. Also the first search query's bytes and time to first results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';

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
  /** Results the page announced (data-count). */
  count: number;
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

/**
 * Registered before any script of the page runs: long tasks, the moment the page is first idle
 * (data-state="done") and the moment results are drawn (done with a count), the latter two also
 * said on the console, and the moment Enter goes down.
 */
const PROBE = () => {
  const w = window as unknown as { longest: number; drawnAt?: number; idleAt?: number; keyAt?: number };
  w.longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter') w.keyAt ??= performance.now();
    },
    { capture: true },
  );
  addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('search-app');
    if (!app) return;
    const check = () => {
      if (app.getAttribute('data-state') !== 'done') return;
      if (w.idleAt === undefined) {
        w.idleAt = performance.now();
        console.log('gzbg:idle');
      }
      if (app.hasAttribute('data-count') && w.drawnAt === undefined) {
        w.drawnAt = performance.now();
        console.log('gzbg:drawn');
      }
    };
    new MutationObserver(check).observe(app, { attributes: true, attributeFilter: ['data-state'] });
    // The page's deferred scripts run before DOMContentLoaded: an empty page may be done already.
    check();
  });
};

/** A value of the page, read through the DevTools protocol alone (no script of the driver in the page). */
async function read<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  return result.value as T;
}

/**
 * Both first-query timings of the search page in one fresh (cold) browser context: open
 * search.html?q=… and time navigation start → results drawn; then, on the same page once idle,
 * type the query again and time the key press → results drawn. Times are taken inside the page
 * (performance.now()), so the driver's round trips do not count.
 *
 * The page is driven through the DevTools protocol only (console messages to wait, Runtime.evaluate
 * to read, Input.* to type): Playwright's own helpers (waitForFunction, fill, press…) first inject
 * its ~330 KB script into the page, whose evaluation is itself a main-thread task of 40–60 ms that
 * the page's long-task observer would count as the page's (BENCHMARKS.md, 2026-12-01, session 4).
 */
export async function firstQuery(browser: Browser, dist: string, base: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(PROBE);
  const seen: URL[] = [];
  tab.on('requestfinished', (req) => seen.push(new URL(req.url())));
  const cdp = await context.newCDPSession(tab);
  const drawn = tab.waitForEvent('console', { predicate: (m) => m.text() === 'gzbg:drawn', timeout: 30_000 });
  await tab.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, base).href);
  await drawn;
  await tab.waitForLoadState('networkidle');
  const opened = await read<{ drawnAt: number; count: number; longest: number }>(
    cdp,
    `({ drawnAt: window.drawnAt, longest: window.longest,
        count: Number(document.getElementById('search-app').getAttribute('data-count')) })`,
  );
  const baseUrl = new URL(base);
  const gzipBytes = seen.reduce((sum, u) => sum + gzipSizeOf(dist, u, baseUrl), 0);
  const requests = seen.length;
  await context.close();
  // The key press: a fresh (cold) context with the empty search page loaded and idle, then Enter.
  const typing = await browser.newContext();
  const page = await typing.newPage();
  await page.addInitScript(PROBE);
  const input = await typing.newCDPSession(page);
  const idle = page.waitForEvent('console', { predicate: (m) => m.text() === 'gzbg:idle', timeout: 30_000 });
  await page.goto(new URL('search.html', base).href, { waitUntil: 'networkidle' });
  await idle;
  await read(input, `document.getElementById('search-q').focus()`);
  await input.send('Input.insertText', { text: query });
  const typed = page.waitForEvent('console', { predicate: (m) => m.text() === 'gzbg:drawn', timeout: 30_000 });
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await input.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter });
  await input.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
  await typed;
  const pressed = await read<{ msAfterKey: number; longest: number }>(
    input,
    `({ msAfterKey: window.drawnAt - window.keyAt, longest: window.longest })`,
  );
  const msToResults = opened.drawnAt;
  const count = opened.count;
  const msAfterKey = pressed.msAfterKey;
  const longestOnOpen = opened.longest;
  const longestOnTyping = pressed.longest;
  await typing.close();
  const longestTaskMs = Math.max(longestOnOpen, longestOnTyping);
  return {
    query,
    count,
    requests,
    gzipBytes,
    msToResults: Math.round(msToResults),
    msAfterKey: Math.round(msAfterKey),
    longestTaskMs: Math.round(longestTaskMs),
  };
}
