import { describe, expect, test } from 'vitest';
import { glanceLabel, reportGlance } from '../../../src/charts/reportGlance.ts';
import { areas, manyTasks, task } from './synthetic.ts';
import { byTag, findAll, parseSvg, pretty } from './svgTree.ts';

const link = (t: { number: number }) => `tasks/${t.number}.html`;
const draw = (tasks = manyTasks(30), width?: number) => reportGlance(tasks, { year: 2099, areas, link, width });

describe('reportGlance(tasks, {year, areas, link})', () => {
  test('one link per task, in 编号 order within each area, areas in taxonomy order', () => {
    const tasks = manyTasks(30);
    const tree = parseSvg(draw(tasks));
    const links = findAll(tree, byTag('a'));
    expect(links).toHaveLength(30);
    const hrefs = links.map((a) => String(a.properties.href));
    const expected = areas.flatMap((a) => tasks.filter((t) => t.area.slug === a.slug).map((t) => link(t)));
    expect(hrefs).toEqual(expected);
  });

  test('is a labelled group of labelled links, not role="img"', () => {
    const tree = parseSvg(draw());
    const svg = findAll(tree, byTag('svg'))[0]!;
    expect(svg.properties.role).toBe('group');
    expect(String(svg.properties.ariaLabel)).toContain('30 项任务');
    const groups = findAll(tree, (e) => e.tagName === 'g' && e.properties.role === 'group');
    expect(groups.map((g) => String(g.properties.ariaLabel).split('（')[0])).toEqual([
      '合成领域甲',
      '合成领域乙',
      '合成领域丙',
    ]);
  });

  test('each mark is named by 编号, short title and status in words, with a matching tooltip', () => {
    const t7 = task(7, 'beta', 'not_met', [], '合成短标题');
    expect(glanceLabel(t7)).toBe('第 7 项：合成短标题。状态：未达目标');
    const a = findAll(parseSvg(draw([t7])), byTag('a'))[0]!;
    expect(a.properties.ariaLabel).toBe('第 7 项：合成短标题。状态：未达目标');
    const title = findAll(a, byTag('title'))[0]!;
    expect(title.children).toEqual([
      { type: 'text', value: '第 7 项：合成短标题。状态：未达目标', position: expect.anything() },
    ]);
  });

  test('statuses differ by shape as well as by class', () => {
    const shapes = (status: 'completed' | 'in_progress' | 'not_met' | 'unclear') => {
      const a = findAll(parseSvg(draw([task(1, 'alpha', status)])), byTag('a'))[0]!;
      return a.children
        .map((c) => (c.type === 'element' ? `${c.tagName}.${String(c.properties.className)}` : ''))
        .join(' ');
    };
    const all = new Set([shapes('completed'), shapes('in_progress'), shapes('not_met'), shapes('unclear')]);
    expect(all.size).toBe(4);
  });

  test('marks keep their size as tasks grow: 200 tasks still have 14-unit squares in a 320 viewBox', () => {
    const svg = draw(manyTasks(200));
    const rects = findAll(parseSvg(svg), (e) => e.tagName === 'rect' && String(e.properties.className) === 'hit');
    expect(rects).toHaveLength(200);
    for (const r of rects) {
      expect(Number(r.properties.width)).toBe(14);
      expect(Number(r.properties.x) + 14).toBeLessThanOrEqual(320);
    }
    expect(svg).toMatch(/viewBox="-2 -2 324 [\d.]+"/);
  });

  test('escapes hostile text in titles, area names and links', () => {
    const hostile = task(1, 'evil', 'completed', [], '<script>alert("x")</script>&');
    const svg = reportGlance([hostile], {
      year: 2099,
      areas: [{ slug: 'evil', name: '<img src=x onerror=1>' }],
      link: () => 'a"b.html',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(svg).toContain('href="a&quot;b.html"');
    const a = findAll(parseSvg(svg), byTag('a'))[0]!;
    expect(a.properties.ariaLabel).toContain('<script>alert("x")</script>&');
  });

  test('a task whose area is not in the taxonomy still gets a mark', () => {
    const svg = draw([task(1, 'alpha', 'completed'), task(2, 'unknown-area', 'unclear')]);
    expect(findAll(parseSvg(svg), byTag('a'))).toHaveLength(2);
  });

  test('is deterministic and its ids derive from the year', () => {
    expect(draw()).toBe(draw());
    expect(draw()).toContain('id="glance-2099"');
    expect(draw()).not.toMatch(/\d\.\d{3,}/);
  });

  test('snapshot', async () => {
    await expect(pretty(draw(manyTasks(12)))).toMatchFileSnapshot('./__snapshots__/reportGlance.svg');
  });
});

describe('with sub-items (issue 12)', () => {
  test('squares are rows, ordered by 编号 then sub-item, and the labels say 条 (rows), not 项', () => {
    const subs = [
      { ...task(2, 'alpha', 'completed'), id: '2.2', sub: 2 },
      { ...task(1, 'alpha', 'unclear'), id: '1' },
      { ...task(2, 'alpha', 'in_progress'), id: '2.1', sub: 1 },
    ];
    const svg = reportGlance(subs, { year: 2099, areas, link: (t) => `tasks/${t.id}.html` });
    const tree = parseSvg(svg);
    expect(findAll(tree, byTag('a')).map((a) => String(a.properties.href))).toEqual([
      'tasks/1.html',
      'tasks/2.1.html',
      'tasks/2.2.html',
    ]);
    expect(String(findAll(tree, byTag('svg'))[0]!.properties.ariaLabel)).toContain('全部 3 条一览');
    expect(svg).toContain('合成领域甲（3 条）');
    expect(svg).toContain('aria-label="第 2.1 项：');
  });
});
