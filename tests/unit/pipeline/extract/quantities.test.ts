import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';

const read = (text: string) =>
  extractQuantities(text).map((q) => ({ text: q.text, value: q.value, unit: q.unit, qualifiers: q.qualifiers }));
const texts = (text: string) => extractQuantities(text).map((q) => q.text);

describe('extractQuantities: values, units and qualifiers', () => {
  it('keeps 万/亿 in the unit', () => {
    expect(read('新增光伏装机2.5万千瓦,完成投资240.3亿元')).toEqual([
      { text: '2.5万千瓦', value: 2.5, unit: '万千瓦', qualifiers: [] },
      { text: '240.3亿元', value: 240.3, unit: '亿元', qualifiers: [] },
    ]);
  });
  it('reads qualifiers before and after the figure', () => {
    expect(read('城镇登记失业率控制在3%以内')[0]).toMatchObject({ text: '3%以内', qualifiers: ['控制在', '以内'] });
    expect(read('开展活动200余场')[0]).toMatchObject({ text: '200余场', value: 200, unit: '场', qualifiers: ['余'] });
    expect(read('兑付资金1400余万元')[0]).toMatchObject({ value: 1400, unit: '万元', qualifiers: ['余'] });
    expect(read('设计学位1万余个')[0]).toMatchObject({ value: 1, unit: '万个', qualifiers: ['余'] });
    expect(read('稳定在94.3%')[0]!.qualifiers).toEqual(['稳定在']);
  });
  it('includes a one-character approximator in the span', () => {
    expect(texts('研发人员近500名,访问量超1.7万次,参与约600人次')).toEqual(['近500名', '超1.7万次', '约600人次']);
  });
  it('reads Chinese numerals with a unit', () => {
    expect(read('推荐三家企业,新增两千个学位')).toEqual([
      { text: '三家', value: 3, unit: '家', qualifiers: [] },
      { text: '两千个', value: 2000, unit: '个', qualifiers: [] },
    ]);
  });
  it('reads rates, points and thousands separators', () => {
    expect(read('提高1.2个百分点,收入1,200万元')).toEqual([
      { text: '1.2个百分点', value: 1.2, unit: '个百分点', qualifiers: [] },
      { text: '1,200万元', value: 1200, unit: '万元', qualifiers: [] },
    ]);
  });
  it('counts a bare decimal but not a bare integer', () => {
    expect(texts('城乡收入倍差1.64,编号2024')).toEqual(['1.64']);
  });
  it('gives every span as a verbatim substring', () => {
    const text = '新增氢能车100辆、光伏装机2.5万千瓦。';
    for (const q of extractQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('extractQuantities: numbers that are names', () => {
  it.each([
    ['迭代升级“141”基层治理体系', '“…” quoted programme'],
    ['推进”141“平台深度融合', 'reversed quotes'],
    ['推进“122”产业集群、“521”工程、“125+”工程建设', 'quoted numbers with +'],
    ['持续深化“八五”普法', 'quoted Chinese numeral'],
    ['高质量推进第五次全国经济普查', 'ordinal'],
    ['3号线二期建成通车,7号线6座站点', 'line numbers and phases (the 6座 is a count)'],
    ['打造三星级以上绿色工厂', 'rating'],
    ['甬江实验室九年一贯制学校', '九年一贯制'],
    ['十大儿童友好特色空间', '十大 as a label'],
    ['2024年6月28日通车,1-12月落户', 'dates'],
    ['新建5G基站', 'Latin name'],
    ['编纂一批丛书,统一平台交易,新一轮规划', 'idioms'],
    ['出台《2024年度工作要点》', 'title'],
    ['数字化改造1.0水平评估', 'version'],
    ['人民医院创成三乙医院', '三乙'],
  ])('%s (%s)', (text) => {
    expect(texts(text).filter((t) => t !== '6座')).toEqual([]);
  });
});

describe('extractQuantities: direction and basis words', () => {
  it('marks a change after 增长/下降', () => {
    const [a, b] = extractQuantities('地区生产总值增长6%左右,单位能耗下降3%');
    expect([a!.direction, b!.direction]).toEqual([1, -1]);
  });
  it('lets a clause without basis words inherit the previous clause’s', () => {
    const qs = extractQuantities('新增A床位35张,B床位13张;累计C 20张');
    expect(qs.map((q) => q.basisWords)).toEqual([['新增'], ['新增'], ['累计']]);
  });
  it('reads basis words right after the figure and never inherits 其中', () => {
    const qs = extractQuantities('完成水路运输货运量3094.6万吨,其中国际海运1246.7万吨,占比40.3%;1家资料已上报');
    expect(qs.map((q) => q.basisWords)).toEqual([['完成'], ['其中'], [], ['上报']]);
  });
});

describe('extractQuantities: other districts’ wording', () => {
  it('reads 百分之 as a percent written before the number', () => {
    expect(read('覆盖率达到百分之九十五,合格率百分之98.5以上')).toEqual([
      { text: '百分之九十五', value: 95, unit: '%', qualifiers: ['达到'] },
      { text: '百分之98.5以上', value: 98.5, unit: '%', qualifiers: ['以上'] },
    ]);
  });
  it('reads working days, kilometres and containers', () => {
    expect(read('审批时限压缩至5个工作日以内,建成绿道12千米,吞吐量300万标箱').map((q) => q.unit)).toEqual([
      '个工作日',
      '千米',
      '万标箱',
    ]);
  });
});

describe('extractQuantities: joined figures', () => {
  it('reads 分别增长6%和7% as two changes', () => {
    expect(extractQuantities('城乡居民收入分别增长6%和7%').map((q) => q.direction)).toEqual([1, 1]);
  });
});
