import { describe, expect, it } from 'vitest';
import { clauseStart } from '../../../../src/pipeline/extract/clauses.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { coverage, head, levelsOf, namesNothing, subjectRange } from '../../../../src/pipeline/extract/subject.ts';
import { sourceRow } from './fixture-rows.ts';

// Subjects of the real 2024 targets and results (镇海区, content/sources/2024).
const row7 = sourceRow(7);
const subjects = (text: string) => {
  const all = extractQuantities(text);
  return all.map((q, i) => {
    const prev = all[i - 1];
    const from = Math.max(clauseStart(text, q.numStart), prev && prev.end <= q.numStart ? prev.end : 0);
    const r = subjectRange(text, q, from);
    return r && text.slice(r.start, r.end);
  });
};

describe('subjectRange', () => {
  it('the thing counted before the figure, without the verb (row 7: 新增氢能车100辆、光伏装机2.5万千瓦)', () => {
    expect(subjects(row7.target)).toEqual(['氢能车', '光伏装机']);
  });
  it('the words of a result (row 7: 累计投运氢能车辆113辆, 全年新增光伏装机7.6万千瓦)', () => {
    const s = subjects(row7.completion);
    expect(s).toContain('光伏装机');
    expect(s.some((x) => x?.endsWith('氢能车辆'))).toBe(true);
  });
  it('a qualifier before the figure is not part of the subject (row 5: 项目占比超70%)', () => {
    expect(subjects(sourceRow(5).target)).toContain('领域高端人才项目占比');
  });
});

describe('namesNothing', () => {
  it('verbs and qualifiers alone name nothing; a thing does', () => {
    expect(namesNothing('已基本建成')).toBe(true);
    expect(namesNothing('新增')).toBe(true);
    expect(namesNothing('新增氢能车')).toBe(false);
  });
});

describe('coverage', () => {
  it('how much of the target subject the result names (row 7)', () => {
    expect(coverage('光伏装机', '全年新增光伏装机')).toBe(1);
    expect(coverage('氢能车', '累计投运氢能车辆')).toBe(1);
    expect(coverage('光伏装机', '累计投运氢能车辆')).toBe(0);
    expect(coverage('氢能车', '投用港区氢能装载机')).toBe(0.5);
  });
});

describe('head and levelsOf', () => {
  it('the head is the last two Han characters (人才安居专用房 → 用房)', () => {
    expect(head('人才安居专用房')).toBe('用房');
    expect(head('氢能车')).toBe('能车');
  });
  it('levels named by row 5: 省级博士后工作站, 市级及以上院士工作站', () => {
    expect([...levelsOf('省级博士后工作站')]).toEqual(['省级']);
    expect(levelsOf('市级及以上院士工作站')).toEqual(new Set(['市级', '省级', '国家级']));
    expect(levelsOf('氢能车').size).toBe(0);
  });
});
