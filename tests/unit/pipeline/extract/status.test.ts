import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../src/pipeline/extract/status.ts';

const m = (verdict: 'met' | 'not_met' | 'unclear') => ({ verdict, subject: '指标' });

describe('statusOf: the pipeline reading of a task', () => {
  it('not_met when any metric is not met, whatever the text says', () => {
    expect(statusOf([m('met'), m('not_met')], '已全部完成。').value).toBe('not_met');
  });
  it('completed when every metric is met', () => {
    expect(statusOf([m('met'), m('met')], '正在推进。').value).toBe('completed');
  });
  it('in_progress when metrics cannot all be judged and the text says work goes on', () => {
    const s = statusOf([m('met'), m('unclear')], '新建项目均已开工,目前正抓紧建设。');
    expect(s.value).toBe('in_progress');
    expect(s.evidence.map((e) => e.text)).toEqual(['已开工', '正抓紧']);
  });
  it('unclear when metrics cannot be judged and the text has no progress words', () => {
    expect(statusOf([m('unclear')], '已完成相关工作。').value).toBe('unclear');
  });
  it('completed for a task without metrics whose text says done and nothing in progress', () => {
    const s = statusOf([], '西大河公园二期建成投用,沿线景观改造提升完工。');
    expect(s.value).toBe('completed');
    expect(s.evidence.map((e) => e.text)).toEqual(['建成投用', '完工']);
  });
  it('in_progress when done and in-progress words are mixed', () => {
    expect(statusOf([], '一期已通过验收;二期正在治理中。').value).toBe('in_progress');
  });
  it('reads 完成95% (a share below 100%) as in progress, and 基本完成 as not yet done', () => {
    expect(statusOf([], '已完成95%精装修工程。').value).toBe('in_progress');
    expect(statusOf([], '已基本完成建设任务。').value).toBe('in_progress');
  });
  it('unclear for a task without metrics and without cue words; cue words in titles do not count', () => {
    expect(statusOf([], '制定出台《工作指引》。').value).toBe('unclear');
    expect(statusOf([], '印发《关于已完成事项的通知》。').value).toBe('unclear');
  });
  it('gives evidence spans of the verbatim text', () => {
    const text = '主体工程竣工,10月正式启用。';
    for (const e of statusOf([], text).evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('statusOf: cue words inside other words', () => {
  it('does not read 通车 inside 直通车 as a road opened', () => {
    expect(statusOf([], '推进大赛直通车机制。').value).toBe('unclear');
  });
});

describe('statusOf: volumes and shares are not completion (issue 14 point 2)', () => {
  it('完成 before an amount is a volume, not a done cue', () => {
    for (const text of [
      '全区共16个省“千项万亿”工程项目,完成投资240.3亿元。',
      '全年完成职业培训量4753人次。',
      '发挥政策引领作用,完成市场政策资金兑付1400余万元。',
    ]) {
      const s = statusOf([], text);
      expect(s.value, text).toBe('unclear');
      expect(s.reason, text).toContain('说的是完成了多少');
    }
  });
  it('完成年度计划的58% is 58% progress, never completion', () => {
    const s = statusOf([], '项目完成年度计划的58%。');
    expect(s.value).toBe('in_progress');
    expect(s.evidence.map((e) => e.text)).toEqual(['完成年度计划的58%']);
  });
  it('a share at or over the plan is done; below it is progress', () => {
    expect(statusOf([], '完成2个,完成率200%').value).toBe('completed');
    expect(statusOf([], '已确定点位,培训188人,完成进度80%。').value).toBe('in_progress');
  });
  it('完成 with no amount after it in its clause is still a done cue', () => {
    expect(statusOf([], '已完成全部改造,投入使用。').value).toBe('completed');
  });
});
