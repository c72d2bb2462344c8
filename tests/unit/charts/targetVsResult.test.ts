import { describe, expect, test } from 'vitest';
import { metricComparisons } from '../../../src/charts/metricComparisons.ts';
import { actualText, targetText, targetVsResult, verdictText } from '../../../src/charts/targetVsResult.ts';
import { metric, task } from './synthetic.ts';
import { byTag, findAll, hasClass, parseSvg, pretty, textOf } from './svgTree.ts';

const tasks = [
  task(1, 'alpha', 'completed', [
    metric({ subject: '合成住房', target: 2400, unit: '套', actual: 2650, verdict: 'met' }),
  ]),
  task(2, 'alpha', 'not_met', [
    metric({ subject: '合成失业率', target: 3, unit: '%', comparator: '<=', actual: 3.3, verdict: 'not_met' }),
    metric({ subject: '合成未报告', target: 10, unit: '个' }),
  ]),
  task(3, 'beta', 'unclear', [
    metric({ subject: '合成累计', target: 30, unit: '家', actual: 120, basis: 'cumulative', verdict: 'unclear' }),
  ]),
  task(4, 'beta', 'not_met', [
    metric({ subject: '合成增速', target: 6, unit: '%', comparator: '~', actual: 5.6, verdict: 'not_met' }),
  ]),
  task(5, 'gamma', 'completed', [
    metric({ subject: '合成装机', target: 2.5, unit: '万千瓦', actual: 30000, actualUnit: '千瓦', verdict: 'met' }),
  ]),
];
const draw = (opts: { task?: number } = {}) => targetVsResult(tasks, { year: 2099, ...opts });

describe('metricComparisons(tasks)', () => {
  test('only metrics with a reported value; same basis first, furthest short of target first', () => {
    const list = metricComparisons(tasks);
    expect(list.map((c) => c.metric.subject)).toEqual(['合成失业率', '合成增速', '合成住房', '合成装机', '合成累计']);
    expect(list[0]!.margin).toBeCloseTo(-0.1);
    expect(list[3]!.actual).toBe(3);
  });
});

describe('labels', () => {
  const [unemployment, growth, housing, power, cumulative] = metricComparisons(tasks);
  test('target with its comparator, reported value in its own unit', () => {
    expect(targetText(unemployment!)).toBe('目标 ≤3%');
    expect(targetText(growth!)).toBe('目标 ≈6%');
    expect(targetText(housing!)).toBe('目标 ≥2400套');
    expect(actualText(power!)).toBe('实际 30000千瓦');
  });
  test('verdict in words with the gap, or why the basis differs', () => {
    expect(verdictText(unemployment!)).toBe('未达目标：比目标高 0.3个百分点');
    expect(verdictText(housing!)).toBe('达到目标：比目标高 250套');
    expect(verdictText(power!)).toBe('达到目标：比目标高 0.5万千瓦');
    expect(verdictText(cumulative!)).toBe('无法判断：累计数，与当年新增口径不同');
  });
});

describe('targetVsResult(tasks, {year, task?})', () => {
  test('role="img" with title and a finding that counts verdicts and names the largest shortfall', () => {
    const tree = parseSvg(draw());
    expect(findAll(tree, byTag('svg'))[0]!.properties.role).toBe('img');
    expect(textOf(findAll(tree, byTag('title'))[0]!)).toBe('2099 年量化目标与报告数字');
    const desc = textOf(findAll(tree, byTag('desc'))[0]!);
    expect(desc).toContain(
      '5 个有报告数字的量化目标中，2 个达到目标，2 个未达目标，1 个无法判断（其中 1 个报告数字的口径与目标不同）',
    );
    expect(desc).toContain('离目标最远的是第 2 项「合成失业率」：目标 ≤3%，实际 3.3%');
  });

  test('one panel per paired metric, each with both numbers and the verdict', () => {
    const tree = parseSvg(draw());
    const panels = findAll(tree, hasClass('tvr-panel'));
    expect(panels).toHaveLength(5);
    const first = findAll(panels[0]!, byTag('text')).map(textOf);
    expect(first).toEqual(['第 2 项 · 合成失业率', '目标 ≤3%', '实际 3.3%', '未达目标：比目标高 0.3个百分点']);
  });

  test('a different basis is drawn hollow and dashed, the rest filled', () => {
    const tree = parseSvg(draw());
    const bars = findAll(tree, (e) => e.tagName === 'rect');
    expect(bars.filter(hasClass('m-hollow'))).toHaveLength(1);
    expect(bars.filter(hasClass('m-fill'))).toHaveLength(4);
    expect(findAll(tree, hasClass('other-basis'))).toHaveLength(1);
  });

  test("scales place target and result on the metric's own axis", () => {
    const panel = findAll(parseSvg(draw()), hasClass('tvr-panel'))[2]!; // 合成住房: 2400 vs 2650
    const bar = findAll(panel, byTag('rect'))[0]!;
    const tick = findAll(panel, hasClass('target-tick'))[0]!;
    // domain [0, 2650 × 1.08].nice() = [0, 3000] over 320 units
    expect(Number(bar.properties.width)).toBeCloseTo((2650 / 3000) * 320, 1);
    expect(Number(tick.properties.x1)).toBeCloseTo((2400 / 3000) * 320, 1);
  });

  test('on a task page: only that task, ids carry the number, headings drop the 编号', () => {
    const svg = draw({ task: 2 });
    expect(svg).toContain('id="target-result-2099-t2"');
    const tree = parseSvg(svg);
    expect(findAll(tree, hasClass('tvr-panel'))).toHaveLength(1);
    expect(textOf(findAll(tree, hasClass('strong'))[0]!)).toBe('合成失业率');
    expect(textOf(findAll(tree, byTag('title'))[0]!)).toBe('第 2 项的量化目标与报告数字');
  });

  test('escapes hostile subjects', () => {
    const evil = [
      task(1, 'alpha', 'completed', [
        metric({ subject: '<b onmouseover="x">&', target: 1, actual: 2, verdict: 'met' }),
      ]),
    ];
    const svg = targetVsResult(evil, { year: 2099 });
    expect(svg).not.toContain('<b ');
    expect(svg).toContain('&lt;b onmouseover=&quot;x&quot;&gt;&amp;');
  });

  test('deterministic, no long decimals, and snapshot', async () => {
    expect(draw()).toBe(draw());
    expect(draw()).not.toMatch(/\d\.\d{3,}/);
    await expect(pretty(draw())).toMatchFileSnapshot('./__snapshots__/targetVsResult.svg');
  });
});
