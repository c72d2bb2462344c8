import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { expect } from 'vitest';
import { formatQuantity } from '../../../src/charts/format.ts';
import { readCsv } from '../../unit/lib/csv-read.ts';
import { elements, parsePage, siteFiles, textOf, type HastNode } from './html.ts';

/**
 * Issue 16.3 on a built site: every chart figure on every page has its 下载 / 嵌入 block, whose
 * SVG and CSV exist; the CSV holds exactly the figures of the chart on the page (its table when
 * the figure has one, else the labels the chart draws); the standalone SVG carries the chart's
 * title and description, the source lines beneath it on the page and a licence; and no chart file
 * is left unlinked. Shared by the e2e files that build a site (the real one and the fixtures).
 */

const byTag = (tree: HastNode, tag: string) => elements(tree).filter((e) => e.tagName === tag);
const cls = (e: HastNode) => ([] as string[]).concat((e.properties?.className as string[] | undefined) ?? []);
const withClass = (tree: HastNode, c: string) => elements(tree).filter((e) => cls(e).includes(c));
const text = (node: HastNode) => textOf(node).replace(/\s+/g, ' ').trim();
/** Text as a reader sees it: aria-hidden symbols (status badges) left out. */
const shown = (node: HastNode): string =>
  node.type === 'text'
    ? (node.value ?? '')
    : node.properties?.ariaHidden === 'true'
      ? ''
      : (node.children ?? []).map(shown).join('');
/** The site path a relative href on `page` points to. */
const resolve = (page: string, href: string) =>
  decodeURIComponent(posix.normalize(posix.join(posix.dirname(page), href)));
const bare = (s: string) => s.replace(/\s+/g, '');
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
/** The texts of an SVG element's <text> descendants, in document order. */
const labels = (node: HastNode) => byTag(node, 'text').map(text);

/** Pages of ours (not raw sources, not the single-file editions, which are copies of the report page). */
const isOurPage = (p: string) => !p.startsWith('sources/') && !/\/report-\d{4}\.html$/.test(p);

export interface ChartEmbedSummary {
  /** Chart figures seen, by the class naming the chart's kind (chart-glance, chart-iy, pace-timeline…). */
  kinds: Record<string, number>;
  /** Figures whose CSV was compared with the chart's data on the page. */
  compared: number;
}

/** The CSV of a figure against what the page shows of it; throws through expect on any difference. */
function compareData(where: string, figure: HastNode, chart: HastNode, csv: string[][]): void {
  const kind = cls(chart);
  const [header, ...rows] = csv;
  const table = byTag(figure, 'table')[0];
  if (table) {
    // The chart's own table: the CSV is its text, cell for cell.
    const cells = byTag(table, 'tr').map((tr) =>
      (tr.children ?? [])
        .filter((e) => e.tagName === 'th' || e.tagName === 'td')
        .map((cell) => shown(cell).replace(/\s+/g, ' ').trim()),
    );
    expect(csv, where).toEqual(cells);
  } else if (kind.includes('pace-timeline')) {
    // 指标, 日期, 报告, 报告数字, 全年目标, 单位, 占全年目标: one labelled point per row, in date order, and the target.
    expect(header, where).toEqual(['指标', '日期', '报告', '报告数字', '全年目标', '单位', '占全年目标（%）']);
    const points = withClass(chart, 'pace-timeline__point').map((g) => labels(g).join(''));
    expect(points, where).toEqual(rows.map((r) => `${r[3]}${r[5]}`));
    expect(labels(withClass(chart, 'pace-timeline__target-label')[0]!), where).toEqual([
      ...new Set(rows.map((r) => `目标${r[4]}${r[5]}`)),
    ]);
    expect(text(byTag(chart, 'title')[0]!), where).toBe(`${rows[0]![0]}：各次报告的数字与全年目标`);
  } else if (kind.includes('chart-iy')) {
    // 指标, 单位, 年份, 目标, 报告值: each panel names its indicator, then labels each year's target and reported value.
    expect(header, where).toEqual(['指标', '单位', '年份', '目标', '报告值']);
    const drawn = withClass(chart, 'iy-panel').map((g) => labels(g).filter((l) => !/^\d{4} 年$/.test(l)));
    const names = [...new Set(rows.map((r) => `${r[0]}(${r[1]})`))];
    expect(
      drawn.map((l) => l[0]),
      where,
    ).toEqual(names);
    const expected = names.map((name) =>
      rows
        .filter((r) => `${r[0]}(${r[1]})` === name)
        .flatMap((r) => [
          formatQuantity(Number(r[3]), r[1]!),
          ...(r[4] === '' ? [] : [formatQuantity(Number(r[4]), r[1]!)]),
        ]),
    );
    expect(
      drawn.map((l) => l.slice(1)),
      where,
    ).toEqual(expected);
  } else if (kind.includes('chart-tvr')) {
    // A task page's target/result chart (its metrics table is above it, not in the figure): one
    // panel per row, naming the row's metric, and its verdict in words.
    expect(header, where).toEqual(['指标', '目标', '报告数字', '口径', '判断']);
    const panels = withClass(chart, 'tvr-panel');
    expect(panels.length, where).toBe(rows.length);
    panels.forEach((g, i) => {
      const strong = withClass(g, 'strong').map(text).join('');
      expect(bare(strong), where).toContain(bare(rows[i]![0]!));
      const verdict = byTag(g, 'text')
        .filter((e) => cls(e).some((c) => /^v-.+-text$/.test(c)))
        .map(text)
        .join('');
      expect(verdict.startsWith(`${rows[i]![4]}：`), `${where}: ${verdict}`).toBe(true);
    });
  } else {
    expect.fail(`${where}: a chart (${kind.join(' ')}) whose CSV this check cannot compare`);
  }
}

