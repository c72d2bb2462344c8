import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const read = (target: string, completion: string) => derive(normalizeCell(target), normalizeCell(completion), taxonomy);

// Issue 12 point 3: 为民办实事 tables often give the result as a bare number (上海 2024: 新增4000张养老床位 | 4385).
describe('bare-number results take the target’s unit', () => {
  it('2150 for 新增2000张托位 reads as 2150张, met, and the reason says so', () => {
    const d = read('新增2000张托位', '2150');
    expect(d.metrics[0]).toMatchObject({
      actual: { text: '2150', start: 0, end: 4, value: 2150, unit: '张' },
      basis: 'same',
      verdict: 'met',
    });
    expect(d.metrics[0]!.reason).toContain('完成情况只写了数字“2150”，没有单位，按目标的单位“张”读作2150张');
    expect(d.status.value).toBe('completed');
  });
  it('a bare number below the target is not met', () => {
    expect(read('新增30个社区长者食堂', ' 28 ').metrics[0]).toMatchObject({
      actual: { text: '28' },
      verdict: 'not_met',
    });
  });
  it('keeps the multiplier of the target’s unit and reads thousands separators', () => {
    expect(read('完成造林1.2万亩', '1.35').metrics[0]).toMatchObject({
      actual: { value: 1.35, unit: '万亩' },
      verdict: 'met',
    });
    expect(read('新增就业岗位8000个', '9,200').metrics[0]).toMatchObject({ actual: { value: 9200 }, verdict: 'met' });
  });
  it('is not read when the target has several figures, or is a change, or the cell has words', () => {
    expect(read('新增托位1140个,普惠托位685个', '1155').metrics.map((m) => m.actual)).toEqual([null, null]);
    expect(read('地区生产总值增长6%', '6.5').metrics[0]!.actual).toBeNull();
    expect(read('新增30个社区长者食堂', '约39').metrics[0]!.actual).toBeNull();
  });
});
