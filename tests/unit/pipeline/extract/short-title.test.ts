import { describe, expect, it } from 'vitest';
import { shortTitle, TITLE_MAX } from '../../../../src/pipeline/extract/short-title.ts';

describe('shortTitle(display)', () => {
  it('is the first clause when it is short', () => {
    expect(shortTitle('地区生产总值增长6%左右。')).toBe('地区生产总值增长6%左右');
    expect(shortTitle('发展低碳能源产业，加快建设“招宝氢谷”。')).toBe('发展低碳能源产业');
  });
  it('keeps a whole first clause of up to 24 characters rather than cutting inside a list', () => {
    expect(shortTitle('统筹实施废弃矿山、海洋岸线、湿地的生态修复。')).toBe(
      '统筹实施废弃矿山、海洋岸线、湿地的生态修复',
    );
  });
  it('cuts a longer first clause at 、 or a closing quote within the limit', () => {
    expect(shortTitle('建成城市书房、文化驿站、乡村博物馆等文化新空间40家，每万人拥有面积。')).toBe(
      '建成城市书房、文化驿站',
    );
  });
  it(`cuts a long clause without punctuation at ${TITLE_MAX} characters, with an ellipsis`, () => {
    const t = shortTitle('支持宁波东方理工大学与中国环科院合作共建全国重点实验室。');
    expect([...t].length).toBeLessThanOrEqual(TITLE_MAX + 1);
    expect(t.endsWith('…')).toBe(true);
  });
  it('is always a prefix of the text (no invented words)', () => {
    for (const text of ['加快“甬江芯谷”建设，发挥平台作用。', '深入实施“腾笼换鸟、凤凰涅槃”行动，新建2个小微园区。']) {
      expect(text.startsWith(shortTitle(text).replace(/…$/, ''))).toBe(true);
    }
  });
  it('does not leave an unclosed quote at the cut', () => {
    expect(shortTitle('打造“运河出海·海丝启碇港”等文旅品牌及其他很多很多内容项目。')).not.toMatch(/“[^”]*$/);
  });
});
