import { describe, expect, test } from 'vitest';
import { paceTimeline } from '../../../src/charts/paceTimeline.ts';
import { byTag, findAll, parseSvg, pretty } from './svgTree.ts';

// 西湖区 2024 (real wording): 新增认知障碍照护专区床位100张, 20 built at the end of the first quarter.
const data = {
  subject: '新增认知障碍照护专区床位',
  unit: '张',
  target: 100,
  points: [
    { date: '2024-12-31', value: 120, report: '年度完成情况' },
    { date: '2024-03-31', value: 20, report: '一季度进展情况' },
  ],
};

describe('paceTimeline(data, {year, task})', () => {
  test('is one image with a title and a description stating every reading in date order', () => {
    const tree = parseSvg(paceTimeline(data, { year: 2024, task: '2' }));
    const svg = findAll(tree, byTag('svg'))[0]!;
    expect(svg.properties.role).toBe('img');
    expect(svg.properties.id).toBe('pace-timeline-2024-t2');
    const desc = findAll(tree, byTag('desc'))[0]!;
    const text = JSON.stringify(desc);
    expect(text).toContain('全年目标100张');
    expect(text.indexOf('截至3月31日（一季度进展情况）20张，为目标的20%')).toBeGreaterThan(0);
    expect(text.indexOf('截至12月31日')).toBeGreaterThan(text.indexOf('截至3月31日'));
  });

  test('a dot per reading, left to right by date, and the target line', () => {
    const tree = parseSvg(paceTimeline(data, { year: 2024, task: '2' }));
    const dots = findAll(tree, byTag('circle')).map((c) => Number(c.properties.cx));
    expect(dots).toHaveLength(2);
    expect(dots[0]!).toBeLessThan(dots[1]!);
    expect(
      findAll(tree, (e) => String(e.properties.className ?? '').includes('pace-timeline__target')),
    ).not.toHaveLength(0);
  });

  test('escapes source text', () => {
    const svg = paceTimeline({ ...data, subject: '<b>床位</b>' }, { year: 2024, task: '2' });
    expect(svg).not.toContain('<b>');
  });

  test('structure snapshot', () => {
    expect(pretty(paceTimeline(data, { year: 2024, task: '2' }))).toMatchSnapshot();
  });
});
