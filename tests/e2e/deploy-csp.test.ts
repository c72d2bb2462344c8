import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP, SEARCH_CSP, recommendedHeaders } from '../../src/integration/deploy-headers.ts';
import { launchBrowser, watchedContext, type PageProblems } from './support/browser.ts';
import { builtSite } from './support/build.ts';
import { siteFiles } from './support/html.ts';
import { serve, type ServeOptions, type StaticServer } from './support/server.ts';

/**
 * Issue 7 §3: served with the headers DEPLOY.md recommends (src/integration/deploy-headers.ts),
 * under a sub-path, every page and the search page with a query run without a single CSP violation.
 * Violations are caught twice: the `securitypolicyviolation` event and Chromium's console report.
 */

const PREFIX = '/zwgk/gzbg/';
let browser: Browser;
let dist: string;
// The same content with the search page of a large archive (Pagefind, in its worker, answers over HTTP).
let pagefindDist: string;
const servers: StaticServer[] = [];

beforeAll(async () => {
  dist = builtSite().dist;
  pagefindDist = builtSite({ env: { GZBG_SEARCH_ENGINE: 'pagefind' } }).dist;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function serveWith(root: string, headers: ServeOptions['headers']): Promise<StaticServer> {
  const server = await serve(root, { prefix: PREFIX, headers });
  servers.push(server);
  return server;
}

const byPath = (root: string) => (file: string) => recommendedHeaders(relative(root, file).split(sep).join('/'));

/** A watched context that also records every CSP violation a page reports. */
async function cspContext(
  base: string,
): Promise<{ context: BrowserContext; problems: PageProblems; violations: () => Promise<string[]> }> {
  const { context, problems } = await watchedContext(browser, base);
  const reported: string[] = [];
  await context.exposeBinding('__reportCsp', ({ page }, text: string) => void reported.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const violations = async () => [
    ...reported,
    ...problems.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m)),
  ];
  return { context, problems, violations };
}

describe('under the recommended CSP, served at a sub-path', () => {
  it('no page reports a CSP violation, a console error or a failed request', { timeout: 600_000 }, async () => {
    const server = await serveWith(dist, byPath(dist));
    const { context, problems, violations } = await cspContext(server.url);
    const pages = siteFiles(dist, '.html');
    expect(pages.length).toBeGreaterThan(5);
    // A few tabs at once: every page is visited, in a fraction of the time.
    const queue = [...pages];
    const tab = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(server.url + path.split('/').map(encodeURIComponent).join('/'), { waitUntil: 'load' });
      }
    };
    await Promise.all([tab(), tab(), tab(), tab()]);
    await context.close();
    expect(await violations()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.offsiteRequests).toEqual([]);
  });

  it('the search page of a small site finds 氢能 in its plain-script index and reports no violation', async () => {
    const server = await serveWith(dist, byPath(dist));
    const { context, problems, violations } = await cspContext(server.url);
    const page = await context.newPage();
    await page.goto(`${server.url}search.html?q=${encodeURIComponent('氢能')}`, { waitUntil: 'load' });
    await page.waitForSelector('#search-app[data-state="done"]', { timeout: 30_000 });
    const results = await page.locator('#search-list li').count();
    await context.close();
    expect(results).toBeGreaterThan(0);
    expect(server.requests.filter((r) => r.path.includes('/pagefind/'))).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('the search page of a large archive finds 氢能 with Pagefind (WebAssembly, in its worker) and reports no violation', async () => {
    const server = await serveWith(pagefindDist, byPath(pagefindDist));
    const { context, problems, violations } = await cspContext(server.url);
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (msg) => void (msg.type() === 'warning' && warnings.push(msg.text())));
    const workers: string[] = [];
    page.on('worker', (worker) => void workers.push(worker.url()));
    await page.goto(`${server.url}search.html?q=${encodeURIComponent('氢能')}`, { waitUntil: 'load' });
    await page.waitForSelector('#search-app[data-state="done"]', { timeout: 30_000 });
    const results = await page.locator('#search-list li').count();
    // Result links must stay inside the sub-path the site is served under.
    const outside = await page.$$eval(
      '#search-list a[href]',
      (as, base) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.startsWith(base)),
      server.url,
    );
    // One Pagefind bundle per decade (pagefind/2020-2029/): the newest one's wasm runs the search.
    const wasmLoaded = server.requests.some(
      (r) =>
        /^pagefind\/(\d{4}-\d{4}\/)?wasm\./.test(r.path.slice(PREFIX.length)) &&
        r.path.startsWith(PREFIX) &&
        r.status === 200,
    );
    await context.close();
    expect(results).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(wasmLoaded).toBe(true);
    // Pagefind runs in its worker: its own same-origin script (worker-src via script-src 'self'), never a blob.
    // The worker of the newest decade's bundle (pagefind/2020-2029/), which any older decades' merge into.
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(new RegExp(`^${server.url}pagefind/\\d{4}-\\d{4}/pagefind-worker\\.js$`));
    expect(await violations()).toEqual([]);
    expect(warnings.filter((w) => /worker|Content Security Policy|Refused/i.test(w))).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});

describe('the check itself', () => {
  it('sees an inline style and an inline script blocked by the page CSP', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gzbg-csp-probe-'));
    try {
      writeFileSync(
        join(root, 'index.html'),
        '<!DOCTYPE html><html lang="zh-CN"><title>x</title><p style="color:red">x</p><script>document.title="y"</script></html>',
      );
      const server = await serveWith(root, { 'Content-Security-Policy': PAGE_CSP });
      const { context, violations } = await cspContext(server.url);
      await (await context.newPage()).goto(`${server.url}index.html`, { waitUntil: 'load' });
      await context.close();
      const found = (await violations()).join('\n');
      expect(found).toMatch(/style-src/);
      expect(found).toMatch(/script-src/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("Pagefind does need 'wasm-unsafe-eval': without it the search page reports a violation", async () => {
    const server = await serveWith(pagefindDist, (file) => ({
      ...byPath(pagefindDist)(file),
      'Content-Security-Policy': SEARCH_CSP.replace(" 'wasm-unsafe-eval'", ''),
    }));
    const { context, violations } = await cspContext(server.url);
    const page = await context.newPage();
    await page.goto(`${server.url}search.html?q=${encodeURIComponent('氢能')}`, { waitUntil: 'load' });
    await page.waitForSelector('#search-app[data-state="done"]', { timeout: 30_000 }).catch(() => undefined);
    await context.close();
    expect((await violations()).join('\n')).toMatch(/wasm-eval|script-src/);
  });
});
