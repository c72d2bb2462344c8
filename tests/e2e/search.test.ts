import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './support/build.ts';
import { launchBrowser, watchedContext } from './support/browser.ts';
import { showAllResults } from './support/results.ts';
import { serve, type StaticServer } from './support/server.ts';
import { THESAURUS } from '../../src/pipeline/extract/lexicon/thesaurus.ts';
import { expectedRows, fold, QUERIES, sampledQueries, sourceRows, termsOf, type SourceRow } from './search-truth.ts';

/**
 * The search page in a real Chromium, over HTTP (under a sub-path, as a CDN serves it) and from
 * file:// (where the page must use its plain-script index). Every query of QUERIES must return
 * exactly the pages whose source text contains each term, and nothing else.
 */

const site = builtSite();
const rows = sourceRows(site.content);
/**
 * Over HTTP both search paths are checked: the real site is small, so its page answers from the
 * plain-script index (src/search/engine.ts); the same content built with GZBG_SEARCH_ENGINE=pagefind
 * is the page a large archive gets, answered by Pagefind in its worker.
 */
const ENGINES = [
  { engine: 'plain', site },
  { engine: 'pagefind', site: builtSite({ env: { GZBG_SEARCH_ENGINE: 'pagefind' } }) },
] as const;

let browser: Browser;
const servers = new Map<string, StaticServer>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const e of ENGINES) servers.set(e.engine, await serve(e.site.dist, { prefix: '/zwgk/gzbg/' }));
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((s) => s.close()));
});

/** The requests of a search over HTTP show which index answered: Pagefind's files or the plain script. */
function expectEngine(engine: 'plain' | 'pagefind', requests: string[]): void {
  const pagefind = requests.filter((u) => u.includes('/pagefind/'));
  const plain = requests.filter((u) => u.includes('offline-index.js'));
  if (engine === 'pagefind') {
    expect(pagefind.length).toBeGreaterThan(0);
    expect(plain).toEqual([]);
  } else {
    expect(pagefind).toEqual([]);
    expect(plain.length).toBeGreaterThan(0);
  }
}

interface Shown {
  count: number;
  message: string;
  results: { key: string; href: string; marks: string[]; excerpt: string }[];
}

const keyOf = (r: Pick<SourceRow, 'year' | 'number'>) => `${r.year}-${r.number}`;

/** Opens the search page by address (as the header form of every page does) and reads the results. */
async function searchByAddress(page: Page, base: string, params: Record<string, string>): Promise<Shown> {
  await page.goto(`${base}search.html?${new URLSearchParams(params)}`);
  return readResults(page);
}

/** Types a query into the page's own form and presses Enter, as a keyboard user would. */
async function searchByTyping(page: Page, query: string): Promise<Shown> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  return readResults(page);
}

/** Every query of the list, on one page: the first by address, the rest typed into the form. */
async function runQueryList(page: Page, base: string): Promise<string[]> {
  const [first, ...rest] = QUERIES;
  const wrong = checkQuery(first!, await searchByAddress(page, base, { q: first! }));
  for (const q of rest) wrong.push(...checkQuery(q, await searchByTyping(page, q)));
  return wrong;
}

async function readResults(page: Page): Promise<Shown> {
  await showAllResults(page);
  const results = await page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      marks: [...li.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent!),
      excerpt: li.querySelector('.search-result__excerpt')!.textContent!,
    })),
  );
  return {
    count: Number(await page.getAttribute('#search-app', 'data-count')),
    message: (await page.textContent('#search-message')) ?? '',
    results: results.map((r) => {
      const m = /(\d{4})\/(?:tasks\/(\d+)|index)\.html$/.exec(r.href);
      return { ...r, key: m ? `${m[1]}-${m[2] ?? 0}` : `unknown:${r.href}` };
    }),
  };
}

/**
 * Problems with one query's results; empty when the results are exactly right. `ranked` adds the
 * ranking rule (for the hand-picked queries; a common word cut at random has no clear best page).
 */
