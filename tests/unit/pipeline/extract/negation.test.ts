import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { isPrefixQualifier, negatedComparator, splitNegation } from '../../../../src/pipeline/extract/negation.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const read = (target: string, completion: string) => derive(normalizeCell(target), normalizeCell(completion), taxonomy);

// Read without its 不, 不超过5.5% was 超过5.5% (>): a result above the ceiling read «达到目标», the worst error.
describe('a negated qualifier is reversed, never read without its negation', () => {
  it('splits only a negation before a known qualifier', () => {
    expect(splitNegation('不超过')).toEqual({ negation: '不', qualifier: '超过' });
    expect(splitNegation('不断')).toBeNull();
    expect(splitNegation('超过')).toBeNull();
    expect(negatedComparator('不超过')).toBe('<=');
    expect(negatedComparator('不高于')).toBe('<=');
    expect(negatedComparator('不稳定在')).toBeNull();
    expect(isPrefixQualifier('不超过')).toBe(true);
    expect(isPrefixQualifier('不断')).toBe(false);
  });

  it('不超过5.5% is a ceiling: 6.2% is over it, 4.8% within it', () => {
    const over = read('城镇调查失业率不超过5.5%。', '全年城镇调查失业率为6.2%。');
    expect(over.metrics[0]).toMatchObject({
      subject: '城镇调查失业率',
      target: { comparator: '<=' },
      verdict: 'not_met',
    });
    expect(over.metrics[0]!.target.qualifiers).toContain('不超过');
    expect(over.metrics[0]!.reason).toContain('“不超过”');
    expect(over.status.value).not.toBe('completed');
    const within = read('城镇调查失业率不超过5.5%。', '全年城镇调查失业率为4.8%。');
    expect(within.metrics[0]).toMatchObject({ target: { comparator: '<=' }, verdict: 'met' });
  });

  it('不高于35微克/立方米 is a ceiling too', () => {
    const d = read('PM2.5平均浓度不高于35微克/立方米。', 'PM2.5平均浓度为38微克/立方米。');
    expect(d.metrics[0]).toMatchObject({ target: { comparator: '<=' }, verdict: 'not_met' });
  });

  it('a listed pair (不低于) keeps its own reading', () => {
    const d = read('一般公共预算收入增长不低于5%。', '一般公共预算收入同比增长4.2%。');
    expect(d.metrics[0]).toMatchObject({ target: { comparator: '>=' }, verdict: 'not_met' });
  });

  it('a result written as a bound is no figure: met only inside a ceiling, else unclear', () => {
    const floor = read('新增城镇就业1.2万人以上。', '新增城镇就业不超过1.5万人。');
    expect(floor.metrics[0]).toMatchObject({ verdict: 'unclear' });
    expect(floor.metrics[0]!.reason).toContain('只是一个界限');
    const ceiling = read('城镇调查失业率控制在5.5%以内。', '城镇调查失业率不超过5%。');
    expect(ceiling.metrics[0]).toMatchObject({ verdict: 'met' });
    const overCeiling = read('城镇调查失业率控制在5.5%以内。', '城镇调查失业率不超过6%。');
    expect(overCeiling.metrics[0]).toMatchObject({ verdict: 'unclear' });
  });

  it('不 that negates no qualifier changes nothing (不断提高到)', () => {
    const d = read('森林覆盖率不断提高到60%。', '森林覆盖率达到61%。');
    expect(d.metrics[0]!.target).toMatchObject({ comparator: '>=', qualifiers: ['提高到'] });
  });
});
