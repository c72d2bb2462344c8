import { describe, expect, it } from 'vitest';
import {
  clauseEnd,
  clauseStart,
  hasBoundary,
  sentenceEnd,
  sentenceStart,
} from '../../../../src/pipeline/extract/clauses.ts';
import { sourceRow } from './fixture-rows.ts';

// Real wording: the 2024 rows of 镇海区 (content/sources/2024).
const row7 = sourceRow(7).target; // 发展低碳能源产业,加快建设“招宝氢谷”,新增氢能车100辆、光伏装机2.5万千瓦。
const row5 = sourceRow(5).target;
const clause = (text: string, at: number) => text.slice(clauseStart(text, at), clauseEnd(text, at));
const sentence = (text: string, at: number) => text.slice(sentenceStart(text, at), sentenceEnd(text, at));

describe('clauses', () => {
  it('a clause ends at a comma; 、 joins parts of one clause', () => {
    expect(clause(row7, row7.indexOf('100辆'))).toBe('新增氢能车100辆、光伏装机2.5万千瓦');
    expect(clause(row7, row7.indexOf('2.5万千瓦'))).toBe('新增氢能车100辆、光伏装机2.5万千瓦');
    expect(clause(row7, 0)).toBe('发展低碳能源产业');
  });
  it('hasBoundary sees the comma between two clauses, not the 、 inside one', () => {
    expect(hasBoundary(row7, row7.indexOf('100辆'), row7.indexOf('2.5'))).toBe(false);
    expect(hasBoundary(row7, row7.indexOf('“招宝'), row7.indexOf('100辆'))).toBe(true);
  });
  it('a comma between digits is a thousands separator, not a boundary', () => {
    // Same row with the figure written 1,000 as tables often do.
    const text = row7.replace('100辆', '1,000辆');
    expect(clause(text, text.indexOf('1,000'))).toBe('新增氢能车1,000辆、光伏装机2.5万千瓦');
    expect(hasBoundary(text, text.indexOf('1,000'), text.indexOf('辆'))).toBe(false);
  });
});

describe('sentences', () => {
  it('a sentence runs over commas to the stop', () => {
    expect(sentence(row7, row7.indexOf('100辆'))).toBe(
      '发展低碳能源产业,加快建设“招宝氢谷”,新增氢能车100辆、光伏装机2.5万千瓦',
    );
  });
  it('each sentence of a row stands alone (row 5: 占比超70% is in the second sentence)', () => {
    const at = row5.indexOf('超70%');
    expect(sentence(row5, at)).toBe('健全重点项目“投拨联动”机制,集成电路、新材料等领域高端人才项目占比超70%');
    expect(sentenceStart(row5, at)).toBe(row5.indexOf('。') + 1);
  });
});
