import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { quote } from '../../../../src/pipeline/extract/reasons.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

const reason = (target: string, completion: string) =>
  derive(normalizeCell(target), normalizeCell(completion), taxonomy).metrics[0]!.reason;

describe('reasons a careful editor would sign (issue 14 point 6)', () => {
  it('never restates the evidence word as its conclusion', () => {
    const r = reason('地区生产总值增长6%左右。', '全年地区生产总值增长5.6%。');
    expect(r).not.toMatch(/读作左右/);
    expect(r).toContain('写明“左右”，是约数：结果比目标低不超过目标的5%也算达到');
  });
  it('quotes the result as the source writes it, with a conversion only when the unit differs', () => {
    expect(reason('打造特色街区2个。', '打造特色街区两条。')).toContain('报告“两条”');
    expect(reason('完成造林3000亩。', '完成造林0.32万亩。')).toContain('报告“0.32万亩”，折合3200亩');
    expect(reason('新改建公交候车亭30个。', '新改建公交候车亭44座。')).not.toContain('折合');
  });
  it('nests quotes ‘’ inside “”', () => {
    expect(quote('新增“文化驿站”16个')).toBe('“新增‘文化驿站’16个”');
    expect(reason('新增16个“文化驿站”。', '新增“文化驿站”12个。')).not.toMatch(/“[^”]*“/);
  });
});
