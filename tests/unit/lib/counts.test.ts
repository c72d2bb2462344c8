import { describe, expect, it } from 'vitest';
import {
  countByArea,
  countByStatus,
  countByVerdict,
  countQuantified,
  countRows,
  splitTasks,
} from '../../../src/lib/counts.ts';
import type { Metric, Status, Task, Taxonomy, Verdict } from '../../../src/schema/index.ts';

const taxonomy: Taxonomy = {
  fallback: 'other',
  areas: [
    { slug: 'economy', name: '经济发展', keywords: ['生产总值'] },
    { slug: 'health', name: '卫生健康', keywords: ['医院'] },
    { slug: 'other', name: '其他', keywords: ['其他'] },
  ],
};

function metric(verdict: Verdict): Metric {
  return {
    subject: '就业',
    target: {
      text: '100人',
      start: 0,
      end: 4,
      value: 100,
      unit: '人',
      qualifiers: [],
      basisWords: [],
      comparator: '>=',
    },
    actual: null,
    basis: 'none',
    verdict,
    reason: '测试',
  };
}

function task(number: number, status: Status, area: string, verdicts: Verdict[] = []): Task {
  const cell = { verbatim: '文字', display: '文字' };
  return {
    year: 2031,
    number,
    id: String(number),
    sourceLine: number + 5,
    columns: [],
    corrections: [],
    shortTitle: `任务${number}`,
    target: cell,
    completion: cell,
    area: { slug: area, evidence: [] },
    status: { value: status, reason: '测试', evidence: [] },
    metrics: verdicts.map(metric),
  };
}

const tasks = [
  task(1, 'completed', 'health', ['met', 'met']),
  task(2, 'not_met', 'economy', ['not_met', 'unclear']),
  task(3, 'completed', 'health'),
];

describe('countByStatus(tasks)', () => {
  it('lists every status in schema order, zeros included', () =>
    expect(countByStatus(tasks)).toEqual([
      { key: 'completed', count: 2 },
      { key: 'in_progress', count: 0 },
      { key: 'not_met', count: 1 },
      { key: 'unclear', count: 0 },
    ]));
  it('leaves «未达目标» out for an in-year report (countByStatus(tasks, true)), which never judges it', () =>
    expect(countByStatus(tasks, true).map((s) => s.key)).toEqual(['completed', 'in_progress', 'unclear']));
});

describe('countByArea(tasks, taxonomy)', () => {
  it('follows the taxonomy order and leaves out areas without tasks', () =>
    expect(countByArea(tasks, taxonomy)).toEqual([
      { key: 'economy', count: 1 },
      { key: 'health', count: 2 },
    ]));
});

describe('countByVerdict(tasks)', () => {
  it('counts metrics, not tasks', () =>
    expect(countByVerdict(tasks)).toEqual([
      { key: 'met', count: 2 },
      { key: 'not_met', count: 1 },
      { key: 'unclear', count: 1 },
    ]));
  it('offers no «未达目标» category for an in-year report (countByVerdict(tasks, true))', () =>
    expect(countByVerdict(tasks, true).map((v) => v.key)).toEqual(['met', 'unclear']));
});

describe('countQuantified(tasks)', () => {
  it('counts tasks with at least one metric', () => expect(countQuantified(tasks)).toBe(2));
});

describe('countRows(tasks)', () => {
  it('numbered tasks, how many are split, their sub-items, and rows', () => {
    const rows = [{ number: 1 }, { number: 2, sub: 1 }, { number: 2, sub: 2 }, { number: 2, sub: 3 }, { number: 3 }];
    expect(countRows(rows)).toEqual({ numbered: 3, split: 1, subItems: 3, rows: 5 });
  });
  it('a table without sub-items: rows are tasks', () => {
    expect(countRows([{ number: 1 }, { number: 2 }])).toEqual({ numbered: 2, split: 0, subItems: 0, rows: 2 });
  });
});

describe('splitTasks(tasks)', () => {
  it('the numbered tasks split into sub-items, each with its sub-items in order', () => {
    const rows = [{ number: 1 }, { number: 2, sub: 1 }, { number: 2, sub: 2 }, { number: 4, sub: 1 }];
    expect(splitTasks(rows)).toEqual([
      { number: 2, subs: [rows[1], rows[2]] },
      { number: 4, subs: [rows[3]] },
    ]);
    expect(splitTasks([{ number: 1 }])).toEqual([]);
  });
});
