import { describe, expect, it } from 'vitest';
import { counterpartsOf, LINK_THRESHOLD, linkYears } from '../../../../src/pipeline/compare/link.ts';

const y2024 = [
  { year: 2024, number: 1, target: '地区生产总值增长6%左右。' },
  { year: 2024, number: 2, target: '城镇登记失业率控制在3%以内。' },
  { year: 2024, number: 3, target: '举办第一届全民运动会。' },
];
const y2025 = [
  { year: 2025, number: 1, target: '城镇登记失业率控制在3%以内。' },
  { year: 2025, number: 2, target: '地区生产总值增长5.5%左右。' },
  { year: 2025, number: 3, target: '建成口袋公园5个。' },
];

describe('linkYears(from, to, threshold)', () => {
  const links = linkYears(y2024, y2025);
  it('pairs each task with its closest counterpart, whatever the row order', () => {
    expect(links.pairs).toEqual([
      { from: { year: 2024, number: 2, id: '2', score: 1 }, to: { year: 2025, number: 1, id: '1', score: 1 } },
      { from: { year: 2024, number: 1, id: '1', score: 1 }, to: { year: 2025, number: 2, id: '2', score: 1 } },
    ]);
  });
  it('marks the rest new (next year) and dropped (previous year)', () => {
    expect(links.added.map((a) => a.task.number)).toEqual([3]);
    expect(links.dropped.map((d) => d.task.number)).toEqual([3]);
    expect([links.from, links.to, links.threshold]).toEqual([2024, 2025, LINK_THRESHOLD]);
  });
  it('never gives one task two counterparts', () => {
    const twice = linkYears(
      [{ year: 1, number: 1, target: '新增口袋公园5个' }],
      [
        { year: 2, number: 1, target: '新增口袋公园6个' },
        { year: 2, number: 2, target: '新增口袋公园7个' },
      ],
    );
    expect(twice.pairs).toHaveLength(1);
    expect(twice.pairs[0]?.to.number).toBe(1);
    expect(twice.added).toEqual([
      { task: { year: 2, number: 2, id: '2', score: 0 }, nearest: { year: 1, number: 1, id: '1', score: 1 } },
    ]);
  });
  it('keeps a pair below the threshold apart, showing it as the nearest miss', () => {
    const l = linkYears(
      [{ year: 1, number: 1, target: '推进全域无废城市建设' }],
      [{ year: 2, number: 1, target: '无废城市细胞建设五十个' }],
      0.99,
    );
    expect(l.pairs).toEqual([]);
    expect(l.added[0]?.nearest?.number).toBe(1);
    expect(l.added[0]?.nearest?.score).toBeLessThan(0.99);
  });
});

describe('counterpartsOf(year, id, links)', () => {
  const links = [linkYears(y2024, y2025)];
  it('finds the previous-year counterpart, or states the task is new', () => {
    expect(counterpartsOf(2025, 2, links)).toEqual({
      prev: { year: 2024, match: { year: 2024, number: 1, id: '1', score: 1 } },
    });
    expect(counterpartsOf(2025, 3, links).prev?.match).toBeNull();
  });
  it('finds the next-year counterpart, or states the task was dropped', () => {
    expect(counterpartsOf(2024, 2, links).next?.match).toEqual({ year: 2025, number: 1, id: '1', score: 1 });
    expect(counterpartsOf(2024, 3, links)).toEqual({ next: { year: 2025, match: null } });
  });
  it('has no sides with one year', () => expect(counterpartsOf(2024, 1, [])).toEqual({}));
});

describe('sub-items (issue 12)', () => {
  it('links sub-items by id, so two sub-items of one 编号 are told apart', () => {
    const links = [
      linkYears(
        [
          { year: 2030, number: 4, id: '4.1', target: '新增托育机构托位2000个。' },
          { year: 2030, number: 4, id: '4.2', target: '建成口袋公园5个。' },
        ],
        [{ year: 2031, number: 1, target: '建成口袋公园8个。' }],
      ),
    ];
    expect(links[0]!.pairs.map((p) => p.from.id)).toEqual(['4.2']);
    expect(counterpartsOf(2030, '4.2', links).next?.match?.id).toBe('1');
    expect(counterpartsOf(2030, '4.1', links).next?.match).toBeNull();
  });
});
