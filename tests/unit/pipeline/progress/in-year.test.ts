import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { finishWords, inYearTask } from '../../../../src/pipeline/progress/in-year.ts';
import { Taxonomy, type Task } from '../../../../src/schema/index.ts';
import { parse as parseYaml } from 'yaml';

// Real wording, copied exactly: 西湖区 2024 一季度 https://www.hzxh.gov.cn/art/2024/4/22/art_1229346875_59037484.html;
// 余杭区 2021 民生实事: the target as published at http://laoyuhang.com/article/article_2661.html, the 进展情况（7月/10月）
// from http://m.866tx.com/art/2021/8/23/art_1229471074_58991397.html, a traditional-character copy of the district's
// table, converted to simplified characters only (養老服務→养老服务, 戶→户); 镇海区 2024 半年度 (tests/fixtures/years/progress).
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
  // 余杭区 2021 民生实事, 进展情况（7月）: 8 of 15 centres, 267 of 260 homes (m.866tx.com copy of the district's page).
  const yuhang = task(
    '新增15家示范型居家养老服务照料中心,实施生活困难老年人家庭适老化改造260户。',
    '已完成8家示范型居家养老服务照料中心,267户适老化改造。',
  );

  it('a mid-year shortfall (8 of 15 centres in July) is pace, never 未达目标', () => {
    expect(yuhang.status.value).toBe('not_met'); // what a year-end reading would say
    const read = inYearTask(yuhang);
    expect(read.status.value).toBe('in_progress');
    expect(read.inYear).toEqual({ value: 'not_met', reason: yuhang.status.reason });
    expect(read.metrics.map((m) => m.verdict)).not.toContain('not_met');
    expect(read.pace).toContainEqual(expect.objectContaining({ reported: 8, target: 15, percent: 53 }));
    const centres = read.metrics.find((m) => m.target.value === 15)!;
    expect(centres.verdict).toBe('unclear');
    expect(centres.reason).toContain('为全年目标15家的53%');
  });

  it('shows the pace: reported ÷ target (西湖区 2024 一季度: 73 of 300 场次 = 24%)', () => {
    const read = inYearTask(task('开展“金西善养”系列为老服务活动300场次', '目前已累计开展为老服务活动73场次。'));
    expect(read.pace).toEqual([expect.objectContaining({ reported: 73, target: 300, unit: '场次', percent: 24 })]);
    expect(read.status.value).not.toBe('not_met');
  });

  it('a figure reaching the target mid-year is not «达到目标» unless the item is reported finished (西湖区: 完成500张)', () => {
    const t = task('新增养老机构护理型床位500张', '目前已在杭州金色年华老年公寓完成500张护理型床位建设。');
    expect(t.status.value).toBe('completed');
    expect(t.metrics[0]!.verdict).toBe('met');
    const read = inYearTask(t);
    expect(read.metrics[0]!.verdict).toBe('unclear');
    expect(read.status.value).toBe('in_progress');
    expect(read.inYear?.value).toBe('completed');
    expect(read.pace?.[0]).toMatchObject({ reported: 500, target: 500, percent: 100 });
  });

  it('keeps 已完成 when the item itself is reported finished (余杭区 2021, 10月: 已完成新增15家…)', () => {
    const t = task('新增15家示范型居家养老服务照料中心', '已完成新增15家示范型居家养老服务照料中心');
    const read = inYearTask(t);
    expect(read.status.value).toBe('completed');
    expect(read.status.reason).toContain('“已完成”');
    expect(read.inYear).toBeUndefined();
  });

  it('turns 已完成 read from steps into 推进中 (镇海区 2024 半年度, row 7: 现已顺利完成普查综合试点…)', () => {
    const t = task(
      '高质量推进第五次全国经济普查。',
      '现已顺利完成普查综合试点、普查现场登记、数据质量抽查、专业审核修改等相关工作。',
    );
    expect(t.status.value).toBe('completed');
    const read = inYearTask(t);
    expect(read.status.value).toBe('in_progress');
    expect(read.status.reason).toContain('没有写明事项已经完成');
  });

  it('finish words: negations are not finish words', () => {
    expect(finishWords('项目已建成投用').map((s) => s.text)).toEqual(['建成投用']);
    expect(finishWords('尚未完成，未全部完成')).toEqual([]);
    expect(finishWords('案件全部办结')).toEqual([{ text: '办结', start: 4, end: 6 }]);
  });
});
