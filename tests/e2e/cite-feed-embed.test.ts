import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomProblems } from '../unit/lib/atom.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { watchedContext } from './support/browser.ts';
import { builtSite, fixtureContent, projectRoot, type BuiltSite } from './support/build.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './support/html.ts';
import type { StaticServer } from './support/server.ts';
import { closeServedSite, openServedSite } from './support/served.ts';
import { checkChartEmbeds } from './support/chart-embeds.ts';

/**
 * Issue 16 on built sites: the citation files, the Atom feed and its links, the chart files with
 * their 下载 / 嵌入 blocks (on the real site; the task pages' pace timelines on a site with a
 * synthetic in-year report, tests/fixtures/years/pace; the other fixture sites' charts in their own
 * files, through support/chart-embeds.ts), and the 修订记录 of a revised 2024 table (a site built
 * from the synthetic revision fixture, tests/fixtures/years/revision/2024).
 */

const byTag = (tree: HastNode, tag: string) => elements(tree).filter((e) => e.tagName === tag);
const cls = (e: HastNode) => ([] as string[]).concat((e.properties?.className as string[] | undefined) ?? []);
const withClass = (tree: HastNode, c: string) => elements(tree).filter((e) => cls(e).includes(c));
const text = (node: HastNode) => textOf(node).replace(/\s+/g, ' ').trim();
/** The site path a relative href on `page` points to. */
const resolve = (page: string, href: string) =>
  decodeURIComponent(posix.normalize(posix.join(posix.dirname(page), href)));
const isOurPage = (p: string) => !p.startsWith('sources/') && !/\/report-\d{4}\.html$/.test(p);

describe('the real site: citations, feed, chart files', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = builtSite();
    pages = siteFiles(site.dist, '.html').filter(isOurPage);
  });

  it('links the Atom feed from every page head (relative href) and from the home page; the feed is valid Atom', () => {
    const missing = pages.filter((p) => {
      const links = byTag(parsePage(site.dist, p), 'link').filter((l) => l.properties?.type === 'application/atom+xml');
      return links.length !== 1 || resolve(p, String(links[0]!.properties?.href)) !== 'feed.xml';
    });
    expect(missing).toEqual([]);
    const home = byTag(parsePage(site.dist, 'index.html'), 'a').map((a) => String(a.properties?.href));
    expect(home).toContain('./feed.xml');
    const feed = readFileSync(join(site.dist, 'feed.xml'), 'utf8');
    expect(atomProblems(feed)).toEqual([]);
    for (const m of feed.matchAll(/href="([^"]+)"/g)) expect(existsSync(join(site.dist, m[1]!)), m[1]).toBe(true);
  });

  it('offers a GB/T 7714 citation and .bib/.json files on the report and every task page', () => {
    const citing = pages.filter((p) => /^\d{4}\/(index|tasks\/[\d-]+)\.html$/.test(p));
    expect(citing.length).toBeGreaterThan(90);
    for (const p of citing) {
      const tree = parsePage(site.dist, p);
      const [cite] = withClass(tree, 'cite-text');
      expect(text(cite!), p).toMatch(
        /^宁波市镇海区区政府办公室\. 2024年政府工作报告年度完成情况(: 第[\d.]+项)?\[EB\/OL\]\. \(2025-01-26\)\[2025-01-26\]\. https:\/\/www\.zh\.gov\.cn\/\S+\.$/,
      );
      const files = byTag(withClass(tree, 'citation')[0]!, 'a')
        .map((a) => resolve(p, String(a.properties?.href)))
        .filter((f) => /\.(bib|json)$/.test(f));
      expect(files, p).toHaveLength(2);
      for (const f of files) expect(existsSync(join(site.dist, f)), f).toBe(true);
    }
    const bib = readFileSync(join(site.dist, '2024/tasks/12.bib'), 'utf8');
    expect(bib).toContain('title = {2024年政府工作报告年度完成情况: 第12项}');
    // The task files are written at build end from lists Astro renders (src/integration/side-files.ts);
    // the lists themselves are never published.
    expect(existsSync(join(site.dist, 'side-files'))).toBe(false);
    expect(JSON.parse(readFileSync(join(site.dist, '2024/cite.json'), 'utf8'))[0].type).toBe('webpage');
  });

  it('gives every chart a standalone SVG and a CSV, linked under it, the CSV matching the chart’s data', () => {
    const seen = checkChartEmbeds(site.dist);
    // The home page's and the report's glance, the status by area, the report's and the task pages' target/result.
    expect(seen.kinds['chart-glance']).toBe(2);
    expect(seen.kinds['chart-area']).toBe(1);
    expect(seen.kinds['chart-tvr']).toBeGreaterThan(10);
    expect(Object.keys(seen.kinds).sort()).toEqual(['chart-area', 'chart-glance', 'chart-tvr']);
    const image = readFileSync(join(site.dist, '2024/charts/glance-2024.svg'), 'utf8');
    expect(image).toContain('数据来源：2024年政府工作报告年度完成情况');
  });
});

