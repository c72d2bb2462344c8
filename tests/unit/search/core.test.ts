import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../src/search/index-text.ts';

// The browser's classic script, run as the browser runs it: it sets a global and exports nothing.
const sandbox: { GzbgSearchCore?: Core } = {};
runInNewContext(readFileSync(new URL('../../../public/search/search-core.js', import.meta.url), 'utf8'), sandbox);
const core = sandbox.GzbgSearchCore!;

interface Rec {
  url: string;
  kind: string;
  year: number;
  number: number;
  title: string;
  area: string;
  status: string;
  text: string;
}
interface Core {
  fold(s: string): string;
  parseQuery(q: string): string[];
  findAll(text: string, term: string): number[];
  matchesAll(r: Rec, terms: string[]): boolean;
  pagefindQueries(term: string): string[];
  pagefindPlan(term: string): { exact: boolean; words: string[]; queries: string[] };
  runCount(locations: number[], length: number): number;
  scoreCounts(counts: number[]): number;
  rank(rs: Rec[], terms: string[], sort?: string): Rec[];
  passes(r: Rec, f: { year?: string; area?: string; status?: string }): boolean;
  highlight(text: string, terms: string[], size: number): { text: string; mark: boolean }[];
}

const rec = (number: number, text: string, extra: Partial<Rec> = {}): Rec => ({
  url: `2024/tasks/${number}.html`,
  kind: 'task',
  year: 2024,
  number,
  title: `第 ${number} 项`,
  area: '经济',
  status: '已完成',
  text,
  ...extra,
});

describe('fold', () => {
  // The rule fold applies to one character; its fast paths (ASCII, CJK Unified Ideographs) must agree.
  const reference = (c: string) => {
    const f = c.normalize('NFKC').toLowerCase();
    const g = f.length === 1 ? f : c;
    return /[\u201C\u201D\u201E\u201F\u300C\u300D\u300E\u300F]/.test(g) ? '"' : /[\u2018\u2019]/.test(g) ? "'" : g;
  };
  it('folds every character of the Basic Multilingual Plane as NFKC + lower case, one at a time', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (core.fold(c) !== reference(c)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(core.fold('ＧＤＰ增长５．６％，“A”')).toBe('gdp增长5.6%,"a"');
  });
});

describe('parseQuery', () => {
  it('splits at half- and full-width spaces, folds width and case, drops quotes and repeats', () => {
    expect(core.parseQuery('  氢能\u3000重卡 “镇企航” 5.6％ SEPGPT 氢能 ')).toEqual([
      '氢能',
      '重卡',
      '镇企航',
      '5.6%',
      'sepgpt',
    ]);
  });
  it('folds quote direction, so a quote typed either way matches', () => {
    expect(core.findAll(core.fold('建设“招宝氢谷”'), core.parseQuery('设"招宝')[0]!)).toEqual([1]);
  });
  it('ignores punctuation-only input', () => {
    expect(core.parseQuery('， 。 ""')).toEqual([]);
  });
});

describe('findAll', () => {
  it('finds Chinese anywhere, even inside a longer word', () => {
    expect(core.findAll('推进大综合一体化改革', '体化')).toEqual([6]);
  });
  it('does not find a number inside a longer number', () => {
    expect(core.findAll('项目17个,另7个', '7个')).toEqual([7]);
    expect(core.findAll('24000套与2400套', '2400套')).toEqual([7]);
    expect(core.findAll('增长15.6%,又5.68%,再5.6%', '5.6%')).toEqual([16]);
  });
  it('finds a Latin word from its start only', () => {
    expect(core.findAll(core.fold('ABOX与OX'), 'ox')).toEqual([5]);
    expect(core.findAll(core.fold('2000kg/d'), 'kg')).toEqual([4]);
  });
});

describe('pagefindQueries', () => {
  it('asks for Han runs as exact phrases of characters, numbers and Latin as words', () => {
    expect(core.pagefindQueries('高标准农田')).toEqual(['"高 标 准 农 田"']);
    expect(core.pagefindQueries('2400套')).toEqual(['2400', '套']);
    expect(core.pagefindQueries('失业率2.04%')).toEqual(['"失 业 率"', '2.04']);
    expect(core.pagefindQueries('sepgpt')).toEqual(['sepgpt']);
  });
});

