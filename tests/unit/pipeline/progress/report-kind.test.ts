import { describe, expect, it } from 'vitest';
import { asOfFromTitle, readReportKind, titleSaysProgress } from '../../../../src/pipeline/progress/report-kind.ts';
import { SourceError } from '../../../../src/schema/source.ts';

const read = (title: string, sidecar: { kind?: 'final' | 'progress'; asOf?: string } = {}, year = 2024) =>
  readReportKind({ title, year, sidecar, file: 'c/sources/2024/x.txt', sidecarFile: 'c/sources/2024/source.yaml' });

describe('kind and as-of date from real report titles', () => {
  it.each([
    // [title, year, kind, asOf]
    ['2024年度政府工作报告重点任务半年度进展情况', 2024, 'progress', '2024-06-30'],
    ['2023年市政府工作报告重点工作半年度完成情况汇总表', 2023, 'progress', '2023-06-30'],
    ['2023年度省政府民生实事涉我区工作任务一季度进展情况', 2023, 'progress', '2023-03-31'],
    ['2017年1—11月十大民生工程项目实施进度表', 2017, 'progress', '2017-11-30'],
    ['2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况', 2020, 'progress', '2020-11-30'],
    ['萧县6月份民生工程进展情况', 2025, 'progress', '2025-06-30'],
    ['民生实事项目进展情况（截至6月底）', 2024, 'progress', '2024-06-30'],
    ['2019年省民生实事项目涉及西湖区指标落实情况表（截止到12月31日）', 2019, 'progress', '2019-12-31'],
    ['2024年市民政局民生实事项目第四季度进展情况', 2024, 'progress', '2024-12-31'],
    ['2024年政府工作报告年度完成情况', 2024, 'final', undefined],
    ['2024年上海市为民办实事项目完成情况', 2024, 'final', undefined],
  ] as const)('%s', (title, year, kind, asOf) => {
    expect(titleSaysProgress(title)).toBe(kind === 'progress');
    expect(asOfFromTitle(title, year)).toBe(asOf);
    expect(read(title, {}, year)).toEqual(asOf ? { kind, asOf } : { kind });
  });
});

describe('source.yaml kind: and asOf:', () => {
  it('override what the title says', () => {
    expect(read('2024年政府工作报告年度完成情况', { kind: 'progress', asOf: '2024-09-30' })).toEqual({
      kind: 'progress',
      asOf: '2024-09-30',
    });
    expect(read('2024年度重点任务半年度进展情况', { kind: 'final' })).toEqual({ kind: 'final', asOf: '2024-06-30' });
  });

  it('a progress report without a date is refused, asking for asOf:', () => {
    let error: unknown;
    try {
      read('2024年重点工作进展情况');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect(String((error as Error).message)).toContain('标题没有写明截至哪一天');
    expect(String((error as Error).message)).toContain('asOf: 2024-06-30');
    expect(read('2024年重点工作进展情况', { asOf: '2024-10-31' })).toEqual({ kind: 'progress', asOf: '2024-10-31' });
  });

  it('an asOf outside the year is refused', () => {
    expect(() => read('2024年重点工作进展情况', { asOf: '2023-06-30' })).toThrow('不在 2024 年内');
  });
});
