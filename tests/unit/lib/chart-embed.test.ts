import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  chartCsv,
  chartSvg,
  chartTable,
  standaloneCss,
  standaloneSvg,
  yearCharts,
} from '../../../src/lib/chart-embed.ts';
import { byTaskOrder } from '../../../src/lib/order.ts';
import { Task, Taxonomy } from '../../../src/schema/index.ts';
import { readCsv as readCsvText } from './csv-read.ts';

const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));
const dir = 'content/reports/2024/tasks';
const tasks = readdirSync(dir)
  .map((f) => Task.parse(frontmatter(readFileSync(`${dir}/${f}`, 'utf8'))))
  .sort(byTaskOrder);
const { areas } = Taxonomy.parse(parseYaml(readFileSync('content/taxonomy.yaml', 'utf8')));
const css = standaloneCss(readFileSync('src/components/charts/charts.css', 'utf8'));

/** The CSV as written (with its BOM, for Excel), read back. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return readCsvText(text);
}

describe('chart files of the real 2024 report', () => {
  const charts = yearCharts(2024, tasks);
  it('has one per chart the pages draw: the report’s three and each task page’s target/result chart', () => {
    expect(charts.slice(0, 3).map((c) => c.id)).toEqual(['glance-2024', 'status-by-area-2024', 'target-result-2024']);
    expect(charts.length).toBeGreaterThan(3);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });

  it('writes a CSV that reads back to exactly the chart’s table', () => {
    for (const spec of charts) {
      const table = chartTable(spec, tasks, areas);
      expect(readCsv(chartCsv(table))).toEqual([table.header, ...table.rows]);
    }
    const glance = chartTable(charts[0]!, tasks, areas);
    expect(glance.rows).toHaveLength(tasks.length);
    expect(glance.rows[0]).toEqual([
      '1',
      tasks[0]!.shortTitle,
      expect.any(String),
      expect.stringMatching(/^(已完成|推进中|未达目标|待核实)$/),
    ]);
  });

  it('writes a standalone SVG: well-formed, titled, described, styled, with the source and licence lines', () => {
    for (const spec of charts.slice(0, 4)) {
      const svg = standaloneSvg(chartSvg(spec, tasks, areas, `2024/charts/${spec.id}.svg`), {
        caption: '图注',
        source: '数据来源：2024年政府工作报告年度完成情况（宁波市镇海区 区政府办公室，2025-01-26）。',
        rights: '许可：本站未作权利声明。',
        css,
      });
      const doc = new DOMParser({
        errorHandler: (level: string, msg: string) => {
          throw new Error(`${spec.id}: XML ${level}: ${msg}`);
        },
      }).parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement!;
      expect(root.getAttribute('role')).toBe('img');
      const child = (name: string) => Array.from(root.childNodes).find((n) => n.nodeName === name)?.textContent ?? '';
      expect(child('title')).not.toBe('');
      expect(child('desc')).not.toBe('');
      expect(child('style')).toContain('--chart-completed: #00785a');
      expect(child('style')).not.toContain('@media');
      const notes = Array.from(root.getElementsByTagName('text'))
        .filter((n) => n.getAttribute('class') === 'chart-note')
        .map((n) => n.textContent)
        .join('');
      expect(notes).toBe(
        '数据来源：2024年政府工作报告年度完成情况（宁波市镇海区 区政府办公室，2025-01-26）。许可：本站未作权利声明。',
      );
    }
  });
});
