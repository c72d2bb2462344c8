import { describe, expect, test } from 'vitest';
import { areaRows, statusByArea, statusByAreaFinding } from '../../../src/charts/statusByArea.ts';
import { textWidth } from '../../../src/charts/textWidth.ts';
import { areas, manyTasks, task } from './synthetic.ts';
import { byTag, findAll, hasClass, parseSvg, pretty, textOf } from './svgTree.ts';

const tasks = [
  task(1, 'alpha', 'completed'),
  task(2, 'alpha', 'completed'),
  task(3, 'alpha', 'in_progress'),
  task(4, 'beta', 'not_met'),
  task(5, 'beta', 'unclear'),
  task(6, 'beta', 'in_progress'),
  task(7, 'beta', 'completed'),
  task(8, 'gamma', 'completed'),
];
const draw = (list = tasks) => statusByArea(list, { year: 2099, areas });

describe('areaRows(tasks, areas)', () => {
  test('counts per status per area, in taxonomy order, empty areas left out', () => {
    const rows = areaRows(
      tasks.filter((t) => t.area.slug !== 'gamma'),
      areas,
    );
    expect(rows.map((r) => r.area.slug)).toEqual(['alpha', 'beta']);
    expect(rows[0]!.counts.map((c) => c.count)).toEqual([2, 1, 0, 0]);
    expect(rows[1]!.total).toBe(4);
  });
});

describe('statusByAreaFinding(rows)', () => {
  test('names the area with most unfinished tasks and the highest share done', () => {
    const finding = statusByAreaFinding(areaRows(tasks, areas));
    expect(finding).toContain('3 个领域共 8 项任务，其中 4 项已完成');
    expect(finding).toContain('未完成任务最多的是「合成领域乙」（3 项）');
    expect(finding).toContain('已完成比例最高的是「合成领域丙」（100%）');
  });
  test('says so when every task is done', () => {
    expect(statusByAreaFinding(areaRows([task(1, 'alpha', 'completed')], areas))).toContain('均已完成');
  });
});

describe('statusByArea(tasks, {year, areas})', () => {
  test('role="img" named by its title and described by its finding', () => {
    const tree = parseSvg(draw());
    const svg = findAll(tree, byTag('svg'))[0]!;
    expect(svg.properties.role).toBe('img');
    expect([svg.properties.ariaLabelledBy].flat().join(' ')).toBe('status-by-area-2099-title status-by-area-2099-desc');
    expect(textOf(findAll(tree, byTag('title'))[0]!)).toBe('2099 年各领域任务状态');
    expect(textOf(findAll(tree, byTag('desc'))[0]!)).toContain('未完成任务最多的是「合成领域乙」');
  });

  test('one segment per non-zero count, widths proportional on a shared scale', () => {
    const tree = parseSvg(draw());
    const segs = findAll(tree, (e) => e.tagName === 'rect' && hasClass('m-fill')(e));
    expect(segs).toHaveLength(7);
    // beta has the most tasks (4) and spans the full width; each task is 80 units less the 1-unit gap.
    for (const s of segs) expect((Number(s.properties.width) + 1) % 80).toBe(0);
  });

  test('every non-zero count is labelled with its status symbol', () => {
    const labels = findAll(parseSvg(draw()), byTag('text')).map(textOf);
    expect(labels).toEqual([
      '合成领域甲 共 3 项',
      '✓2',
      '◔1',
      '合成领域乙 共 4 项',
      '✓1',
      '◔1',
      '✕1',
      '?1',
      '合成领域丙 共 1 项',
      '✓1',
    ]);
  });

  test('labels too wide for their segment go beneath the bar without overlapping', () => {
    const many = [
      ...Array.from({ length: 60 }, (_, i) => task(i + 1, 'alpha', 'completed')),
      task(61, 'alpha', 'in_progress'),
      task(62, 'alpha', 'not_met'),
      task(63, 'alpha', 'unclear'),
    ];
    const texts = findAll(parseSvg(draw(many)), byTag('text')).filter((e) =>
      e.properties.className?.toString().includes('chart-small'),
    );
    expect(texts).toHaveLength(3);
    const boxes = texts.map((e) => ({ x: Number(e.properties.x), w: textWidth(textOf(e), 14) }));
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.w);
    for (const b of boxes) expect(b.x + b.w).toBeLessThanOrEqual(320);
  });

  test('escapes hostile area names', () => {
    const svg = statusByArea([task(1, 'x', 'completed')], {
      year: 2099,
      areas: [{ slug: 'x', name: '"><script>1</script>' }],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;');
  });

  test('deterministic, and snapshot', async () => {
    expect(draw(manyTasks(40))).toBe(draw(manyTasks(40)));
    await expect(pretty(draw())).toMatchFileSnapshot('./__snapshots__/statusByArea.svg');
  });
});

describe('statusByAreaFinding(rows, {perRow})', () => {
  test('says it counts rows when the year has sub-items', () => {
    const rows = areaRows([task(1, 'alpha', 'completed'), task(2, 'alpha', 'unclear')], areas);
    expect(statusByAreaFinding(rows, { perRow: true })).toContain(
      '共 2 条（不分子项的任务与每个子项各一条），其中 1 条已完成',
    );
    expect(statusByAreaFinding(rows)).toContain('共 2 项任务，其中 1 项已完成');
  });
});
