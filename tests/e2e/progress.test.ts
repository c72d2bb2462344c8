import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { watchedContext } from './support/browser.ts';
import { builtSite, fixtureContent, type BuiltSite } from './support/build.ts';
import { checkChartEmbeds } from './support/chart-embeds.ts';
import { htmlValidateProblems } from './support/checks.ts';
import type { StaticServer } from './support/server.ts';
import { closeServedSite, openServedSite } from './support/served.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './support/html.ts';

/**
 * Issue 13 on a built site: the real 2024 final report of 宁波市镇海区 with the same government's
 * real 半年度进展情况 beside it (tests/fixtures/years/progress/2024/半年度进展). The progress report has
 * a page of its own where a mid-year shortfall never reads «未达目标», the task pages show the
 * timeline, the overview the counts at each snapshot, and the open data one row per task per report.
 */
const SLUG = 'progress-2024-06-30';

const HALF_YEAR = 'tests/fixtures/years/progress/2024/半年度进展';
const progressContent = (): string =>
  fixtureContent('progress-site', [
    ['content/sources/2024', 'sources/2024'],
    ['content/overrides', 'overrides'],
    [HALF_YEAR, 'sources/2024/半年度进展'],
  ]);

const byTag = (tree: HastNode, tag: string) => elements(tree).filter((e) => e.tagName === tag);
const text = (node: HastNode) => textOf(node).replace(/\s+/g, ' ').trim();
const section = (tree: HastNode, heading: string) =>
  byTag(tree, 'section').find((s) => text(byTag(s, 'h2')[0] ?? s).startsWith(heading));

