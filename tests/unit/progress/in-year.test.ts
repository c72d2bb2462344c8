import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../src/pipeline/normalize.ts';
import { finishWords, inYearTask } from '../../../src/pipeline/progress/in-year.ts';
import { Taxonomy, type Task } from '../../../src/schema/index.ts';
import { parse as parseYaml } from 'yaml';

const taxonomy = Taxonomy.parse(parseYaml(readFileSync('content/taxonomy.yaml', 'utf8')));

/** A task derived from real wording, as the pipeline derives it, before the in-year pass. */
function task(target: string, completion: string): Task {
  const cells = { target: normalizeCell(target), completion: normalizeCell(completion) };
  const d = derive(cells.target, cells.completion, taxonomy);
  return {
    year: 2024,
    number: 1,
    id: '1',
    sourceLine: 1,
    shortTitle: d.shortTitle,
    ...cells,
    columns: [],
    corrections: [],
    area: d.area,
    status: d.status,
    metrics: d.metrics,
    quantities: d.quantities,
  };
}

describe('the in-year pass on real wording', () => {
  it('a mid-year shortfall (西湖区 2024 一季度: 20 of 100 beds) is pace, never 未达目标', () => {
    const t = task(
      '新增认知障碍照护专区床位100张',
      '目前已完成选址，分别为金秋钱塘老年公寓40张、福寿康助老为老服务中心20张、泰康之家大清谷养老服务有限公司第二分公司20张、椿悦荟养老服务有限公司20张，目前已完成20张专区床位建设。',
    );
    const read = inYearTask(t);
    expect(read.status.value).not.toBe('not_met');
    expect(read.metrics.every((m) => m.verdict !== 'not_met')).toBe(true);
    if (t.status.value === 'not_met') {
      expect(read.status.value).toBe('in_progress');
      expect(read.inYear).toEqual({ value: 'not_met', reason: t.status.reason });
    }
  });

  it('a figure that seems to reach the target mid-year is not «达到目标» without a finish word (镇海区 2024 半年度, row 2)', () => {
    const t = task(
      '推动政策直达快享、无感兑换,安排区级惠企资金8.2亿元。',
      '截至上半年,累计拨付各级各类政策资金9.18亿元,其中区级惠企资金拨付进度达到99%。',
    );
    const read = inYearTask(t);
    expect(read.metrics.some((m) => m.verdict === 'met')).toBe(false);
    expect(read.status.value).not.toBe('completed');
    expect(read.status.value).not.toBe('not_met');
  });

  it('shows the pace: reported ÷ target (73 of 300 场次 = 24%)', () => {
    const read = inYearTask(task('开展“金西善养”系列为老服务活动300场次', '目前已累计开展为老服务活动73场次。'));
    expect(read.status.value).not.toBe('not_met');
    const pace = read.pace?.[0];
    if (pace) expect(pace).toMatchObject({ reported: 73, target: 300, percent: 24 });
    for (const m of read.metrics) expect(m.verdict).toBe('unclear');
  });

  it('keeps 已完成 when the item itself is reported finished (西湖区: 500 of 500 beds, 已在…完成)', () => {
    const t = task('新增养老机构护理型床位500张', '目前已在杭州金色年华老年公寓完成500张护理型床位建设。');
    const read = inYearTask(t);
    expect(read.status.value).not.toBe('not_met');
    // “已在…完成” is not one of the finish words: no finished item, so not 已完成 either.
    expect(read.status.value).not.toBe('completed');
    const done = inYearTask(task('新增15家示范型居家养老服务照料中心', '已完成新增15家示范型居家养老服务照料中心'));
    expect(done.status.value).toBe('completed');
    expect(done.status.reason).toContain('“已完成”');
  });

  it('turns 已完成 read from steps into 推进中 (镇海区 2024 半年度, row 7: 现已顺利完成普查综合试点…)', () => {
    const t = task(
      '高质量推进第五次全国经济普查。',
      '现已顺利完成普查综合试点、普查现场登记、数据质量抽查、专业审核修改等相关工作。',
    );
    const read = inYearTask(t);
    expect(read.status.value).toBe(t.status.value === 'completed' ? 'in_progress' : t.status.value);
  });

  it('finish words: negations are not finish words', () => {
    expect(finishWords('项目已建成投用').map((s) => s.text)).toEqual(['建成投用']);
    expect(finishWords('尚未完成，未全部完成')).toEqual([]);
    expect(finishWords('案件全部办结')).toEqual([{ text: '办结', start: 4, end: 6 }]);
  });
});