function checkQuery(query: string, shown: Shown, ranked = true): string[] {
  const problems: string[] = [];
  const terms = termsOf(query);
  const expected = expectedRows(rows, query);
  const want = new Set(expected.map((e) => keyOf(e.row)));
  const got = shown.results.map((r) => r.key);
  const missing = [...want].filter((k) => !got.includes(k));
  const extra = got.filter((k) => !want.has(k));
  if (missing.length) problems.push(`${query}: missing ${missing.join(', ')}`);
  if (extra.length) problems.push(`${query}: results without every term ${extra.join(', ')}`);
  if (shown.count !== want.size) problems.push(`${query}: count ${shown.count}, expected ${want.size}`);
  // The rows that mention the terms most must be among the first five results.
  const most = Math.max(0, ...expected.map((e) => e.count));
  const top = expected.filter((e) => e.count === most).map((e) => keyOf(e.row));
  if (ranked && top.length && top.length <= 5 && !top.some((k) => got.slice(0, 5).includes(k))) {
    problems.push(`${query}: none of ${top.join(', ')} (most mentions) in the top 5 ${got.slice(0, 5).join(', ')}`);
  }
  for (const r of shown.results) {
    if (!r.marks.length) problems.push(`${query}: ${r.key} excerpt has no highlighted term`);
    const stray = r.marks.filter((m) => !terms.some((t) => t.includes(fold(m))));
    if (stray.length) problems.push(`${query}: ${r.key} highlights ${stray.join(', ')}, not a query term`);
  }
  if (want.size && !shown.message.includes(String(want.size)))
    problems.push(`${query}: announcement "${shown.message}" lacks the count`);
  return problems;
}

