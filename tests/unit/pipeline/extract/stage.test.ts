import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { STAGES } from '../../../../src/pipeline/extract/lexicon/stages.ts';
import { resultStage, targetStage } from '../../../../src/pipeline/extract/stage.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const read = (target: string, completion: string) => derive(normalizeCell(target), normalizeCell(completion), taxonomy);

describe('the stage scale (issue 14 point 1)', () => {
  it('is ordered 选定 < 开工 < 基本完成 < 建成', () => {
    expect(STAGES.map((s) => s.id)).toEqual(['chosen', 'started', 'nearly', 'done']);
  });
  it('reads the word after a figure first, then the verb right before it, else the earliest word before it', () => {
    expect(resultStage('已基本建成', '口袋公园中')?.word).toBe('基本建成');
    expect(resultStage('', '2024年度高新技术企业申报共认定')?.word).toBe('认定');
    expect(resultStage('', '全年申报入选国家级重点人才34人、省顶尖人才')?.word).toBe('申报');
    expect(resultStage('', '确定49个村共需安装路灯')?.word).toBe('确定');
    expect(resultStage('', '全年接待游客')).toBeNull();
  });
  it('gives a target the stage of its verb, else the last stage', () => {
    expect(targetStage('开工建设').word).toBe('开工');
    expect(targetStage('新增').index).toBe(STAGES.length - 1);
  });
});

describe('figures at an earlier stage are progress, never the result', () => {
  it('确定 against 新建: not met, unclear', () => {
    const [m] = read('新建城市书房10处。', '城市书房已确定10处。').metrics;
    expect(m).toMatchObject({ basis: 'different', verdict: 'unclear' });
    expect(m!.reason).toContain('“确定”阶段');
  });
  it('已选定10处城市书房点位 against 新建城市书房10处 counts sites, not reading rooms: no result, never met', () => {
    const [m] = read('新建城市书房10处。', '已选定10处城市书房点位。').metrics;
    expect(m!.verdict).not.toBe('met');
    expect(m!.actual).toBeNull();
  });
  it('parts at different stages are never summed (2个已基本建成、3个进度60%以上 is not 5 built)', () => {
    const d = read('建成口袋公园5个。', '口袋公园中2个已基本建成、3个进度60%以上。');
    expect(d.metrics[0]!.verdict).toBe('unclear');
    expect(d.metrics[0]!.actual?.parts ?? []).toEqual([]);
    expect(d.status.value).not.toBe('completed');
  });
  it('a result at the target’s own stage counts (开工建设 against 已开工)', () => {
    const [m] = read('开工建设中心敬老院2家。', '中心敬老院已开工2家。').metrics;
    expect(m).toMatchObject({ basis: 'same', verdict: 'met' });
  });
});

describe('comparators read from the verb after the thing counted and from written signs', () => {
  it('a floor verb after the figure in its clause makes it a floor', () => {
    expect(read('16010名义务教育段学生开展正脊筛查。', '').metrics[0]!.target.comparator).toBe('>=');
    expect(read('为300户困境未成年人家庭进行“追光小屋”居室微改造', '').metrics[0]!.target.comparator).toBe('>=');
  });
  it('>85.8% is strictly more, =50% is equal', () => {
    expect(read('就读公办学校比例:泰顺>85.8%', '').metrics[0]!.target.comparator).toBe('>');
    expect(read('门诊报销比=50%。', '').metrics[0]!.target.comparator).toBe('=');
  });
});
