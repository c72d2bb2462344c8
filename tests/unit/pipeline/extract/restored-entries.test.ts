import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultStage } from '../../../../src/pipeline/extract/stage.ts';
import { extractQuantities } from '../../../../src/pipeline/extract/quantities.ts';
import { targetMetrics } from '../../../../src/pipeline/extract/target-metrics.ts';
import { canonical } from '../../../../src/pipeline/extract/thesaurus.ts';
import { convert } from '../../../../src/pipeline/extract/units.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { deriveRow } from './fixture-rows.ts';

// Lexicon entries dropped for want of a fixture row and restored with real rows (comparators 以下 至少
// 高于 降至, units ‰ ％ 盏, stage word 主体完工, thesaurus CPI). Each test reads the row's own text from its fixture file, and
// fails when the entry is taken out of the lexicon again.
type Row = { id: string; target: string; completion: string };
const rowsOf = (path: string): Row[] =>
  (parse(readFileSync(new URL(`../../../fixtures/extract/${path}`, import.meta.url), 'utf8')) as { rows: Row[] }).rows;
const byId = (path: string, id: string): Row => {
  const row = rowsOf(path).find((r) => r.id === id);
  if (!row) throw new Error(`${path}#${id} missing`);
  return row;
};
const lexiconRow = (id: string) => byId('lexicon-rows.yaml', id);
const comparators = (text: string) =>
  Object.fromEntries(targetMetrics(normalizeCell(text)).map((m) => [m.q.text, m.comparator]));

describe('a ceiling met below it reads «met», not «= X» (national 2019 row)', () => {
  const row = byId('corpus/development/national-2019.yaml', 'national-2019-01');
  const metrics = deriveRow(row).metrics;
  it('城镇登记失业率4.5%以内 against 3.62% is met', () => {
    expect(metrics.find((m) => m.target.text === '4.5%以内')).toMatchObject({
      target: { comparator: '<=' },
      actual: { text: '3.62%' },
      verdict: 'met',
    });
  });
  it('a figure before 以上 after the thing counted is a target (农村贫困人口1000万以上、…)', () => {
    const m = deriveRow(byId('corpus/development/national-2019.yaml', 'national-2019-02')).metrics;
    expect(m.find((x) => x.target.text === '1000万以上')).toMatchObject({
      target: { comparator: '>=' },
      actual: { text: '1109万人' },
      verdict: 'met',
    });
  });
});

describe('restored comparators', () => {
  it('以下 is a ceiling (健康儿童行动: 控制在…6.6‰以下; 生长迟缓率控制在5%以下)', () => {
    const c = comparators(lexiconRow('cneo-2021').target);
    expect(c['6.6‰以下']).toBe('<=');
    expect(c['5%以下']).toBe('<=');
  });
  it('至少 is a floor (扬城将有至少20家城市书房对外开放)', () => {
    expect(comparators(lexiconRow('jsnews-2018').completion)['20家']).toBe('>=');
  });
  it('降至 is a ceiling (重大慢病过早死亡率降至9.3%)', () => {
    expect(comparators(lexiconRow('wsjkw-zj-2023').target)['9.3%']).toBe('<=');
  });
  it('高于 is strictly more (高于3.9万个的年度目标任务)', () => {
    expect(comparators(lexiconRow('xmtv-2021-renovation').completion)['3.9万个']).toBe('>');
  });
});

describe('restored units and thesaurus entries', () => {
  it('‰ is a unit, a tenth of a percent', () => {
    expect(extractQuantities(lexiconRow('cneo-2021').target).map((q) => q.unit)).toContain('‰');
    expect(convert(5.2, '‰', '%')).toBeCloseTo(0.52);
  });
  it('full-width ％ is the percent sign (赤字率擬按4％左右安排)', () => {
    expect(comparators(lexiconRow('worldjournal-2026').target)['4％左右']).toBe('~');
  });
  it('盏 counts lamps (已完成41盏路灯安装)', () => {
    expect(extractQuantities(lexiconRow('fujin-2025').completion).map((q) => q.text)).toContain('41盏');
  });
  it('CPI reads as 居民消费价格', () => {
    expect(canonical(lexiconRow('xmtv-2021-cpi').completion)).toContain('居民消费价格指数(居民消费价格)涨幅为2.5%');
  });
});

describe('restored stage words', () => {
  it('主体完工 is nearly done, not 完工 (何家岩污水处理厂主体完工)', () => {
    const text = lexiconRow('wanzhou-2024').completion;
    const at = text.indexOf('主体完工');
    expect(resultStage(text.slice(at), '')).toMatchObject({ word: '主体完工', index: 2 });
  });
  it('…污水处理厂主体完工 is in progress, never «已完成» for the 完工 inside it', () => {
    expect(deriveRow(lexiconRow('wanzhou-2024')).status).toMatchObject({
      value: 'in_progress',
      evidence: [{ text: '主体完工' }],
    });
  });
});