/** Checks every chart of the site built in `dist`; returns what it saw, for the caller to assert on. */
export function checkChartEmbeds(dist: string): ChartEmbedSummary {
  const linked = new Set<string>();
  const summary: ChartEmbedSummary = { kinds: {}, compared: 0 };
  for (const page of siteFiles(dist, '.html').filter(isOurPage)) {
    for (const figure of withClass(parsePage(dist, page), 'chart-figure')) {
      const embed = withClass(figure, 'chart-embed')[0];
      expect(embed, `${page}: a chart without 下载 / 嵌入`).toBeDefined();
      expect(text(byTag(embed!, 'summary')[0]!)).toBe('下载 / 嵌入');
      const files = byTag(embed!, 'a').map((a) => resolve(page, String(a.properties?.href)));
      const svg = files.find((f) => f.endsWith('.svg'));
      const csv = files.find((f) => f.endsWith('.csv'));
      const where = `${page} ${svg}`;
      expect(
        [svg, csv].every((f) => f && existsSync(join(dist, f))),
        `${page}: ${files.join(' ')}`,
      ).toBe(true);
      expect(text(byTag(embed!, 'code')[0]!)).toContain(`<img src="${svg}"`);
      linked.add(svg!).add(csv!);

      // The chart on the page: its id names its files.
      const chart = byTag(figure, 'svg').find((e) => cls(e).includes('chart'));
      expect(chart, `${page}: a figure without its chart`).toBeDefined();
      expect(posix.basename(svg!, '.svg'), where).toBe(chart!.properties?.id);
      expect(posix.basename(csv!, '.csv'), where).toBe(chart!.properties?.id);
      const kind = cls(chart!).find((c) => c !== 'chart')!;
      summary.kinds[kind] = (summary.kinds[kind] ?? 0) + 1;

      compareData(where, figure, chart!, readCsv(readFileSync(join(dist, csv!), 'utf8')));
      summary.compared++;

      // The standalone file: the chart's name and finding, then each source line beneath the chart and the licence.
      const image = readFileSync(join(dist, svg!), 'utf8');
      const name = byTag(chart!, 'title')[0] ?? undefined;
      const title = /<title id="embed-title">([^<]*)<\/title>/.exec(image)?.[1];
      expect(unescapeXml(title ?? ''), where).toBe(
        name && (chart!.children ?? []).includes(name) ? text(name) : String(chart!.properties?.ariaLabel),
      );
      const desc = byTag(chart!, 'desc').find((d) => (chart!.children ?? []).includes(d));
      if (desc)
        expect(unescapeXml(/<desc id="embed-desc">([^<]*)<\/desc>/.exec(image)?.[1] ?? ''), where).toBe(text(desc));
      const notes = [...image.matchAll(/<text class="chart-note"[^>]*>([^<]*)<\/text>/g)].map((m) =>
        unescapeXml(m[1]!),
      );
      const sources = withClass(figure, 'chart-source').map(text);
      expect(sources.length, where).toBeGreaterThan(0);
      const lines = bare(notes.join(''));
      expect(lines.startsWith(bare(sources.join(''))), `${where}: ${lines}`).toBe(true);
      expect(lines.slice(bare(sources.join('')).length), where).toMatch(/^许可：.+/);
    }
  }
  // No chart file that no chart links to.
  const files = [...siteFiles(dist, '.svg'), ...siteFiles(dist, '.csv')].filter((f) =>
    /^(\d{4}|compare)\/charts\//.test(f),
  );
  expect(files.filter((f) => !linked.has(f))).toEqual([]);
  return summary;
}
