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
  requests: number;
  gzipBytes: number;
  /** Milliseconds from navigation start until the first result is in the page. */
  msToResults: number;
}

/** Open search.html?q=… cold and wait for the first result link. */
export async function firstQuery(browser: Browser, dist: string, base: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen: URL[] = [];
  tab.on('requestfinished', (req) => seen.push(new URL(req.url())));
  const started = Date.now();
  await tab.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, base).href);
  await tab.waitForSelector('#search-list a', { timeout: 30_000 });
  const msToResults = Date.now() - started;
  await tab.waitForLoadState('networkidle');
  await context.close();
  const baseUrl = new URL(base);
  const gzipBytes = seen.reduce((sum, u) => sum + gzipSizeOf(dist, u, baseUrl), 0);
  return { query, requests: seen.length, gzipBytes, msToResults };
}
