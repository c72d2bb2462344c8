import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { watchedContext } from './support/browser.ts';
import { builtSite, fixtureContent, type BuiltSite } from './support/build.ts';
import { checkChartEmbeds } from './support/chart-embeds.ts';
import { crawl } from './support/crawl.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './support/html.ts';
import type { StaticServer } from './support/server.ts';
import { closeServedSite, openServedSite } from './support/served.ts';

/**
 * Issue 8, on built sites: a fixture site (the real 2024 source plus the synthetic 2023 GBK CSV and
 * 2025 GBK HTML years) shows every year on the comparison pages and passes the site's page checks;
 * the real one-year site says that comparison needs a second year, with no empty chart.
 */

/** Raw sources are published byte for byte (a saved government page included): not our pages. */
const isOurPage = (p: string) => !p.startsWith('sources/');

const yearsContent = (): string =>
  fixtureContent('years-site', [
    ['content/sources/2024', 'sources/2024'],
    ['content/overrides/2024.yaml', 'overrides/2024.yaml'],
    ['tests/fixtures/years/2023', 'sources/2023'],
    ['tests/fixtures/years/2025', 'sources/2025'],
  ]);

const byTag = (tree: HastNode, tag: string) => elements(tree).filter((e) => e.tagName === tag);
const hrefs = (tree: HastNode) => byTag(tree, 'a').map((a) => String(a.properties?.href ?? ''));
const text = (node: HastNode) => textOf(node).replace(/\s+/g, ' ').trim();
const rowOf = (tree: HastNode, heading: string) =>
  byTag(tree, 'tr').find((tr) => text(byTag(tr, 'th')[0] ?? tr).startsWith(heading));
const section = (tree: HastNode, heading: string) =>
  byTag(tree, 'section').find((s) => text(byTag(s, 'h2')[0] ?? s).startsWith(heading));
const cells = (tr: HastNode | undefined) => (tr ? byTag(tr, 'td').map(text) : []);

