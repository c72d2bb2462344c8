import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const read = (target: string, completion: string) => derive(normalizeCell(target), normalizeCell(completion), taxonomy);

describe('万/亿 before a noun with no measure word is a quantity (issue 14 point 3)', () => {
  it('帮扶800万以上困难群众 has a target of 800万, at least', () => {
    const [q] = extractQuantities('帮扶800万以上困难群众。');
    expect(q).toMatchObject({ text: '800万以上', value: 800, unit: '万', qualifiers: ['以上'] });
    expect(read('帮扶800万以上困难群众。', '全年帮扶困难群众812万人。').metrics[0]).toMatchObject({
      target: { comparator: '>=' },
      actual: { text: '812万人' },
      verdict: 'met',
    });
  });
  it('leaves 万 before a unit to the unit (2.5万千瓦, 240.3亿元) and 万 alone at the end unread', () => {
    expect(extractQuantities('装机2.5万千瓦,投资240.3亿元').map((q) => q.unit)).toEqual(['万千瓦', '亿元']);
    expect(extractQuantities('总数达到5万。')).toEqual([]);
  });
});

describe('增加, 新增 and 增长 of an amount read as one increase comparator', () => {
  it('增加 against 新增 and 新增 against 增加', () => {
    expect(read('新增贷款50亿元。', '各项贷款比年初增加61亿元。').metrics[0]).toMatchObject({ verdict: 'met' });
    expect(read('各项贷款增加50亿元。', '全年新增贷款61亿元。').metrics[0]).toMatchObject({
      target: { comparator: '>=' },
      actual: { text: '61亿元' },
      verdict: 'met',
    });
  });
  it('quotes the change word the target uses (提高, not 增长)', () => {
    expect(read('农村居民收入提高6%。', '农村居民收入提高6.5%。').metrics[0]!.reason).toContain('“提高”');
  });
});
