import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { THESAURUS } from '../../../src/pipeline/extract/lexicon/thesaurus.ts';
import { canonical } from '../../../src/pipeline/extract/thesaurus.ts';
import { t2sDictionary, t2sScript } from '../../../src/search/t2s.ts';

// The browser's classic script, run as the browser runs it.
interface Group {
  term: string;
  alts: string[];
  filter: { kind: string; label: string } | null;
}
interface Core {
  makeT2s(dict: string): (s: string) => string;
  t2sBuilder(dict: string): { step(until: number): boolean; convert(s: string): string };
  expandTerm(term: string, lexicon: unknown, t2s: ((s: string) => string) | null): Group;
  matchesAll(r: object, terms: Group[]): boolean;
}
const sandbox: { GzbgSearchCore?: Core } = {};
runInNewContext(readFileSync(new URL('../../../public/search/search-core.js', import.meta.url), 'utf8'), sandbox);
const core = sandbox.GzbgSearchCore!;
const convert = core.makeT2s(t2sDictionary());
const report = readFileSync(
  new URL('../../../content/sources/2024/2024年政府工作报告年度完成情况.txt', import.meta.url),
  'utf8',
);

describe('traditional → simplified at query time (OpenCC data)', () => {
  it('gives what opencc-js gives (t → cn) on the whole 2024 report written in traditional characters', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(report);
    expect(traditional).not.toBe(report);
    const reference = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(convert(traditional)).toBe(reference(traditional));
    expect(convert('經濟發展 臺灣 乾淨')).toBe('经济发展 台湾 干净');
  });

  it('built in slices (t2sBuilder, as the page builds it), gives the same conversion as built at once', () => {
    // A clock that moves 1 ms each time it is read: every check after 256 entries ends a slice.
    let now = 0;
    const timed: { GzbgSearchCore?: Core; performance: { now(): number } } = { performance: { now: () => ++now } };
    runInNewContext(readFileSync(new URL('../../../public/search/search-core.js', import.meta.url), 'utf8'), timed);
    const builder = timed.GzbgSearchCore!.t2sBuilder(t2sDictionary());
    let slices = 1;
    while (!builder.step(now + 1)) slices++;
    expect(slices).toBeGreaterThan(10);
    const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(report);
    expect(builder.convert(traditional)).toBe(convert(traditional));
  });

  it('leaves the simplified report unchanged', () => {
    expect(convert(report)).toBe(report);
  });

  it('ships only the t → cn group as a classic script, not the 1 MB s → t phrases', () => {
    const script = t2sScript();
    expect(script).toMatch(/^\/\/.*\nwindow\.GZBG_T2S = "/);
    expect(Buffer.byteLength(script)).toBeLessThan(64 * 1024);
  });
});

describe('query terms as the reader means them', () => {
  const lexicon = {
    synonyms: THESAURUS.map((e) => [e.canonical, ...e.variants]),
    filters: [{ kind: 'status', label: '未达目标', links: [] }],
  };
  const rec = (text: string, status = '已完成') => ({ title: '第 1 项', text, status, area: '经济发展' });

  it('a traditional query finds the simplified text', () => {
    const g = core.expandTerm('經濟', lexicon, convert);
    expect(g.alts).toContain('经济');
    expect(core.matchesAll(rec('全区经济运行总体平稳'), [g])).toBe(true);
  });

  it('every thesaurus variant finds its canonical word and back, as canonical() reads it', () => {
    for (const e of THESAURUS) {
      for (const v of e.variants) {
        const g = core.expandTerm(v.toLowerCase(), lexicon, convert);
        expect(g.alts).toContain(canonical(v));
        expect(core.matchesAll(rec(`全年${e.canonical}增长`), [g])).toBe(true);
      }
      const back = core.expandTerm(e.canonical, lexicon, convert);
      for (const v of e.variants) expect(back.alts).toContain(v.toLowerCase());
    }
  });

  it('a status word matches the tasks with that status, not others', () => {
    const g = core.expandTerm('未达目标', lexicon, convert);
    expect(g.filter?.label).toBe('未达目标');
    expect(core.matchesAll(rec('增长5.6%', '未达目标'), [g])).toBe(true);
    expect(core.matchesAll(rec('增长5.6%', '已完成'), [g])).toBe(false);
  });

  it('an ordinary word is itself only', () => {
    const g = core.expandTerm('氢能', lexicon, convert);
    expect(g.alts).toEqual(['氢能']);
    expect(g.filter).toBeNull();
  });
});
