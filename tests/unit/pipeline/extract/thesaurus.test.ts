import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { THESAURUS } from '../../../../src/pipeline/extract/lexicon/thesaurus.ts';
import { canonical } from '../../../../src/pipeline/extract/thesaurus.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const read = (target: string, completion: string) => derive(normalizeCell(target), normalizeCell(completion), taxonomy);

describe('thesaurus (issue 14 point 3)', () => {
  it('holds the published pairs, as data', () => {
    const pairs = Object.fromEntries(THESAURUS.flatMap((e) => e.variants.map((v) => [v, e.canonical])));
    expect(pairs).toMatchObject({ GDP: '地区生产总值', 规上: '规模以上', 托育学位: '托位', 小微园: '小微企业园' });
  });
  it('reads variants as their canonical word, longest first', () => {
    expect(canonical('单位GDP能耗下降3%，规上工业增加值')).toBe('单位地区生产总值能耗下降3%，规模以上工业增加值');
    expect(canonical('托育学位达到680个')).toBe('托位达到680个');
  });
  it('pairs a target with a result written with the other word', () => {
    expect(read('托育学位达到680个。', '新增托位数320个,托育部托位数达到1010个。').metrics[0]).toMatchObject({
      actual: { text: '1010个', parts: [] },
      verdict: 'met',
    });
    expect(read('规上工业增加值增长8%。', '规模以上工业增加值增长8.3%。').metrics[0]).toMatchObject({
      actual: { text: '8.3%' },
      verdict: 'met',
    });
  });
});

describe('a figure of the same sentence that names more of the subject wins over a loose match', () => {
  it('石化行业数改项目20个 is not paired with 关键基础件…项目17个', () => {
    const d = read(
      '持续打造化工产业大脑,完成石化行业数改项目20个。',
      '开展区级项目评审,立项10个石化行业项10个、关键基础件行业数字化改造项目17个。',
    );
    expect(d.metrics[0]!.actual?.text ?? null).not.toBe('17个');
    expect(d.metrics[0]!.verdict).toBe('unclear');
  });
});
