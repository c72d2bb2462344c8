import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../src/lib/env.ts';
import { OpenData } from '../../src/schema/open-data.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { inPages, launchBrowser, watchedContext } from './support/browser.ts';
import { fixtureContent, projectRoot } from './support/build.ts';
import { htmlValidateProblems } from './support/checks.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './support/html.ts';
import { serve, type StaticServer } from './support/server.ts';

/**
 * Issue 12, site side: a real table's layout (tests/fixtures/site-tables, a hand-written frontmatter
 * over text copied from a published table) builds into pages that show sub-items, the group, every
 * column, the government's own status and progress beside the program's reading, and an editor's
 * correction; the open data carries every column.
 *
 * The fixture's reports are hand-written, so the site is built with ingest switched off
 * (GZBG_SKIP_INGEST=1): ingest would regenerate reports/ from sources/ and replace them.
 */

const FIXTURE_DIR = 'tests/fixtures/site-tables';
let content: string;
let dist: string;
let pages: string[];

function buildFixture(): void {
  content = fixtureContent('site-tables', [
    [`${FIXTURE_DIR}/reports`, 'reports'],
    [`${FIXTURE_DIR}/sources`, 'sources'],
  ]);
  dist = join(content, 'dist');
  const cache = buildCacheDir(projectRoot, dist);
  mkdirSync(cache, { recursive: true });
  const node = existsSync(join(projectRoot, 'node_modules/node/bin/node'))
    ? join(projectRoot, 'node_modules/node/bin/node')
    : process.execPath;
  const result = spawnSync(
    node,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot],
    {
      cwd: cache,
      env: {
        ...process.env,
        GZBG_CONTENT_DIR: content,
        GZBG_OUT_DIR: dist,
        GZBG_CACHE_DIR: cache,
        GZBG_SKIP_INGEST: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 540_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`fixture build failed:\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n')}`);
  pages = siteFiles(dist, '.html');
}

const mainOf = (path: string): HastNode => elements(parsePage(dist, path)).find((e) => e.tagName === 'main')!;
const textIn = (path: string): string => textOf(mainOf(path)).replace(/\s+/g, ' ');
const hrefs = (path: string): string[] =>
  elements(mainOf(path))
    .filter((e) => e.tagName === 'a')
    .map((e) => String(e.properties?.href ?? ''));

beforeAll(buildFixture, 600_000);
afterAll(() => content && rmSync(content, { recursive: true, force: true }));

describe('sub-items', () => {
  it('each has its own page at tasks/N-k.html; a task of one row stays at tasks/N.html', () => {
    const tasks = pages.filter((p) => p.startsWith('2017/tasks/')).sort();
    expect(tasks).toEqual(
      ['2017/tasks/1.html']
        .concat(
          [1, 2, 3, 4, 5, 6, 7].map((k) => `2017/tasks/1-${k}.html`),
          '2017/tasks/2.html',
        )
        .sort(),
    );
  });

  it('a 编号 split into sub-items has its own page at tasks/N.html listing them', () => {
    const text = textIn('2017/tasks/1.html');
    expect(text).toContain('编号 1 分为 7 个子项');
    expect(text).toContain('工程名称：就业促进工程');
    const links = hrefs('2017/tasks/1.html');
    for (const k of [1, 2, 3, 4, 5, 6, 7]) expect(links).toContain(`./1-${k}.html`);
    expect(hrefs('2017/tasks/1-3.html')).toContain('./1.html');
  });

  it('a sub-item page names its 编号 and lists its siblings with links and statuses', () => {
    const text = textIn('2017/tasks/1-3.html');
    expect(text).toContain('编号 1.3');
    expect(text).toContain('本项是第 1 项的第 3 个子项（该编号共 7 个子项）');
    expect(text).toContain('同一编号下的子项');
    const links = hrefs('2017/tasks/1-3.html');
    for (const k of [1, 2, 4, 5, 6, 7]) expect(links).toContain(`./1-${k}.html`);
    expect(links).not.toContain('./1-3.html');
    expect(textIn('2017/tasks/2.html')).not.toContain('同一编号下的子项');
  });

  it('the overview counts tasks and sub-items and says statuses are counted per row', () => {
    const text = textIn('2017/index.html');
    expect(text).toContain('共 2 项任务，其中 1 项在原表中分为 7 个子项');
    expect(text).toContain('共 8 条');
    expect(text).toContain('编号 N.k 为第 N 项的第 k 个子项');
    const links = hrefs('2017/index.html');
    expect(links).toContain('./tasks/1-7.html');
    expect(links).toContain('./tasks/2.html');
  });
});

describe('a task page shows every column as published', () => {
  it('the group, the plan, the responsible units and the other columns under their headers', () => {
    const text = textIn('2017/tasks/1-1.html');
    expect(text).toContain('工程名称：就业促进工程');
    expect(text).toMatch(/计划目标\s*目标任务\s*26000/);
    expect(text).toMatch(/责任单位\s*市级牵头责任单位\s*市人力资源社会保障局/);
    expect(text).toMatch(/其他信息.*序号\s*1\s*项目内容\s*促进城乡劳动者就业创业/);
  });

  it("the government's status beside the program's reading, and a sentence where they disagree", () => {
    const sub = textIn('2017/tasks/1-1.html');
    expect(sub).toContain('发布机构标注的状态：超额完成');
    expect(sub).toContain('待核实');
    expect(sub).toContain('两者不一致：发布机构标注为“超额完成”，本站程序依据完成情况原文判读为“待核实”');
    const task2 = textIn('2017/tasks/2.html');
    expect(task2).toContain('发布机构标注的状态：达到时间进度');
    expect(task2).not.toContain('两者不一致');
  });

  it('the published progress as text and a static bar, past 100 % said in words', () => {
    const over = mainOf('2017/tasks/1-1.html');
    expect(textOf(over)).toContain('完成目标(%)：123.4');
    const bar = elements(over).find((e) => e.tagName === 'svg' && e.properties?.role === 'img');
    expect(String(bar?.properties?.ariaLabel)).toBe('完成目标(%)：123.4，超过全年计划（横条画到 100% 为止）');
    const full = mainOf('2017/tasks/1-6.html');
    const fullBar = elements(full).find((e) => e.tagName === 'svg' && e.properties?.role === 'img');
    expect(String(fullBar?.properties?.ariaLabel)).toBe('完成目标(%)：100');
    expect(textIn('2017/tasks/2.html')).not.toContain('完成目标(%)');
  });

  it('a corrected cell is marked 编辑更正 with the reason and the value as published', () => {
    const text = textIn('2017/tasks/1-3.html');
    expect(text).toContain('完成目标(%)：126.0');
    expect(text).toContain('编辑更正：原表为“125.9”。理由：2519÷2000＝125.95%');
    expect(text).toContain('“完成目标(%)”一栏：原表为“125.9”，现显示为“126.0”');
    expect(textIn('2017/tasks/1-2.html')).not.toContain('编辑更正');
  });
});

describe('open data', () => {
  const headers = ['序号', '项目内容', '目标任务', '市级牵头责任单位', '完成目标(%)', '备注'];

  it('the JSON carries id, sub, position, group, every column, the official status and progress, corrections', () => {
    const data = OpenData.parse(JSON.parse(readFileSync(join(dist, 'data/2017.json'), 'utf8')));
    expect(data.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '2']);
    const t3 = data.tasks[2]!;
    expect(t3).toMatchObject({ number: 1, sub: 3, position: '第 5 行', url: '2017/tasks/1-3.html' });
    expect(t3.group).toEqual({ header: '工程名称', role: 'group', text: '就业促进工程' });
    expect(t3.columns.map((c) => c.header)).toEqual(headers);
    expect(t3.columns.find((c) => c.header === '目标任务')).toEqual({ header: '目标任务', role: 'plan', text: '2000' });
    expect(t3.official).toEqual({
      status: { header: '备注', text: '超额完成', reading: 'done' },
      progress: { header: '完成目标(%)', text: '126.0', percent: 126 },
    });
    expect(t3.corrections).toEqual([
      expect.objectContaining({ column: '完成目标(%)', original: '125.9', value: '126.0' }),
    ]);
    expect(data.tasks[7]!.official).toEqual({ status: { header: '备注', text: '达到时间进度', reading: 'on_track' } });
  });

  it('the CSV has the documented columns and every cell of every column', () => {
    const csv = readFileSync(join(dist, 'data/2017.csv'), 'utf8');
    const head = csv.slice(1, csv.indexOf('\r\n'));
    for (const name of [
      '条目编号',
      '子项序号',
      '分组',
      '其他各列（原文）',
      '发布机构标注的状态（原文）',
      '发布机构公布的进度（百分数）',
      '编辑更正',
    ])
      expect(head).toContain(name);
    for (const cell of [
      '1.3',
      '就业促进工程',
      '第 5 行',
      '促进城乡劳动者就业创业',
      '应补尽补',
      '达到时间进度',
      'on_track',
      '126.0',
      '125.9',
    ])
      expect(csv).toContain(cell);
    for (const h of headers) expect(csv).toContain(`${h}（`);
    const documented = textIn('data.html');
    for (const name of ['条目编号', '子项序号', '其他各列（原文）', '编辑更正']) expect(documented).toContain(name);
  });
});

describe('the new pages stay clean', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve(dist);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('html-validate finds nothing', async () => {
    expect(await htmlValidateProblems(dist, pages)).toEqual([]);
  });

  it('axe-core (WCAG 2.2 AA) finds 0 violations, light and dark', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context } = await watchedContext(browser, server.url, { colorScheme });
      await inPages(context, 2, pages, async (page, path) => {
        await page.goto(server.url + path, { waitUntil: 'load' });
        failures.push(...describeViolations(`(${colorScheme}) ${path}`, await runAxe(page)));
      });
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
