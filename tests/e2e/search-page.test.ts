import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { builtSite, projectRoot } from './support/build.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { expectedRows, sourceRows } from './search-truth.ts';

/** The search page as a person uses it: header form, filters, keyboard, screen reader, no JavaScript, CSP. */

const site = builtSite();
// The same content with the search page built for a large archive (Pagefind answers over HTTP).
const pagefindSite = builtSite({ env: { GZBG_SEARCH_ENGINE: 'pagefind' } });
const rows = sourceRows(site.content);
const SCREENSHOTS = join(projectRoot, 'tests/output/screenshots');
// A query with several answers, chosen from the source at test time (the first word with 3–15 rows).
const BROAD =
  ['学校', '企业', '服务', '建设', '项目'].find((q) => {
    const n = expectedRows(rows, q).length;
    return n >= 3 && n <= 15;
  }) ?? '建设';
// What DEPLOY.md asks for on the search page: scripts from the site only, plus wasm for Pagefind.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

let browser: Browser;
let server: StaticServer;
let pagefindServer: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(site.dist, {
    prefix: '/zwgk/gzbg/',
    headers: (file) => (file.endsWith('.html') ? { 'content-security-policy': CSP } : {}),
  });
  pagefindServer = await serve(pagefindSite.dist, {
    prefix: '/zwgk/gzbg/',
    headers: (file) => (file.endsWith('.html') ? { 'content-security-policy': CSP } : {}),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pagefindServer?.close();
});

async function done(page: Page): Promise<void> {
  await page.waitForSelector('#search-app[data-state="done"]', { timeout: 20_000 });
}

const resultLinks = (page: Page) => page.$$eval('.search-result a', (as) => as.map((a) => a.getAttribute('href')!));

