import { describe, expect, it } from 'vitest';
import { Taxonomy } from '../../../../src/schema/index.ts';
import { areaOf, COMPLETION_WEIGHT } from '../../../../src/pipeline/extract/area.ts';
import { taxonomy as real } from './fixture-rows.ts';

const tax = Taxonomy.parse({
  fallback: 'other',
  areas: [
    { slug: 'economy', name: '经济发展', keywords: ['投资', { word: '制造业', weight: 2 }] },
    { slug: 'ecology', name: '生态环境', keywords: [{ word: '绿色', weight: 1.5 }, '污水'] },
    { slug: 'other', name: '其他', keywords: ['其他'] },
  ],
});

describe('areaOf(target, completion, taxonomy)', () => {
  it('scores keywords by weight and picks the highest, with the matched keywords as evidence', () => {
    expect(areaOf('推进制造业绿色发展', '', tax)).toMatchObject({ slug: 'economy', evidence: ['制造业'] });
    expect(areaOf('绿色工厂、污水管网', '', tax)).toMatchObject({ slug: 'ecology', evidence: ['绿色', '污水'] });
    expect(areaOf('绿色工厂、污水管网', '', tax).reason).toBe(
      '文字中出现“绿色”、“污水”等“生态环境”领域关键词，按权重计分最高（得分 2.5）',
    );
  });
  it(`counts the completion text at ${COMPLETION_WEIGHT} of the target`, () => {
    expect(areaOf('推进投资', '污水污水污水污水污水', tax).slug).toBe('ecology');
    expect(areaOf('推进投资', '污水', tax).slug).toBe('economy');
  });
  it('breaks a tie by taxonomy order', () => {
    expect(areaOf('投资污水', '', tax).slug).toBe('economy');
  });
  it('falls back when no keyword matches, with no evidence', () => {
    expect(areaOf('加强自身建设', '已落实', tax)).toMatchObject({ slug: 'other', evidence: [] });
    expect(areaOf('加强自身建设', '已落实', tax).reason).toMatch(/没有任何领域关键词/);
  });
});

describe('content/taxonomy.yaml', () => {
  it('has 10–14 areas with ASCII slugs, and keywords for each', () => {
    expect(real.areas.length).toBeGreaterThanOrEqual(10);
    expect(real.areas.length).toBeLessThanOrEqual(14);
    for (const a of real.areas) {
      expect(a.slug).toMatch(/^[a-z][a-z0-9-]*$/);
      if (a.slug !== real.fallback) expect(a.keywords.length).toBeGreaterThanOrEqual(5);
    }
  });
  it('names no keyword twice', () => {
    const words = real.areas.flatMap((a) => a.keywords.map((k) => (typeof k === 'string' ? k : k.word)));
    expect(words.length).toBe(new Set(words).size);
  });
});