/** The real content with 2024 replaced by the real table plus its synthetic revision. */
function revisionContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-revision-site-'));
  for (const name of readdirSync(join(projectRoot, 'content'))) {
    if (!['sources', 'reports'].includes(name))
      cpSync(join(projectRoot, 'content', name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'sources'), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/years/revision/2024'), join(dir, 'sources/2024'), { recursive: true });
  return dir;
}

describe('a revised 2024 table (synthetic revision fixture)', () => {
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    ({ site, browser, server } = await openServedSite({ content: revisionContent() }));
  });
  afterAll(() => closeServedSite({ browser, server }));

  it('the 修订记录 page shows both versions and exactly the changed cell and the added task', () => {
    const tree = parsePage(site.dist, '2024/revisions.html');
    const versions = byTag(byTag(tree, 'table')[0]!, 'tr')
      .slice(1)
      .map((tr) => byTag(tr, 'td').map(text));
    expect(versions).toEqual([
      [
        '2025-01-26',
        '2024年政府工作报告年度完成情况.txt',
        '8e782a13f6a2a5e0becb1d200ab637d97227e7a7965d4afe9943dec4d5425f51',
      ],
      [
        '2025-03-01',
        'synthetic-合成修订版-2024年政府工作报告年度完成情况.txt',
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ],
    ]);
    for (const a of byTag(byTag(tree, 'table')[0]!, 'a'))
      expect(existsSync(join(site.dist, resolve('2024/revisions.html', String(a.properties?.href))))).toBe(true);
    const articles = withClass(tree, 'rev-task');
    expect(articles.map((a) => text(byTag(a, 'h3')[0]!))).toEqual(['第 1 项（改动）', '第 91 项（新增）']);
    const changed = articles[0]!;
    expect(byTag(changed, 'dt').map(text)).toEqual(['完成情况']);
    expect(byTag(changed, 'ins').map(text)).toEqual(['［增加：］居']);
    expect(byTag(changed, 'del')).toEqual([]);
    expect(byTag(articles[1]!, 'dt').map(text)).toEqual(['目标任务', '完成情况']);
    expect(byTag(articles[1]!, 'del')).toEqual([]);
  });

  it('gives every chart its files on the revised site too (its task 91 is new)', () => {
    expect(checkChartEmbeds(site.dist).kinds['chart-glance']).toBe(2);
  });

  it('task pages that changed say so and link to the 修订记录; others do not', () => {
    const note = (p: string) => withClass(parsePage(site.dist, p), 'task-revised')[0];
    expect(text(note('2024/tasks/1.html')!)).toBe('本项在 2025-03-01 发布的修订版中有改动。查看修订记录');
    expect(text(note('2024/tasks/91.html')!)).toBe('本项是 2025-03-01 发布的修订版中新增的。查看修订记录');
    expect(byTag(note('2024/tasks/91.html')!, 'a')[0]!.properties?.href).toBe('../revisions.html');
    expect(note('2024/tasks/2.html')).toBeUndefined();
    expect(existsSync(join(site.dist, 'sources/2024/2024年政府工作报告年度完成情况.txt'))).toBe(true);
    const data = JSON.parse(readFileSync(join(site.dist, 'data/2024.json'), 'utf8'));
    expect(data.report.versions).toHaveLength(2);
    expect(data.report.revisions[0].changes).toHaveLength(2);
    expect(readFileSync(join(site.dist, 'feed.xml'), 'utf8')).toContain('2025-03-01 修订');
  });

  it('the new pages pass axe (revisions, a changed task, the report with its embed blocks)', async () => {
    const { context } = await watchedContext(browser, server.url, { bypassCSP: true });
    const tab = await context.newPage();
    const failures: string[] = [];
    for (const path of ['2024/revisions.html', '2024/tasks/1.html', '2024/index.html', 'index.html']) {
      await tab.goto(server.url + path, { waitUntil: 'load' });
      await tab.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      failures.push(...describeViolations(path, await runAxe(tab)));
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});

/**
 * The task pages' pace timelines (「数字与全年目标」): the real 2024 final with a synthetic in-year
 * report of three of its rows copied verbatim (tests/fixtures/years/pace, 合成测试数据), so that
 * tasks 7, 39 and 53 each report a figure at 30 September and at the year's end.
 */
describe('pace timelines on task pages (real 2024 final, synthetic in-year report)', () => {
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    ({ site, browser, server } = await openServedSite({
      content: fixtureContent('pace-site', [
        ['content/sources/2024', 'sources/2024'],
        ['content/overrides', 'overrides'],
        ['tests/fixtures/years/pace/2024/synthetic-三季度进展', 'sources/2024/synthetic-三季度进展'],
      ]),
    }));
  });
  afterAll(() => closeServedSite({ browser, server }));

  it('gives every pace timeline its files under the year, the CSV the points it draws', () => {
    const seen = checkChartEmbeds(site.dist);
    expect(seen.kinds['pace-timeline']).toBe(4);
    const figures = withClass(parsePage(site.dist, '2024/tasks/7.html'), 'chart-figure').filter((f) =>
      byTag(f, 'svg').some((e) => cls(e).includes('pace-timeline')),
    );
    expect(figures.map((f) => byTag(withClass(f, 'chart-embed')[0]!, 'a').map((a) => a.properties?.href))).toEqual([
      ['../charts/pace-timeline-2024-t7-1.svg', '../charts/pace-timeline-2024-t7-1.csv'],
      ['../charts/pace-timeline-2024-t7-2.svg', '../charts/pace-timeline-2024-t7-2.csv'],
    ]);
    expect(readFileSync(join(site.dist, '2024/charts/pace-timeline-2024-t39-1.csv'), 'utf8')).toBe(
      '\uFEFF指标,日期,报告,报告数字,全年目标,单位,占全年目标（%）\r\n' +
        '认知障碍照护床位,2024-09-30,2024年度政府工作报告重点任务三季度进展情况（合成测试数据）,68,60,张,113\r\n' +
        '认知障碍照护床位,2024-12-31,2024年政府工作报告年度完成情况,68,60,张,113\r\n',
    );
    // Beneath the chart and in its file: both reports it draws on, the in-year one first.
    const sources = withClass(figures[0]!, 'chart-source').map(text);
    expect(sources.map((s) => s.slice(0, s.indexOf('（')))).toEqual([
      '数据来源：2024年度政府工作报告重点任务三季度进展情况',
      '数据来源：2024年政府工作报告年度完成情况',
    ]);
    expect(
      readFileSync(join(site.dist, '2024/charts/pace-timeline-2024-t7-1.svg'), 'utf8').match(/数据来源：/g),
    ).toHaveLength(2);
  });

  it('a task page with pace timelines and their open 下载 / 嵌入 blocks passes axe', async () => {
    const { context } = await watchedContext(browser, server.url);
    const tab = await context.newPage();
    await tab.goto(server.url + '2024/tasks/7.html', { waitUntil: 'load' });
    await tab.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    const failures = describeViolations('2024/tasks/7.html', await runAxe(tab));
    await context.close();
    expect(failures).toEqual([]);
  });
});