describe('a site with three years (2023 GBK CSV, 2024 real, 2025 GBK HTML)', () => {
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    ({ site, browser, server } = await openServedSite({ content: yearsContent() }));
  });
  afterAll(() => closeServedSite({ browser, server }));

  it('summarizes the years side by side', () => {
    const page = parsePage(site.dist, 'compare/index.html');
    expect(byTag(page, 'thead').map(textOf).join(' ')).toMatch(/2023 年.*2024 年.*2025 年/s);
    expect(cells(rowOf(page, '任务数'))).toEqual(['10', '90', '10']);
    expect(hrefs(page)).toEqual(
      expect.arrayContaining(['../2023/index.html', '../2024/index.html', '../2025/index.html']),
    );
  });

  it('follows GDP growth and the unemployment rate across the three years, target and reported value, linked to the tasks', () => {
    const page = parsePage(site.dist, 'compare/index.html');
    const gdp = cells(rowOf(page, '地区生产总值增速'));
    expect(gdp).toHaveLength(3);
    ['6.5%左右', '6%左右', '5.5%左右'].forEach((target, i) => expect(gdp[i]).toContain(`目标：${target}`));
    ['6.1%', '5.6%', '5.8%'].forEach((actual, i) => expect(gdp[i]).toContain(`报告值：${actual}`));
    const unemployment = cells(rowOf(page, '城镇登记失业率'));
    expect(unemployment.map((c) => c.match(/报告值：([\d.]+%)/)?.[1])).toEqual(['2.3%', '2.04%', '2.1%']);
    expect(hrefs(page)).toEqual(
      expect.arrayContaining([
        '../2023/tasks/1.html',
        '../2024/tasks/1.html',
        '../2025/tasks/1.html',
        '../2024/tasks/55.html',
      ]),
    );
    const svg = byTag(page, 'svg').find((s) => s.properties?.id === 'indicator-years');
    expect(svg?.properties?.role).toBe('img');
    expect(text(byTag(svg!, 'desc')[0]!)).toContain(
      '地区生产总值增速：2023 年目标 6.5%、报告 6.1%；2024 年目标 6%、报告 5.6%；2025 年目标 5.5%、报告 5.8%',
    );
  });

  it('links each pair of adjacent years: continued with scores, new and dropped', () => {
    const index = parsePage(site.dist, 'compare/index.html');
    expect(hrefs(index)).toEqual(expect.arrayContaining(['./2023-2024.html', './2024-2025.html']));
    const pair = parsePage(site.dist, 'compare/2024-2025.html');
    const headings = byTag(pair, 'h2').map(text);
    expect(headings).toEqual(['延续的任务（7 项）', '2025 年新增的任务（3 项）', '2024 年未延续的任务（83 项）']);
    const gdp = byTag(pair, 'tr').find((tr) => text(tr).startsWith('2025 年第 1 项'));
    expect(hrefs(gdp!)).toEqual(['../2025/tasks/1.html', '../2024/tasks/1.html']);
    expect(cells(gdp).at(-1)).toBe('1.00');
  });

  it('links a task page to its counterparts, with the score, or says it is new', () => {
    const carried = parsePage(site.dist, '2025/tasks/5.html');
    const counterparts = section(carried, '历年对照');
    expect(hrefs(counterparts!)).toContain('../../2024/tasks/20.html');
    expect(text(counterparts!)).toMatch(/2024 年第 20 项：.+相似度 0\.\d\d/);
    const added = text(parsePage(site.dist, '2025/tasks/10.html'));
    expect(added).toContain('2024 年报告中没有相近的任务，本项为新增。');
    const middle = section(parsePage(site.dist, '2024/tasks/1.html'), '历年对照');
    expect(hrefs(middle!)).toEqual(expect.arrayContaining(['../../2023/tasks/1.html', '../../2025/tasks/1.html']));
  });

  it('shows the optional columns of the 2025 page (牵头单位, 下一步计划) on the task page', () => {
    const page = text(parsePage(site.dist, '2025/tasks/8.html'));
    expect(page).toContain('区住建局');
    expect(page).toContain('加强日常管护。');
  });

  it('gives every chart its files; the indicator chart’s at compare/charts/, naming each year’s report', () => {
    const seen = checkChartEmbeds(site.dist);
    expect(seen.kinds['chart-iy']).toBe(1);
    expect(seen.kinds['chart-glance']).toBe(4); // the home page's and each year's
    const figure = byTag(parsePage(site.dist, 'compare/index.html'), 'figure')[0]!;
    expect(byTag(figure, 'a').map((a) => a.properties?.href)).toEqual([
      './charts/indicator-years.svg',
      './charts/indicator-years.csv',
    ]);
    const image = readFileSync(join(site.dist, 'compare/charts/indicator-years.svg'), 'utf8');
    expect(image.match(/数据来源：/g)).toHaveLength(3);
    const csv = readFileSync(join(site.dist, 'compare/charts/indicator-years.csv'), 'utf8');
    expect(csv).toMatch(/^\uFEFF指标,单位,年份,目标,报告值\r\n/);
  });

  it('passes the static page checks: one <h1>, lang="zh-CN", no script but on search', () => {
    const failures: string[] = [];
    for (const path of siteFiles(site.dist, '.html').filter(isOurPage)) {
      const tree = parsePage(site.dist, path);
      if (byTag(tree, 'h1').length !== 1) failures.push(`${path}: ${byTag(tree, 'h1').length} <h1>`);
      if (byTag(tree, 'html')[0]?.properties?.lang !== 'zh-CN') failures.push(`${path}: lang is not zh-CN`);
      if (path !== 'search.html' && byTag(tree, 'script').length > 0) failures.push(`${path}: <script>`);
    }
    expect(failures).toEqual([]);
  });

  // The real site's test runs axe on every 2024 page; here: every page this site adds or changes in kind.
  it(
    'axe (WCAG 2.2 AA) finds nothing on the comparison pages, both synthetic years and sample 2024 pages',
    { timeout: 900_000 },
    async () => {
      const sample = new Set([
        'index.html',
        '2024/index.html',
        '2024/tasks/1.html',
        '2024/tasks/20.html',
        '2024/tasks/55.html',
      ]);
      const pages = siteFiles(site.dist, '.html').filter(
        (p) => isOurPage(p) && (sample.has(p) || /^(compare|2023|2025)\//.test(p)),
      );
      const failures: string[] = [];
      // The single-file edition carries its own strict CSP meta; axe is injected past it.
      const { context } = await watchedContext(browser, server.url, { bypassCSP: true });
      const tab = await context.newPage();
      for (const path of pages) {
        await tab.goto(server.url + path, { waitUntil: 'load' });
        failures.push(...describeViolations(path, await runAxe(tab)));
      }
      await context.close();
      expect(failures).toEqual([]);
    },
  );

  for (const [how, baseOf] of [
    ['served at /', () => server.url],
    ['opened from disk (file://)', () => `${pathToFileURL(site.dist).href}/`],
  ] as const) {
    it(
      `links work ${how}: every page reachable, nothing broken, failed or off-site`,
      { timeout: 900_000 },
      async () => {
        const result = await crawl(browser, baseOf());
        const pages = siteFiles(site.dist, '.html').filter(isOurPage);
        expect([
          ...result.broken.map((b) => `${b.from}: ${b.ref} — ${b.reason}`),
          ...result.consoleErrors,
          ...result.failedRequests,
          ...result.offsiteRequests,
          ...pages
            .filter((p) => p !== '404.html' && !result.pages.includes(p))
            .map((p) => `${p} not reachable from index.html`),
        ]).toEqual([]);
      },
    );
  }
});

describe('the real site with one year', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = builtSite();
  });

  it('says the comparison needs a second year, shows that year’s values and draws no chart', () => {
    const page = parsePage(site.dist, 'compare/index.html');
    const years = siteFiles(site.dist, '.html')
      .filter((p) => /^\d{4}\/index\.html$/.test(p))
      .map((p) => p.slice(0, 4));
    expect(years).toHaveLength(1);
    expect(text(page)).toContain(`目前只有 ${years[0]} 年一年的报告`);
    expect(text(page)).toContain('只有一年的报告，暂无任务延续情况。');
    expect(byTag(page, 'svg')).toEqual([]);
    expect(existsSync(join(site.dist, 'compare/charts'))).toBe(false);
    expect(cells(rowOf(page, '地区生产总值增速'))).toHaveLength(1);
    expect(siteFiles(site.dist, '.html').filter((p) => /^compare\/\d{4}-\d{4}\.html$/.test(p))).toEqual([]);
    expect(section(parsePage(site.dist, `${years[0]}/tasks/1.html`), '历年对照')).toBeUndefined();
  });
});
