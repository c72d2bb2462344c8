import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/charts/progressBar.ts';
import { officialDisagrees } from '../../../src/lib/official.ts';
import { columnsByPlace } from '../../../src/lib/task-columns.ts';
import type { ColumnCell, Status } from '../../../src/schema/index.ts';

type OfficialStatusReading = 'done' | 'on_track' | 'nearly' | 'behind' | 'not_started' | 'unknown';

const cell = (text: string) => ({ verbatim: text, display: text });
const task = (reading: OfficialStatusReading | undefined, ours: Status) => ({
  official: reading ? { status: { header: '进度状态', cell: cell('x'), reading } } : undefined,
  status: { value: ours, reason: 'r', evidence: [] },
});

describe('officialDisagrees(task)', () => {
  it('the government says done and we do not: disagree (the page must say so)', () => {
    for (const ours of ['in_progress', 'not_met', 'unclear'] as const)
      expect(officialDisagrees(task('done', ours))).toBe(true);
    expect(officialDisagrees(task('done', 'completed'))).toBe(false);
  });
  it('we read 已完成 while the government says not yet: disagree (a false 已完成 is the worst error)', () => {
    for (const reading of ['on_track', 'nearly', 'behind', 'not_started'] as const)
      expect(officialDisagrees(task(reading, 'completed'))).toBe(true);
  });
  it('both say not done, a word we cannot place, or no official status: no sentence', () => {
    expect(officialDisagrees(task('behind', 'in_progress'))).toBe(false);
    expect(officialDisagrees(task('on_track', 'unclear'))).toBe(false);
    expect(officialDisagrees(task('unknown', 'completed'))).toBe(false);
    expect(officialDisagrees(task(undefined, 'completed'))).toBe(false);
  });
});

describe('progressBar({percent, label})', () => {
  it('an image with its text alternative, the fill capped at the frame past 100 %', () => {
    const over = progressBar({ percent: 110, label: '形象进度：110%<超>', width: 102 });
    expect(over).toContain('role="img"');
    expect(over).toContain('aria-label="形象进度：110%&lt;超&gt;"');
    expect(over).toContain('<title>形象进度：110%&lt;超&gt;</title>');
    expect(over).toMatch(/class="progress-bar__fill" x="1" y="1" width="100"/);
    expect(over).toContain('progress-bar__over');
    const part = progressBar({ percent: 35, label: 'x', width: 102 });
    expect(part).toMatch(/class="progress-bar__fill" x="1" y="1" width="35"/);
    expect(part).not.toContain('progress-bar__over');
  });
});

describe('columnsByPlace(task)', () => {
  const col = (header: string, role: ColumnCell['role']): ColumnCell => ({ header, role, cell: cell(header) });
  it('puts each column in its place and everything else under 其他信息; none dropped', () => {
    const columns = [
      col('牵头单位', 'responsible'),
      col('配合单位', 'responsible'),
      col('四季度计划目标', 'plan'),
      col('情况说明', 'notes'),
      col('下步举措', 'nextSteps'),
      col('形象进度(%)', 'progress'),
      col('进度状态', 'status'),
      col('区领导', 'other'),
      col('完成状态', 'status'),
    ];
    const places = columnsByPlace({
      columns,
      official: {
        status: { header: '进度状态', cell: cell('滞后'), reading: 'behind' },
        progress: { header: '形象进度(%)', cell: cell('35%'), percent: 35 },
      },
    });
    expect(places.responsible.map((c) => c.header)).toEqual(['牵头单位', '配合单位']);
    expect(places.plan.map((c) => c.header)).toEqual(['四季度计划目标']);
    expect(places.notes.map((c) => c.header)).toEqual(['情况说明']);
    expect(places.nextSteps.map((c) => c.header)).toEqual(['下步举措']);
    // The official columns have their own block; a second status column is not the official one.
    expect(places.other.map((c) => c.header)).toEqual(['区领导', '完成状态']);
  });
});
