import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { chartCsv, chartFiles, standaloneSvg, svgName } from '../../../src/lib/chart-embed.ts';
import { compareCharts, indicatorCaption, indicatorSvg, indicatorTable } from '../../../src/lib/compare-charts.ts';
import { indicatorSeries as series, indicatorYear as year } from '../charts/synthetic.ts';
import { readCsv } from './csv-read.ts';

const gdp = series('地区生产总值增速', [year(2023, 6.5, 6.1), year(2024, 6, 5.6), year(2025, 5.5, null)]);
const once = series('城镇登记失业率', [year(2025, 3, 2.1)]);
const income = series('人均可支配收入', [year(2023, 6, 5.9), year(2024, 80000, 83000, '元'), year(2025, 6, 6.2)]);
const data = { indicators: [gdp, once, income], years: [2023, 2024, 2025] };

describe('compareCharts(comparison)', () => {
  it('is the indicator chart, at a stable address under compare/, when two years have one to draw', () => {
    const [spec, ...rest] = compareCharts(data);
    expect(rest).toEqual([]);
    expect(spec).toEqual({ kind: 'indicators', id: 'indicator-years' });
    expect(chartFiles(spec!)).toEqual({
      svg: 'compare/charts/indicator-years.svg',
      csv: 'compare/charts/indicator-years.csv',
    });
  });

  it('is nothing with one year, or when no indicator has two years to draw (the page draws no chart)', () => {
    expect(compareCharts({ indicators: [gdp], years: [2024] })).toEqual([]);
    expect(compareCharts({ indicators: [once], years: [2023, 2024, 2025] })).toEqual([]);
  });

  it('names the file as the page names the chart: its SVG id is the file’s name', () => {
    const svg = indicatorSvg(data);
    expect(svg).toMatch(/^<svg [^>]*id="indicator-years"/);
    expect(svgName(svg)).toBe('各指标历年的目标与报告值');
    expect(indicatorCaption()).toBe(
      '各指标历年的目标与报告值。只画出两年及以上有数字、且单位与指标一致的指标；各图刻度不同。具体文字见下表。',
    );
  });
});

describe('indicatorTable(comparison)', () => {
  it('holds exactly the points drawn: indicators with two years or more, years in the indicator’s unit', () => {
    const table = indicatorTable(data);
    expect(table.header).toEqual(['指标', '单位', '年份', '目标', '报告值']);
    expect(table.rows).toEqual([
      ['地区生产总值增速', '%', '2023', '6.5', '6.1'],
      ['地区生产总值增速', '%', '2024', '6', '5.6'],
      // No reported figure: no dot is drawn, the cell is empty.
      ['地区生产总值增速', '%', '2025', '5.5', ''],
      // 2024 is in 元, not the indicator's %: not drawn, not listed.
      ['人均可支配收入', '%', '2023', '6', '5.9'],
      ['人均可支配收入', '%', '2025', '6', '6.2'],
    ]);
    expect(readCsv(chartCsv(table))).toEqual([table.header, ...table.rows]);
  });

  it('every figure in the table is drawn and labelled in the chart', () => {
    const svg = indicatorSvg(data);
    for (const [, unit, , target, actual] of indicatorTable(data).rows) {
      expect(svg).toContain(`>${target}${unit}<`);
      if (actual) expect(svg).toContain(`>${actual}${unit}<`);
    }
  });
});

describe('the standalone indicator chart', () => {
  it('is well-formed and names every year’s report, then the licence', () => {
    const sources = ['数据来源：甲（某地，2024-01-20）。', '数据来源：乙（某地，2025-01-26）。'];
    const svg = standaloneSvg(indicatorSvg(data), {
      caption: indicatorCaption(),
      source: sources,
      rights: '许可：本站未作权利声明。',
      css: '.chart .iy-target { stroke: currentColor; }',
    });
    const doc = new DOMParser({
      errorHandler: (level: string, msg: string) => {
        throw new Error(`XML ${level}: ${msg}`);
      },
    }).parseFromString(svg, 'image/svg+xml');
    const notes = Array.from(doc.documentElement!.getElementsByTagName('text'))
      .filter((n) => n.getAttribute('class') === 'chart-note')
      .map((n) => n.textContent)
      .join('');
    expect(notes).toBe(sources.join('') + '许可：本站未作权利声明。');
  });
});