describe('query list', () => {
  it('is drawn from the report: at least 40 queries, most of them with answers', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const answered = QUERIES.filter((q) => expectedRows(rows, q).some((e) => e.row.number > 0));
    expect(answered.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ENGINES)(
    'over HTTP under a sub-path ($engine): every query finds exactly the pages that contain its terms',
    async ({ engine }) => {
      const server = servers.get(engine)!;
      const { context, problems } = await watchedContext(browser, server.url);
      const page = await context.newPage();
      // Read from the server's log: Pagefind fetches its index from its worker, not from the page.
      const from = server.requests.length;
      const wrong = await runQueryList(page, server.url);
      await context.close();
      expect(wrong).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
      expectEngine(
        engine,
        server.requests.slice(from).map((r) => r.path),
      );
    },
    600_000,
  );

  it('from file://: the same results from the plain-script index, and nothing asked of Pagefind', async () => {
    const base = pathToFileURL(site.dist).href + '/';
    const { context, problems } = await watchedContext(browser, base);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const wrong = await runQueryList(page, base);
    await context.close();
    expect(wrong).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/search/offline-index.js'))).toBe(true);
  }, 600_000);

  it.each(ENGINES)(
    'over HTTP ($engine): 120 substrings cut anywhere from the source find exactly the pages that contain them',
    async ({ engine }) => {
      const server = servers.get(engine)!;
      const { context, problems } = await watchedContext(browser, server.url);
      const page = await context.newPage();
      await page.goto(`${server.url}search.html`);
      const wrong: string[] = [];
      for (const q of sampledQueries(rows, 120)) wrong.push(...checkQuery(q, await searchByTyping(page, q), false));
      await context.close();
      expect(wrong).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    },
    600_000,
  );
});

/**
 * Search that understands the reader (issue 17.5). What each query must find is worked out here
 * from the data, not from the page's code: traditional characters through opencc-js's own converter,
 * synonyms from the pairing's thesaurus, status and area words from the open data (data/<year>.json).
 */
describe('queries the reader means', () => {
  const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
  interface OpenTask {
    number: number;
    statusLabel: string;
    area: string;
  }
  const openTasks = readdirSync(join(site.dist, 'data'))
    .filter((f) => /^\d{4}\.json$/.test(f))
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(site.dist, 'data', f), 'utf8')) as {
        report: { year: number };
        tasks: OpenTask[];
      };
      return data.tasks.map((t) => ({ ...t, year: data.report.year }));
    });
  const keysWith = (words: string[]) => new Set(words.flatMap((w) => expectedRows(rows, w).map((e) => keyOf(e.row))));
  const STATUS = '未达目标';
  const AREA = openTasks[0]!.area;
  const synonymOf = THESAURUS.find((e) => e.variants.includes('GDP'))!;
  const cases: { query: string; want: Set<string>; offer?: { label: string; count: number } }[] = [
    { query: '經濟', want: keysWith([t2s('經濟')]) },
    { query: 'GDP', want: keysWith([synonymOf.canonical, ...synonymOf.variants]) },
    {
      query: STATUS,
      want: new Set([...keysWith([STATUS]), ...openTasks.filter((t) => t.statusLabel === STATUS).map(keyOf)]),
      offer: { label: STATUS, count: openTasks.filter((t) => t.statusLabel === STATUS).length },
    },
    {
      query: AREA,
      want: new Set([...keysWith([AREA]), ...openTasks.filter((t) => t.area === AREA).map(keyOf)]),
      offer: { label: AREA, count: openTasks.filter((t) => t.area === AREA).length },
    },
  ];

  it('the expectations are not empty: 經濟 is 经济, GDP is in the thesaurus, some task is 未达目标', () => {
    expect(t2s('經濟')).toBe('经济');
    for (const c of cases) expect(c.want.size, c.query).toBeGreaterThan(0);
    // Traditional characters and the abbreviation do not occur in the text: only understanding finds them.
    expect(expectedRows(rows, '經濟')).toEqual([]);
    expect(expectedRows(rows, 'GDP')).toEqual([]);
  });

  async function check(page: Page, base: string): Promise<string[]> {
    const wrong: string[] = [];
    await page.goto(`${base}search.html`);
    for (const c of cases) {
      const shown = await searchByTyping(page, c.query);
      const got = shown.results.map((r) => r.key);
      const missing = [...c.want].filter((k) => !got.includes(k));
      const extra = got.filter((k) => !c.want.has(k));
      if (missing.length) wrong.push(`${c.query}: missing ${missing.join(', ')}`);
      if (extra.length) wrong.push(`${c.query}: unexpected ${extra.join(', ')}`);
      if (shown.count !== c.want.size) wrong.push(`${c.query}: count ${shown.count}, expected ${c.want.size}`);
      const offers = await page.$$eval('#search-offer a', (as) =>
        as.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })),
      );
      if (c.offer) {
        const line = `${c.offer.label}（${openTasks[0]!.year} 年，${c.offer.count} 项）`;
        if (!offers.some((o) => o.text === line))
          wrong.push(`${c.query}: no offer «${line}» in ${JSON.stringify(offers)}`);
        for (const o of offers) {
          await page.click(`#search-offer a[href="${o.href}"]`);
          const listed = await page.$$eval('main a[href*="tasks/"]', (as) => as.length);
          if (listed < c.offer.count)
            wrong.push(`${c.query}: ${o.href} lists ${listed} tasks, expected ${c.offer.count}`);
          await page.goBack();
          await page.waitForSelector('#search-app[data-state="done"]');
        }
      } else if (offers.length) wrong.push(`${c.query}: offers a filter ${JSON.stringify(offers)}`);
    }
    return wrong;
  }

  it.each(ENGINES)(
    'over HTTP under a sub-path ($engine): 經濟, GDP, 未达目标 and an area name find what they mean',
    async ({ engine }) => {
      const server = servers.get(engine)!;
      const { context, problems } = await watchedContext(browser, server.url);
      const page = await context.newPage();
      const wrong = await check(page, server.url);
      await context.close();
      expect(wrong).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    },
    300_000,
  );

  it('from file://: the same, from the plain-script index', async () => {
    const base = pathToFileURL(site.dist).href + '/';
    const { context, problems } = await watchedContext(browser, base);
    const page = await context.newPage();
    const wrong = await check(page, base);
    await context.close();
    expect(wrong).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  }, 300_000);
});
