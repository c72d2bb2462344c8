import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleFilePath } from '../../src/integration/single-file.ts';
import { launchBrowser } from './support/browser.ts';
import { builtSite } from './support/build.ts';
import { siteFiles } from './support/html.ts';

/**
 * Issue 7 §5: each report's single-file edition opens from file:// with no request leaving the
 * file (every request the page makes is recorded and refused), and carries what the all-tasks
 * page carries: every task, the metadata, the figures and charts.
 */

let browser: Browser;
let dist: string;
let years: number[];

beforeAll(async () => {
  dist = builtSite().dist;
  years = siteFiles(dist, '.html')
    .filter((p) => /^\d{4}\/all\.html$/.test(p))
    .map((p) => Number(p.slice(0, 4)));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('single-file edition', () => {
  it('exists for every year that has an all-tasks page', () => {
    expect(years.length).toBeGreaterThan(0);
    const pages = siteFiles(dist, '.html');
    expect(years.filter((y) => !pages.includes(singleFilePath(y)))).toEqual([]);
  });

  it('opens from disk without a single request, error or unstyled page', async () => {
    for (const year of years) {
      const file = join(dist, singleFilePath(year));
      const url = pathToFileURL(file).href;
      const context = await browser.newContext();
      const requests: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', async (route, request) => {
        if (request.url() === url) return route.continue();
        requests.push(request.url());
        await route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
      page.on('pageerror', (e) => void errors.push(e.message));
      await page.goto(url, { waitUntil: 'load' });
      const facts = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        rules: Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0),
        brokenImages: Array.from(document.images).filter((i) => i.naturalWidth === 0).length,
        external: Array.from(document.querySelectorAll('[src], link[href], [srcset]'))
          .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '')
          .filter((u) => !u.startsWith('data:')),
      }));
      await context.close();
      expect(requests, `${year}: requests left the file`).toEqual([]);
      expect(errors, `${year}: console errors`).toEqual([]);
      expect(facts.external).toEqual([]);
      expect(facts.brokenImages).toBe(0);
      expect(facts.sheets).toBeGreaterThan(0);
      expect(facts.rules).toBeGreaterThan(20);
    }
  });

  it('carries every task and the metadata of the all-tasks page, and the charts of the overview', () => {
    for (const year of years) {
      const all = readFileSync(join(dist, `${year}/all.html`), 'utf8');
      const overview = readFileSync(join(dist, `${year}/index.html`), 'utf8');
      const single = readFileSync(join(dist, singleFilePath(year)), 'utf8');
      const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
      const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      expect(count(single, /<svg\b/g)).toBeGreaterThanOrEqual(
        Math.max(count(all, /<svg\b/g), count(overview, /<svg\b/g)),
      );
      expect(count(single, /<article\b/g)).toBe(count(all, /<article\b/g));
      // Every task's text survives whole (links become plain text).
      const singleText = text(single);
      const articles = [...all.matchAll(/<article\b[\s\S]*?<\/article>/g)].map((m) => text(m[0]));
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.filter((a) => !singleText.includes(a))).toEqual([]);
      const meta = /<section class="disclosure"[\s\S]*?<\/section>/.exec(all)?.[0];
      if (meta) expect(singleText).toContain(text(meta));
      const written = /name="PubDate" content="([^"]+)"/.exec(all)?.[1];
      expect(written && single.includes(written)).toBe(true);
    }
  });
});