describe('a year with a half-year progress report beside its final report (镇海区 2024, real)', () => {
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    ({ site, browser, server } = await openServedSite({ content: progressContent() }));
  });
  afterAll(() => closeServedSite({ browser, server }));
  // Pages this issue adds or changes: the snapshot page, the overview, a task page with its timeline, the methodology.
  const changed = [
    `2024/reports/${SLUG}.html`,
    '2024/index.html',
    '2024/tasks/1.html',
    '2024/tasks/3.html',
    'methodology.html',
  ];

  it(
    'html-validate and axe (WCAG 2.2 AA) find nothing on the pages it adds or changes',
    { timeout: 300_000 },
    async () => {
      expect(await htmlValidateProblems(site.dist, changed)).toEqual([]);
      const failures: string[] = [];
      const { context } = await watchedContext(browser, server.url, { bypassCSP: true });
      const tab = await context.newPage();
      for (const path of changed) {
        await tab.goto(server.url + path, { waitUntil: 'load' });
        failures.push(...describeViolations(path, await runAxe(tab)));
      }
      await context.close();
      expect(failures).toEqual([]);
    },
  );

  it('the progress report has its page, and no page of it says «未达目标» or «达到目标», even for GDP 5% against 6%', () => {
    const pages = siteFiles(site.dist, '.html').filter((p) => p.startsWith('2024/reports/'));
    expect(pages).toEqual([`2024/reports/${SLUG}.html`]);
    for (const p of pages) {
      const html = readFileSync(join(site.dist, p), 'utf8');
      expect(html).not.toContain('未达目标');
      expect(html).not.toContain('达到目标');
    }
    const page = parsePage(site.dist, `2024/reports/${SLUG}.html`);
    const body = text(page);
    expect(body).toContain('截至6月30日');
    expect(body).toContain('预计上半年GDP增长5%以上');
    const gdp = byTag(page, 'tr').find((tr) => text(tr).startsWith('4 地区生产总值增长6%左右'))!;
    expect(text(gdp)).toContain('编号 1 地区生产总值增长6%左右');
    expect(text(gdp)).toContain('目标相同');
    // Rows the final report lacks are kept and said to be unmatched.
    const first = byTag(page, 'tr').find((tr) => text(tr).startsWith('1 加大面向中小微民营企业的政府采购力度'))!;
    expect(text(first)).toContain('未对应');
    // The row whose figure seems to pass the target mid-year shows its pace, not a result.
    expect(body).toContain('9.18亿元／8.2亿元，112%');
    // Every link of the page resolves, the progress report's raw source included (published byte for byte).
    const links = byTag(page, 'a')
      .map((a) => String(a.properties?.href ?? ''))
      .filter((h) => h && !/^(https?:|#|mailto:)/.test(h))
      .map((h) => decodeURIComponent(h.split('#')[0]!));
    expect(links).toContain('../../sources/2024/半年度进展/2024年度政府工作报告重点任务半年度进展情况.txt');
    for (const h of links) expect(existsSync(join(site.dist, '2024/reports', h)), h).toBe(true);
  });

  it('the task page shows the timeline: the half-year reading, then the final result', () => {
    const page = parsePage(site.dist, '2024/tasks/1.html');
    const timeline = section(page, '年内进展');
    expect(timeline).toBeDefined();
    const rows = byTag(byTag(timeline!, 'tbody')[0]!, 'tr').map(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^截至6月30日 .*半年度进展情况.*编号 4.*预计上半年GDP增长5%以上/);
    expect(rows[1]).toMatch(/^年度 2024年政府工作报告年度完成情况.*全年地区生产总值增长5.6%/);
    // A task the progress report does not mention has no timeline.
    expect(section(parsePage(site.dist, '2024/tasks/5.html'), '年内进展')).toBeUndefined();
  });

  it('the overview shows the status counts at each snapshot and links the progress report', () => {
    const page = parsePage(site.dist, '2024/index.html');
    const table = section(page, '本年度各次报告');
    expect(table).toBeDefined();
    const rows = byTag(byTag(table!, 'tbody')[0]!, 'tr').map(text);
    expect(rows[0]).toMatch(
      /^2024年度政府工作报告重点任务半年度进展情况 （年中进展） 截至6月30日 7 \d+ \d+ 年中不判 \d+ 4$/,
    );
    expect(rows[1]).toMatch(/^2024年政府工作报告年度完成情况（本页依据） （年度完成情况） — 90 /);
    const links = byTag(table!, 'a').map((a) => String(a.properties?.href));
    expect(links.some((l) => l.endsWith(`reports/${SLUG}.html`))).toBe(true);
  });

  it('gives every chart its files, the CSV matching the chart (issue 16.3)', () => {
    const seen = checkChartEmbeds(site.dist);
    expect(seen.compared).toBeGreaterThan(3);
    // The real half-year rows report no figure that the final report also reports against the same
    // target, so no task page here draws a pace timeline (tests/unit/lib/pace-charts.test.ts covers them).
    expect(seen.kinds['pace-timeline']).toBeUndefined();
  });

  it('the open data lists both reports and has one CSV row per task per report', () => {
    const data = JSON.parse(readFileSync(join(site.dist, 'data/2024.json'), 'utf8'));
    expect(data.reports.map((r: { slug: string; kind: string; asOf?: string }) => [r.slug, r.kind, r.asOf])).toEqual([
      [SLUG, 'progress', '2024-06-30'],
      ['final', 'final', undefined],
    ]);
    expect(data.otherRows).toHaveLength(7);
    const gdp = data.tasks.find((t: { id: string }) => t.id === '1');
    expect(gdp.timeline.map((r: { report: string; id: string }) => [r.report, r.id])).toEqual([
      [SLUG, '4'],
      ['final', '1'],
    ]);
    const csv = readFileSync(join(site.dist, 'data/2024.csv'), 'utf8').slice(1).trimEnd().split('\r\n');
    const header = csv[0]!.split(',');
    const reportAt = header.indexOf('报告');
    expect(reportAt).toBe(32);
    const reports = new Set(
      csv.slice(1).map((l) => l.match(/,(final|progress-2024-06-30),(年度完成情况|年中进展),/)?.[1]),
    );
    expect(reports).toEqual(new Set(['final', SLUG]));
  });

  it('data.html lists the raw source of both reports, with the sha256 of the bytes published', () => {
    const tree = parsePage(site.dist, 'data.html');
    const sources = elements(tree)
      .filter((el) => el.tagName === 'tr' && elements(el).some((c) => c.tagName === 'a'))
      .map((tr) => ({
        href: decodeURIComponent(
          posix.normalize(String(elements(tr).find((c) => c.tagName === 'a')!.properties!.href)),
        ),
        text: textOf(tr),
      }))
      .filter((r) => r.href.startsWith('sources/'));
    expect(sources.map((r) => r.href)).toEqual([
      'sources/2024/2024年政府工作报告年度完成情况.txt',
      'sources/2024/半年度进展/2024年度政府工作报告重点任务半年度进展情况.txt',
    ]);
    for (const r of sources) {
      const bytes = readFileSync(join(site.dist, r.href));
      expect(r.text).toContain(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

/**
 * A year whose only report so far is in-year (the real 半年度进展情况 alone): the year is shown
 * «截至 X 月», and no page of it — overview, lists, task pages, charts and their files, the home
 * page — offers «未达目标», not even as a category with a count of 0.
 */
describe('a year with only its half-year progress report so far (镇海区 2024, real)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    const dir = fixtureContent('progress-only', [[HALF_YEAR, 'sources/2024/半年度进展']]);
    site = builtSite({ content: dir });
  });

  it('never shows «未达目标» on the year’s pages, its chart files or the home page', () => {
    const files = [
      'index.html',
      ...siteFiles(site.dist, '.html').filter((p) => p.startsWith('2024/')),
      ...siteFiles(site.dist, '.csv').filter((p) => p.startsWith('2024/')),
      ...siteFiles(site.dist, '.svg').filter((p) => p.startsWith('2024/')),
    ];
    expect(files.length).toBeGreaterThan(10);
    const offending = files.filter((p) => readFileSync(join(site.dist, p), 'utf8').includes('未达目标'));
    expect(offending).toEqual([]);
    expect(existsSync(join(site.dist, '2024/status/not-met.html'))).toBe(false);
    expect(existsSync(join(site.dist, '2024/status/in-progress.html'))).toBe(true);
  });

  it('gives every chart its files, the CSV matching the chart (issue 16.3)', () => {
    expect(checkChartEmbeds(site.dist).compared).toBeGreaterThan(3);
  });
});