describe('pagefindPlan', () => {
  it('asks for a term of Han characters and digits as one phrase of its words, whose answer is exact', () => {
    expect(core.pagefindPlan('2024年')).toEqual({ exact: true, words: ['2024', '年'], queries: ['"2024 年"'] });
    expect(core.pagefindPlan('年6月28日')).toEqual({
      exact: true,
      words: ['年', '6', '月', '28', '日'],
      queries: ['"年 6 月 28 日"'],
    });
    // One word is quoted too: a number must match whole (2400 is not in 24000), not as a prefix.
    expect(core.pagefindPlan('2400')).toEqual({ exact: true, words: ['2400'], queries: ['"2400"'] });
    expect(core.pagefindPlan('氢')).toEqual({ exact: true, words: ['氢'], queries: ['"氢"'] });
  });
  it('gives candidates only for punctuation inside a term and for Latin letters (matched as prefixes)', () => {
    expect(core.pagefindPlan('5.6%')).toEqual({ exact: false, words: [], queries: ['5.6'] });
    expect(core.pagefindPlan('1000kg')).toEqual({ exact: false, words: [], queries: ['1000kg'] });
    expect(core.pagefindPlan('次，开展')).toEqual({ exact: false, words: [], queries: ['次', '"开 展"'] });
    expect(core.pagefindPlan('sepgpt').exact).toBe(false);
  });
});

describe('runCount and scoreCounts', () => {
  it('counts the runs of consecutive locations as long as the phrase', () => {
    // 氢 at 3, 10, 20 and 能 at 4, 12, 21, merged: the phrase 氢能 at 3 and 20.
    expect(core.runCount([3, 4, 10, 12, 20, 21], 2)).toBe(2);
    expect(core.runCount([3, 5], 2)).toBe(0);
    expect(core.runCount([1, 2, 3, 7, 8], 3)).toBe(1);
    expect(core.runCount([5, 9], 1)).toBe(2);
    expect(core.runCount([], 2)).toBe(0);
  });
  it('ranks more occurrences higher, with diminishing returns, and every term counting', () => {
    expect(core.scoreCounts([3])).toBeGreaterThan(core.scoreCounts([1]));
    expect(core.scoreCounts([3]) - core.scoreCounts([2])).toBeLessThan(core.scoreCounts([2]) - core.scoreCounts([1]));
    expect(core.scoreCounts([1, 1])).toBeGreaterThan(core.scoreCounts([2]));
  });
});

describe('indexText', () => {
  it('puts a zero-width space between Han characters and between digits and letters only', () => {
    expect(indexText('新增2000kg加氢站 ABC')).toBe('新\u200B增2000\u200Bkg加\u200B氢\u200B站 ABC');
  });
});

describe('matchesAll, passes and rank', () => {
  const rs = [
    rec(1, '发展氢能产业。'),
    rec(2, '氢能重卡首发,氢能车辆113辆,氢能装载机。'),
    rec(3, '光明路改造,地势起伏。'),
    rec(4, '氢能', { kind: 'report', number: 0, title: '2024年报告' }),
  ];
  it('keeps only records with every term', () => {
    expect(rs.filter((r) => core.matchesAll(r, ['氢能', '重卡'])).map((r) => r.number)).toEqual([2]);
    expect(rs.filter((r) => core.matchesAll(r, ['光伏'])).map((r) => r.number)).toEqual([]);
  });
  it('ranks the task that is about the term first, report overviews weighed down', () => {
    const hits = rs.filter((r) => core.matchesAll(r, ['氢能']));
    expect(core.rank(hits, ['氢能']).map((r) => r.number)[0]).toBe(2);
    expect(core.rank(hits, ['氢能'], 'number').map((r) => r.number)).toEqual([0, 1, 2]);
  });
  it('filters by year, area and status labels', () => {
    expect(core.passes(rs[0]!, { year: '2024', status: '已完成' })).toBe(true);
    expect(core.passes(rs[0]!, { year: '2023' })).toBe(false);
    expect(core.passes(rs[0]!, { area: '教育' })).toBe(false);
  });
});

describe('highlight', () => {
  it('marks every occurrence of every term and returns the rest as plain text pieces', () => {
    const pieces = core.highlight('<b>氢能</b>重卡', ['氢能', '重卡'], 0);
    expect(pieces).toEqual([
      { text: '<b>', mark: false },
      { text: '氢能', mark: true },
      { text: '</b>', mark: false },
      { text: '重卡', mark: true },
    ]);
  });
  it('cuts a long text to a window around the terms, with ellipses', () => {
    const text = `${'甲'.repeat(200)}氢能${'乙'.repeat(200)}`;
    const pieces = core.highlight(text, ['氢能'], 40);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(pieces.some((p) => p.mark && p.text === '氢能')).toBe(true);
    expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(42);
  });
});
