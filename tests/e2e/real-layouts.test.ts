import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenData } from '../../src/schema/open-data.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { inPages, watchedContext } from './support/browser.ts';
import { fixtureContent, type BuiltSite } from './support/build.ts';
import { checkChartEmbeds } from './support/chart-embeds.ts';
import { htmlValidateProblems } from './support/checks.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './support/html.ts';
import type { StaticServer } from './support/server.ts';
import { closeServedSite, openServedSite } from './support/served.ts';

/**
 * Issue 12, "each real layout builds into the site": real published tables, read by the pipeline
 * (no hand-written content), built by the real build —
 * - 2017 眉山市 十大民生工程 (saved HTML: a title row, a group cell spanning rows, a header over two
 *   columns, `columns:` naming the plan and result columns, 完成目标(%) as the published progress);
 * - 2023 柯桥区 民生实事一季度进展 (an .xlsx attachment: 序号 merged over two sub-rows, an in-year report);
 * - 2024 上海市 为民办实事 (saved HTML: 序号 spanning sub-items, bare-number results, 占全年计划).
 * Expectations come from the fixtures' own text (PROVENANCE.md in each folder).
 */
function realLayoutsContent(): string {
  const dir = fixtureContent('real-layouts', [
    ['tests/fixtures/years/2017', 'sources/2017'],
    ['tests/fixtures/years/real-layout/2024', 'sources/2024'],
    ['tests/fixtures/office/keqiao-2023-q1/keqiao.xlsx', 'sources/2023/keqiao.xlsx'],
  ]);
  writeFileSync(
    join(dir, 'sources/2023/source.yaml'),
    'url: https://www.kq.gov.cn/art/2023/11/16/art_1229760972_59195505.html\nmeta:\n  publisher: 绍兴市柯桥区人民政府\n  written: 2023-11-16\n',
  );
  return dir;
}

const text = (node: HastNode) => textOf(node).replace(/\s+/g, ' ').trim();
const mainText = (site: BuiltSite, path: string) =>
  text(elements(parsePage(site.dist, path)).find((e) => e.tagName === 'main')!);

describe('real published layouts build into the site through the pipeline (issue 12)', () => {
  let site: BuiltSite;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    ({ site, browser, server } = await openServedSite({ content: realLayoutsContent() }));
  });
  afterAll(() => closeServedSite({ browser, server }));

  it('gives every sub-item of a spanning 序号 its page, listed on the parent page', () => {
    const pages = siteFiles(site.dist, '.html');
    for (const p of ['2024/tasks/1-1.html', '2024/tasks/1-2.html', '2024/tasks/1-3.html', '2023/tasks/1-2.html'])
      expect(pages).toContain(p);
    const parent = mainText(site, '2024/tasks/1.html');
    for (const id of ['1.1', '1.2', '1.3']) expect(parent).toContain(id);
    expect(mainText(site, '2024/tasks/1-1.html')).toContain('新增4000张养老床位');
  });

  it('shows the published progress as the government wrote it, and reads a bare-number result with its unit', () => {
    const page = mainText(site, '2024/tasks/1-1.html');
    expect(page).toContain('占全年计划');
    expect(page).toContain('110%');
    expect(page).toContain('4385张');
    const svg = elements(parsePage(site.dist, '2024/tasks/1-1.html')).find(
      (e) => e.tagName === 'svg' && String(e.properties?.role) === 'img' && text(e).includes('110%'),
    );
    expect(svg, 'a progress bar with a text alternative').toBeDefined();
    expect(mainText(site, '2017/tasks/1.html')).toContain('123.4');
  });

  it('keeps every column: the group, the plan column named in columns:, the unknown headers as 其他信息', () => {
    const meishan = mainText(site, '2017/tasks/1.html');
    expect(meishan).toContain('促进城乡劳动者就业创业');
    expect(meishan).toContain('目标任务');
    const keqiao = mainText(site, '2023/tasks/1-1.html');
    expect(keqiao).toContain('其他信息');
    expect(keqiao).toContain('一季度目标');
  });

  it('carries every column in the open data, JSON and CSV', () => {
    const data = OpenData.parse(JSON.parse(readFileSync(join(site.dist, 'data/2024.json'), 'utf8')));
    const first = data.tasks.find((t) => t.id === '1.1')!;
    expect(first.official?.progress).toMatchObject({ header: '占全年计划', percent: 110 });
    expect(data.tasks.filter((t) => t.number === 1).map((t) => t.id)).toEqual(['1.1', '1.2', '1.3']);
    const csv = readFileSync(join(site.dist, 'data/2024.csv'), 'utf8');
    expect(csv).toContain('占全年计划');
    expect(csv).toContain('110%');
  });

  it('gives every chart of these years its files, the CSV matching the chart (issue 16.3)', () => {
    expect(checkChartEmbeds(site.dist).compared).toBeGreaterThan(3);
  });

  it('passes html-validate and axe (WCAG 2.2 AA) on the task pages of these years', { timeout: 300_000 }, async () => {
    const pages = siteFiles(site.dist, '.html').filter((p) => /^20(17|23|24)\/tasks\//.test(p));
    expect(pages.length).toBeGreaterThan(20);
    expect(await htmlValidateProblems(site.dist, pages)).toEqual([]);
    const failures: string[] = [];
    const { context } = await watchedContext(browser, server.url);
    await inPages(context, 2, pages, async (page, path) => {
      await page.goto(server.url + path, { waitUntil: 'load' });
      failures.push(...describeViolations(path, await runAxe(page)));
    });
    await context.close();
    expect(failures).toEqual([]);
  });
});
