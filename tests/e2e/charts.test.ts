import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticReport } from '../fixtures/charts/synthetic-report.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { builtSite, projectRoot, type BuiltSite } from './support/build.ts';
import { siteFiles } from './support/html.ts';
import { serve, type StaticServer } from './support/server.ts';

/**
 * Issue 5's charts in a real Chromium: screenshots for review, axe on the pages that carry them,
 * and legibility at 320 px on a synthetic 200-task report built through the real pipeline.
 */
const OUTPUT = join(projectRoot, 'tests/output/charts');
const CHARTS = [
  { name: 'glance', selector: 'svg.chart-glance' },
  { name: 'status-by-area', selector: 'svg.chart-area' },
  { name: 'target-result', selector: 'svg.chart-tvr' },
] as const;

/** Pages with 200 tasks take a while to lay out, screenshot and check on a busy 2-core machine. */
const SLOW = 300_000;

let browser: Browser;
let real: { site: BuiltSite; server: StaticServer; year: string };
let synthetic: { site: BuiltSite; server: StaticServer; content: string; year: number };

beforeAll(async () => {
  const site = builtSite();
  const overview = siteFiles(site.dist, '.html').find((p) => /^\d{4}\/index\.html$/.test(p));
  if (!overview) throw new Error('the built site has no report overview');
  const content = mkdtempSync(join(tmpdir(), 'gzbg-charts-200-'));
  const year = writeSyntheticReport(projectRoot, content, 200);
  const fixture = builtSite({ content });
  browser = await launchBrowser();
  real = { site, server: await serve(site.dist), year: overview.slice(0, 4) };
  synthetic = { site: fixture, server: await serve(fixture.dist), content, year };
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await real?.server.close();
  await synthetic?.server.close();
  if (synthetic?.content) rmSync(synthetic.content, { recursive: true, force: true });
});

/** The first task page of a site that carries a target-against-result chart. */
function taskPageWithChart(base: string, year: string | number, dist: string): string {
  for (const path of siteFiles(dist, '.html')
    .filter((p) => p.startsWith(`${year}/tasks/`))
    .sort()) {
    if (readFileSync(join(dist, path), 'utf8').includes('class="chart chart-tvr"')) return path;
  }
  throw new Error(`no task page of ${year} at ${base} carries a chart`);
}

describe('chart screenshots (tests/output/charts, for review)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`saves each chart type at 320 px and 1280 px, ${scheme}`, { timeout: SLOW }, async () => {
      for (const width of [320, 1280]) {
        const { page, context } = await openPage(browser, `${real.server.url}${real.year}/index.html`, {
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        for (const chart of CHARTS) {
          const svg = page.locator(chart.selector).first();
          expect(await svg.count(), chart.name).toBe(1);
          const box = (await svg.boundingBox())!;
          expect(box.x + box.width, `${chart.name} overflows the ${width} px viewport`).toBeLessThanOrEqual(width);
          const file = join(OUTPUT, `${chart.name}-${width}-${scheme}.png`);
          await svg.screenshot({ path: file });
          expect(statSync(file).size).toBeGreaterThan(1000);
        }
        await context.close();
      }
      const task = taskPageWithChart(real.server.url, real.year, real.site.dist);
      const { page, context } = await openPage(browser, `${real.server.url}${task}`, {
        viewport: { width: 320, height: 900 },
        colorScheme: scheme,
      });
      await page.locator('svg.chart-tvr').screenshot({ path: join(OUTPUT, `target-result-task-320-${scheme}.png`) });
      await context.close();
    });
  }
});

describe('axe (WCAG 2.2 AA) on pages that carry charts', () => {
  const targets = [
    { name: 'report overview', site: () => real, path: () => `${real.year}/index.html` },
    {
      name: 'a task page with a chart',
      site: () => real,
      path: () => taskPageWithChart(real.server.url, real.year, real.site.dist),
    },
    { name: 'the synthetic 200-task overview', site: () => synthetic, path: () => `${synthetic.year}/index.html` },
  ];
  for (const target of targets) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no violation on ${target.name}, ${colorScheme}`, { timeout: SLOW }, async () => {
        const path = target.path();
        const { page, context } = await openPage(browser, `${target.site().server.url}${path}`, {
          viewport: { width: 320, height: 900 },
          colorScheme,
        });
        expect(await page.locator('svg.chart').count(), path).toBeGreaterThan(0);
        const failures = describeViolations(`${path} (${colorScheme})`, await runAxe(page));
        await context.close();
        expect(failures, failures.join('\n')).toEqual([]);
      });
    }
  }
});

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bounding boxes of every text label inside each chart on the page, chart by chart. */
function labelBoxes(page: Page): Promise<Box[][]> {
  return page.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) =>
      [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    ),
  );
}

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  const sorted = boxes.toSorted((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.y < sorted[i]!.y + sorted[i]!.height; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      // A half-pixel tolerance for anti-aliased edges that touch.
      if (
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5
      )
        out.push(`「${a.text}」 overlaps 「${b.text}」`);
    }
  }
  return out;
}

describe('a synthetic 200-task report at a 320 px viewport', () => {
  it('draws every glance mark at least 8 px wide, one per task', { timeout: SLOW }, async () => {
    const { page, context } = await openPage(browser, `${synthetic.server.url}${synthetic.year}/index.html`, {
      viewport: { width: 320, height: 900 },
    });
    const widths = await page.$$eval('svg.chart-glance a', (links) =>
      links.map((a) => a.querySelector('rect.hit')!.getBoundingClientRect().width),
    );
    expect(widths).toHaveLength(200);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('svg.chart-glance').screenshot({ path: join(OUTPUT, 'glance-200-tasks-320.png') });
    await context.close();
  });

  it('has no two chart text labels overlapping, on the overview and on task pages', { timeout: SLOW }, async () => {
    const failures: string[] = [];
    const paths = [
      `${synthetic.year}/index.html`,
      taskPageWithChart(synthetic.server.url, synthetic.year, synthetic.site.dist),
    ];
    for (const path of paths) {
      const { page, context } = await openPage(browser, `${synthetic.server.url}${path}`, {
        viewport: { width: 320, height: 900 },
      });
      const charts = await labelBoxes(page);
      expect(charts.flat().length, path).toBeGreaterThan(0);
      charts.forEach((boxes, i) => failures.push(...overlaps(boxes).map((o) => `${path} chart ${i + 1}: ${o}`)));
      await context.close();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
