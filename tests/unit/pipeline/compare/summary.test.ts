import { describe, expect, it } from 'vitest';
import { compareYears } from '../../../../src/pipeline/compare/index.ts';
import { summarizeYear } from '../../../../src/pipeline/compare/summary.ts';
import type { Report } from '../../../../src/schema/index.ts';
import { metric, task } from './tasks.ts';

describe('summarizeYear(year, tasks)', () => {
  it('counts statuses (all present), areas (largest first) and verdicts', () => {
    const s = summarizeYear(2025, [
      task(2025, 1, 'a', {
        area: { slug: 'jingji', evidence: [] },
        metrics: [metric('x', [1, '个', '>='], 2), metric('y', [1, '个', '>='], 0, 'not_met')],
      }),
      task(2025, 2, 'b', {
        area: { slug: 'minsheng', evidence: [] },
        status: { value: 'in_progress', reason: 'r', evidence: [] },
      }),
      task(2025, 3, 'c', { area: { slug: 'minsheng', evidence: [] } }),
    ]);
    expect(s).toEqual({
      year: 2025,
      tasks: 3,
      statuses: { completed: 2, in_progress: 1, not_met: 0, unclear: 0 },
      areas: [
        { slug: 'minsheng', count: 2 },
        { slug: 'jingji', count: 1 },
      ],
      metrics: 2,
      verdicts: { met: 1, not_met: 1, unclear: 0 },
      quantifiedTasks: 1,
    });
  });
});

describe('compareYears(years, registry)', () => {
  const report = (year: number) => ({ year }) as Report;
  it('with one year: one summary, no links, registered indicators with that year only', () => {
    const c = compareYears(
      [
        {
          report: report(2024),
          tasks: [
            task(2024, 1, '地区生产总值增长6%左右', {
              metrics: [metric('地区生产总值', [6, '%', '~'], 5.6, 'not_met')],
            }),
          ],
        },
      ],
      {
        indicators: [{ id: 'gdp-growth', name: 'GDP', unit: '%', subjects: ['地区生产总值'] }],
      },
    );
    expect([c.years, c.links, c.summaries.length]).toEqual([[2024], [], 1]);
    expect(c.indicators[0]?.years.map((y) => y.year)).toEqual([2024]);
  });
  it('links adjacent years in order, whatever order the years come in', () => {
    const years = [2025, 2023, 2024].map((y) => ({ report: report(y), tasks: [task(y, 1, '新增口袋公园5个')] }));
    const c = compareYears(years, { indicators: [] });
    expect(c.years).toEqual([2023, 2024, 2025]);
    expect(c.links.map((l) => [l.from, l.to, l.pairs.length])).toEqual([
      [2023, 2024, 1],
      [2024, 2025, 1],
    ]);
  });
});