describe('search page', () => {
  it('the header form of a task page lands on the search page with the query run', async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}2024/tasks/1.html`);
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.fill('#site-q', BROAD);
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/search\.html\?q=/);
    await done(page);
    expect(await page.inputValue('#search-q')).toBe(BROAD);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(expectedRows(rows, BROAD).length);
    // Links are relative to search.html and name files.
    for (const href of await resultLinks(page)) expect(href).toMatch(/^(?!\/|https?:)[^?#]+\.html$/);
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('from file:// the header form lands on the search page and the offline search answers', async () => {
    const base = pathToFileURL(site.dist).href + '/';
    const { page, context, problems } = await openPage(browser, `${base}2024/tasks/1.html`);
    await page.fill('#site-q', BROAD);
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/search\.html\?q=/);
    await done(page);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(expectedRows(rows, BROAD).length);
    // A result link opens its page from disk.
    await page.click('.search-result a');
    await page.waitForURL(/\/tasks\/\d+\.html$/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('over HTTP, a small site answers from its plain-script index and never asks Pagefind', async () => {
    expect(readFileSync(join(site.dist, 'search.html'), 'utf8')).toContain('data-engine="plain"');
    const { page, context, problems } = await openPage(
      browser,
      `${server.url}search.html?q=${encodeURIComponent(BROAD)}`,
    );
    await done(page);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(expectedRows(rows, BROAD).length);
    // No «offline» or «fallback» note: this is the site's chosen index, not a stand-in.
    expect(await page.textContent('#search-message')).not.toMatch(/离线索引|未能加载/);
    await context.close();
    const asked = server.requests.map((r) => r.path);
    expect(asked.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    expect(asked.some((p) => p.endsWith('/search/offline-index.js'))).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  });

  it('over HTTP, when Pagefind cannot run (a CSP without wasm), the plain-script index answers the same', async () => {
    expect(readFileSync(join(pagefindSite.dist, 'search.html'), 'utf8')).toContain('data-engine="pagefind"');
    // On every file: Pagefind's worker takes its CSP from its own script's response.
    const strict = await serve(pagefindSite.dist, {
      headers: () => ({ 'content-security-policy': CSP.replace(" 'wasm-unsafe-eval'", '') }),
    });
    try {
      const { page, context } = await openPage(browser, `${strict.url}search.html?q=${encodeURIComponent(BROAD)}`);
      await done(page);
      expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(expectedRows(rows, BROAD).length);
      expect(strict.requests.some((r) => r.path.endsWith('/search/offline-index.js'))).toBe(true);
      await context.close();
    } finally {
      await strict.close();
    }
  });

  it('over HTTP with Pagefind, typing fetches the query’s index chunks, so Enter fetches none', async () => {
    const chunks = (from: number) =>
      pagefindServer.requests.slice(from).flatMap((r) => (r.path.includes('/index/') ? [r.path] : []));
    // The chunks the idle page asks for (its warm-up query), and those each candidate query needs.
    let mark = pagefindServer.requests.length;
    const idle = await openPage(browser, `${pagefindServer.url}search.html`);
    await done(idle.page);
    await idle.page.waitForLoadState('networkidle');
    const warm = new Set(chunks(mark));
    // The warm-up searches only the newest year (few results, each of which costs the page a message
    // when released): Pagefind loads the year filter's chunk for it.
    const warmFilter = pagefindServer.requests.slice(mark).some((r) => r.path.includes('/filter/'));
    await idle.context.close();
    expect(warm.size).toBeGreaterThan(0);
    expect(warmFilter).toBe(true);
    let query: string | undefined;
    let needed: string[] = [];
    for (const q of ['氢能', '学校', '企业', '服务', '项目', '农田', BROAD]) {
      mark = pagefindServer.requests.length;
      const cold = await openPage(browser, `${pagefindServer.url}search.html?q=${encodeURIComponent(q)}`);
      await done(cold.page);
      needed = chunks(mark);
      await cold.context.close();
      // A query all of whose chunks the warm-up loads would pass without any preloading.
      if (needed.some((c) => !warm.has(c))) {
        query = q;
        break;
      }
    }
    expect(query, 'a query needing an index chunk the warm-up does not load').toBeDefined();
    mark = pagefindServer.requests.length;
    const { page, context, problems } = await openPage(browser, `${pagefindServer.url}search.html`);
    await done(page);
    await page.waitForLoadState('networkidle');
    await page.type('#search-q', query!);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    for (const c of needed) expect(chunks(mark)).toContain(c);
    const typed = pagefindServer.requests.length;
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-app[data-count]');
    await done(page);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(expectedRows(rows, query!).length);
    expect(chunks(typed)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('filters are real form controls: choosing one narrows the results and lands in the address', async () => {
    const { page, context, problems } = await openPage(
      browser,
      `${server.url}search.html?q=${encodeURIComponent(BROAD)}`,
    );
    await done(page);
    const all = Number(await page.getAttribute('#search-app', 'data-count'));
    // The status of the first result, chosen as a filter, keeps that result and only results with it.
    const status = (await page.$eval('.search-result .badge', (b) => b.lastChild!.textContent!)).trim();
    expect(status).not.toBe('');
    await page.selectOption('#search-status', status);
    await done(page);
    const filtered = Number(await page.getAttribute('#search-app', 'data-count'));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
    const badges = await page.$$eval('.search-result .badge', (bs) => bs.map((b) => b.textContent!));
    expect(badges.every((b) => b.includes(status))).toBe(true);
    expect(new URL(page.url()).searchParams.get('status')).toBe(status);
    // A reload keeps the filter: the address alone says what is shown.
    await page.reload();
    await done(page);
    expect(await page.inputValue('#search-status')).toBe(status);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(filtered);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone and announces the result count in a live region', async () => {
    const { page, context } = await openPage(browser, `${server.url}search.html`);
    await done(page);
    const live = await page.$eval('#search-message', (p) => [p.getAttribute('role'), p.getAttribute('aria-live')]);
    expect(live).toEqual(['status', 'polite']);
    expect(await page.$eval('#search-q', (i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim())).toBeTruthy();
    await page.focus('#search-q');
    await page.keyboard.type(BROAD);
    await page.keyboard.press('Enter');
    await done(page);
    const count = expectedRows(rows, BROAD).length;
    expect(await page.textContent('#search-message')).toContain(String(count));
    // Tab from the form reaches the filters, then the first result.
    let reached = '';
    for (let i = 0; i < 12 && !reached.includes('search-result'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement?.closest('.search-result') ? 'search-result' : (document.activeElement?.id ?? ''),
      );
    }
    expect(reached).toBe('search-result');
    await context.close();
  });

  it('shows what was typed as text, never as markup', async () => {
    const typed = '<img src=x onerror="window.pwned=1">氢能';
    const { page, context } = await openPage(browser, `${server.url}search.html?q=${encodeURIComponent(typed)}`);
    await done(page);
    expect(await page.$$('main img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.textContent('#search-message')).toContain('<img');
    await context.close();
  });

  it('with JavaScript off says so and links to the all-tasks and area pages', async () => {
    const { page, context } = await openPage(browser, `${server.url}search.html?q=x`, { javaScriptEnabled: false });
    const text = await page.textContent('.search-noscript');
    expect(text).toContain('JavaScript');
    const hrefs = await page.$$eval('.search-noscript a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => /\d{4}\/all\.html$/.test(h))).toBe(true);
    expect(hrefs.some((h) => /\d{4}\/areas\/[a-z0-9-]+\.html$/.test(h))).toBe(true);
    for (const h of hrefs) expect(existsSync(join(site.dist, h)), h).toBe(true);
    await context.close();
  });

  it('is the only page with scripts, and they are files of the site (no inline script)', () => {
    const html = readFileSync(join(site.dist, 'search.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc="\.\/search\/[\w-]+\.js"/);
      expect(body!.trim()).toBe('');
    }
  });

  it('passes axe with results shown, and is photographed at 320 and 1280 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const failures: string[] = [];
    // axe is injected as an inline script, which the page's CSP rightly refuses: bypassed for axe only.
    for (const width of [320, 1280]) {
      const { page, context } = await openPage(
        browser,
        `${server.url}search.html?q=${encodeURIComponent(`${BROAD}`)}`,
        { viewport: { width, height: 900 }, bypassCSP: true },
      );
      await done(page);
      expect(await page.$$eval('.search-result mark', (m) => m.length)).toBeGreaterThan(0);
      failures.push(...describeViolations(`search.html @${width}`, await runAxe(page)));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, `search-${width}.png`), fullPage: true });
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});

/**
 * Results come a page at a time (10, as Pagefind's own UI shows): the count at once, then
 * «显示更多结果» for the next page. On the Pagefind path only the shown results' texts are loaded.
 */
const MANY = ['2024年', '完成', '推进', '建设'].find((q) => expectedRows(rows, q).length > 20)!;
const PAGES = [
  { path: 'plain index over HTTP', base: () => server.url, pagefind: false },
  { path: 'Pagefind over HTTP', base: () => pagefindServer.url, pagefind: true },
  { path: 'plain index from file://', base: () => pathToFileURL(site.dist).href + '/', pagefind: false },
];

describe.each(PAGES)('paging ($path)', ({ base, pagefind }) => {
  const fragments = () => pagefindServer.requests.filter((r) => r.path.includes('/fragment/')).length;
  const drawn = (page: Page) => page.$$eval('.search-result', (l) => l.length);
  const message = async (page: Page) => (await page.textContent('#search-message')) ?? '';

  it('draws the count and the first 10 results; «显示更多结果» draws the next 10, focuses the first and announces it', async () => {
    const total = expectedRows(rows, MANY).length;
    expect(MANY).toBeDefined();
    const before = fragments();
    const { page, context, problems } = await openPage(browser, `${base()}search.html?q=${encodeURIComponent(MANY)}`);
    await done(page);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(total);
    expect(await drawn(page)).toBe(10);
    expect(await message(page)).toContain(`找到 ${total} 条`);
    expect(await message(page)).toContain('已显示其中 10 条');
    // Pagefind loaded the texts of the drawn results only, not one per result of the query.
    if (pagefind) expect(fragments() - before).toBe(10);
    // A real button, named by what it does and how many are left.
    expect(await page.$eval('#search-more', (b) => [b.tagName, b.getAttribute('type')])).toEqual(['BUTTON', 'button']);
    expect(await page.textContent('#search-more')).toBe(`显示更多结果（还有 ${total - 10} 条）`);
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    await done(page);
    expect(await drawn(page)).toBe(20);
    // Focus lands on the first new result's link, and the live region says how many are shown.
    const focused = await page.evaluate(() => {
      const item = document.activeElement?.closest('.search-result');
      return document.activeElement?.tagName === 'A' && item
        ? [...document.querySelectorAll('.search-result')].indexOf(item)
        : -1;
    });
    expect(focused).toBe(10);
    expect(await message(page)).toContain(`找到 ${total} 条`);
    expect(await message(page)).toContain('已显示其中 20 条');
    if (pagefind) expect(fragments() - before).toBe(20);
    await page.focus('#search-more');
    await page.keyboard.press('Space');
    await done(page);
    expect(await drawn(page)).toBe(total);
    expect(await page.isVisible('#search-more')).toBe(false);
    expect(await message(page)).toContain('已全部显示');
    // Every page together is exactly the query's results, each once.
    const keys = (await resultLinks(page)).map((h) => {
      const m = /(\d{4})\/(?:tasks\/(\d+)|index)\.html$/.exec(h);
      return m ? `${m[1]}-${m[2] ?? 0}` : h;
    });
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.toSorted()).toEqual(
      expectedRows(rows, MANY)
        .map((e) => `${e.row.year}-${e.row.number}`)
        .toSorted(),
    );
    if (pagefind) expect(fragments() - before).toBe(total);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('a filter, the sort or a new query starts again at the first page', async () => {
    const { page, context, problems } = await openPage(browser, `${base()}search.html?q=${encodeURIComponent(MANY)}`);
    await done(page);
    const total = Number(await page.getAttribute('#search-app', 'data-count'));
    await page.click('#search-more');
    await done(page);
    expect(await drawn(page)).toBe(20);
    // Sorted by 编号: the same results, from the first page again.
    await page.selectOption('#search-sort', 'number');
    await done(page);
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(total);
    expect(await drawn(page)).toBe(10);
    expect(await message(page)).toContain('已显示其中 10 条');
    await page.click('#search-more');
    await done(page);
    expect(await drawn(page)).toBe(20);
    // A status filter: its own count, its first page, the button only if there is more.
    const status = (await page.$eval('.search-result .badge', (b) => b.lastChild!.textContent!)).trim();
    await page.selectOption('#search-status', status);
    await done(page);
    const filtered = Number(await page.getAttribute('#search-app', 'data-count'));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(await drawn(page)).toBe(Math.min(10, filtered));
    expect(await page.isVisible('#search-more')).toBe(filtered > 10);
    const badges = await page.$$eval('.search-result .badge', (bs) => bs.map((b) => b.textContent!));
    expect(badges.every((b) => b.includes(status))).toBe(true);
    // A new query, typed: its own first page.
    await page.selectOption('#search-status', '');
    await done(page);
    await page.fill('#search-q', BROAD);
    await page.press('#search-q', 'Enter');
    await done(page);
    const broad = expectedRows(rows, BROAD).length;
    expect(Number(await page.getAttribute('#search-app', 'data-count'))).toBe(broad);
    expect(await drawn(page)).toBe(Math.min(10, broad));
    expect(await page.isVisible('#search-more')).toBe(broad > 10);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
