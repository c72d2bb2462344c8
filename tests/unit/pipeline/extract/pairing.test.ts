import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const metrics = (target: string, completion: string) =>
  derive(normalizeCell(target), normalizeCell(completion), taxonomy).metrics.map((m) => ({
    actual: m.actual === null ? null : m.actual.parts.length > 0 ? m.actual.parts.map((p) => p.text) : m.actual.text,
    value: m.actual?.value,
    basis: m.basis,
    verdict: m.verdict,
  }));

describe('pair: which completion figure reports on a target', () => {
  it('allows subject variants and measure words that count the same thing', () => {
    expect(metrics('新改建公交候车亭30个。', '已完成公交线路优化14条,新改建公交候车亭44座。')[0]).toMatchObject({
      actual: '44座',
      verdict: 'met',
    });
  });
  it('picks the figure that names the subject, not the first one', () => {
    expect(metrics('地区生产总值增长6%左右。', '服务业增加值增长7.5%,全年地区生产总值增长5.6%。')[0]).toMatchObject({
      actual: '5.6%',
      verdict: 'not_met',
    });
  });
  it('prefers the target’s own unit when two figures name the subject', () => {
    expect(metrics('新增保障性租赁住房2400套。', '已建设筹集保障性租赁住房项目7个、房源2479套。')[0]).toMatchObject({
      actual: '2479套',
      verdict: 'met',
    });
  });
  it('never pairs a level with a change', () => {
    expect(metrics('普惠托位占比65%以上。', '普惠托位数同比增长20%。')[0]).toMatchObject({
      actual: null,
      basis: 'none',
      verdict: 'unclear',
    });
  });
  it('pairs nothing when no figure names the subject', () => {
    expect(metrics('新增数字化车间10个。', '完成智能工厂改造3个。')[0]).toMatchObject({ actual: null, basis: 'none' });
  });
  it('converts 万/亿 before comparing', () => {
    expect(metrics('发放科技贷4亿元以上。', '全年发放科技贷45000万元。')[0]).toMatchObject({ verdict: 'met' });
  });
});

describe('pair: totals reported in parts', () => {
  it('adds parts of the same basis in one sentence', () => {
    expect(
      metrics(
        '新增认知障碍照护床位60张以上。',
        '新增甲中心认知障碍照护床位35张,乙中心认知障碍照护床位13张,丙社区居家养老服务中心20张。',
      )[0],
    ).toMatchObject({
      actual: ['35张', '13张'],
      value: 48,
      verdict: 'not_met',
    });
  });
  it('adds the parts of a listed subject', () => {
    expect(
      metrics('整治高耗低效、低散乱污企业200家以上。', '全年整治高耗低效企业70家,低散乱污企业160家。')[0],
    ).toMatchObject({ actual: ['70家', '160家'], value: 230, verdict: 'met' });
  });
  it('reads one part of a listed subject as a different basis', () => {
    expect(metrics('整治高耗低效、低散乱污企业200家以上。', '全年整治低散乱污企业260家。')[0]).toMatchObject({
      actual: '260家',
      basis: 'different',
      verdict: 'unclear',
    });
  });
  it('never adds figures that are extra, pending or under way', () => {
    expect(metrics('新改建农村公路50公里。', '完成农村公路新改建42公里,另有8公里正在施工。')[0]).toMatchObject({
      actual: '42公里',
      verdict: 'not_met',
    });
    expect(metrics('新增学位3000个。', '学位新增1800个,剩余1200个待明年交付。')[0]).toMatchObject({
      actual: '1800个',
      verdict: 'not_met',
    });
  });
  it('never adds a breakdown in brackets to its total', () => {
    expect(metrics('建成文化新空间40家。', '已完成10个文化新空间建设(2个城市书房、8个文化驿站)。')[0]).toMatchObject({
      actual: '10个',
      value: 10,
    });
  });
});

describe('basis of the paired figure', () => {
  it.each([
    ['新增氢能车100辆。', '累计投运氢能车辆113辆。', 'cumulative'],
    ['服务业增加值增长6.5%。', '全年服务业增加值预计增长8%。', 'estimated'],
    ['新增国家级单项冠军企业2家。', '推荐3家企业申报国家级单项冠军企业。', 'different'],
    ['实施涉农科技项目6个。', '立项涉农科技项目13个。', 'different'],
    ['完成石化行业数改项目20个。', '完成数改项目30个,其中石化行业数改项目18个。', 'different'],
    ['累计建成充电桩1500个。', '累计建成充电桩1620个。', 'same'],
  ])('%s / %s → %s', (target, completion, basis) => {
    expect(metrics(target, completion)[0]!.basis).toBe(basis);
  });
});

describe('pair: elliptical results', () => {
  it('reads 基本建成760套 as the result of 基本建成800套, not the 新开工 figure before it', () => {
    expect(
      metrics('新开工保障性安居工程1200套,基本建成800套。', '新开工保障性安居工程1350套,基本建成760套。'),
    ).toMatchObject([
      { actual: '1350套', verdict: 'met' },
      { actual: '760套', verdict: 'not_met' },
    ]);
  });
});

describe('pair: looser wording', () => {
  it('takes the one figure whose head word stands at the number when the modifiers differ', () => {
    expect(metrics('接待国内外游客突破1000万人次。', '全年接待游客1023.5万人次,同比增长12.1%。')[0]).toMatchObject({
      actual: '1023.5万人次',
      verdict: 'met',
    });
  });
  it('adds several such figures of one sentence as parts, within the target’s levels', () => {
    expect(metrics('举办省级以上体育赛事10场。', '成功举办国家级赛事3场、省级赛事9场。')[0]).toMatchObject({
      actual: ['3场', '9场'],
      value: 12,
      verdict: 'met',
    });
  });
  it('does not take a figure of another administrative level', () => {
    expect(metrics('新增国家级研发机构10家。', '新增市级研发机构12家。')[0]).toMatchObject({ actual: null });
  });
  it('does not take a head word buried in another thing (生猪活体储备 is not 出栏生猪)', () => {
    expect(metrics('出栏生猪3万头。', '生猪活体储备3000头。')[0]).toMatchObject({ actual: null });
  });
  it('reads an increase in an amount as what was added, and a balance as cumulative', () => {
    expect(metrics('新增普惠小微贷款50亿元。', '普惠小微贷款比年初增加61亿元。')[0]).toMatchObject({
      actual: '61亿元',
      verdict: 'met',
    });
    expect(metrics('新增普惠小微贷款50亿元。', '普惠小微贷款余额320亿元。')[0]).toMatchObject({
      basis: 'cumulative',
      verdict: 'unclear',
    });
  });
});

describe('pair: traps', () => {
  it('does not pair a share of another measure (投资 against 增加值)', () => {
    expect(
      metrics('高新技术产业增加值占规上工业增加值比重达到65%。', '高新技术产业投资占工业投资比重达70%。')[0],
    ).toMatchObject({ actual: null, verdict: 'unclear' });
  });
  it('does not pair a count of projects with a count of the things they build', () => {
    expect(metrics('新建公共停车位2000个。', '已谋划公共停车位项目12个。')[0]).toMatchObject({ actual: null });
  });
  it('does not pair another kind of the same head word (配售型 against 租赁)', () => {
    expect(metrics('新增配售型保障性住房400套。', '已建设筹集保障性租赁住房项目7个、房源2479套。')[0]).toMatchObject({
      actual: null,
    });
  });
});
