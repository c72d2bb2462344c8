import { describe, expect, it } from 'vitest';
import { displayText, normalizeCell, typographicDiff } from '../../../src/pipeline/normalize.ts';
import { parseSource } from '../../../src/pipeline/parse/index.ts';
import { realSources } from './real-source.ts';

describe('displayText(verbatim)', () => {
  it.each([
    ['增长7.5%,全省前列', '增长7.5%，全省前列'],
    ['分三步;一是', '分三步；一是'],
    ['同比增长20.34%;2024年引进', '同比增长20.34%；2024年引进'],
    ['CMI:病例组合指数', 'CMI：病例组合指数'],
    ['镇海炼化加氢站三期(2000kg/d)建成', '镇海炼化加氢站三期（2000kg/d）建成'],
    ['宁波(俄罗斯)家居', '宁波（俄罗斯）家居'],
    ['𠀀村(社区)', '𠀀村（社区）'],
    ['推进应消消防工作和”141“平台深度融合', '推进应消消防工作和“141”平台深度融合'],
    ['“1833”联合指挥和”141“平台', '“1833”联合指挥和“141”平台'],
    ['“‘一米’消费 浙里‘镇’嗨”', '“‘一米’消费 浙里‘镇’嗨”'],
    ['主体课。 全年共', '主体课。全年共'],
    ['“雄镇英才” 高端项目', '“雄镇英才”高端项目'],
    ['中心举办 “智汇甬华”', '中心举办“智汇甬华”'],
  ])('%s → %s', (verbatim, display) => expect(displayText(verbatim)).toBe(display));

  it.each([
    ['numbers keep their marks', '共1,000人,时间10:30,增长5.6%', '共1,000人，时间10:30，增长5.6%'],
    ['Latin text keeps its marks', 'SEPGPT (beta, v2)', 'SEPGPT (beta, v2)'],
    ['a space between two Chinese words of a slogan is kept', '“心动力 助成长”', '“心动力 助成长”'],
    ['a space between a number and Chinese is kept', '2024 宁波', '2024 宁波'],
    ['an odd number of quotes is left alone', '他说:”好', '他说：”好'],
  ])('%s', (_, verbatim, display) => expect(displayText(verbatim)).toBe(display));

  it('keeps the verbatim text as published', () => {
    expect(normalizeCell('增长6%,全省')).toEqual({ verbatim: '增长6%,全省', display: '增长6%，全省' });
  });
});

describe('typographicDiff(verbatim, display)', () => {
  it('accepts width, quote direction and whitespace changes', () => {
    expect(typographicDiff('a ,”b“ (c)', 'a，“b”（c）')).toBeNull();
  });
  it('reports any other change', () => {
    expect(typographicDiff('增长6%', '增长7%')).toMatch(/differs/);
    expect(typographicDiff('增长6%。', '增长6%')).toMatch(/differs/);
    expect(typographicDiff('a.b', 'a。b')).toMatch(/differs/);
  });
});

describe('the display text of every real row differs from its verbatim text only typographically', () => {
  for (const { file, bytes } of realSources()) {
    it(file, () => {
      const rows = parseSource(bytes, file).rows;
      let changed = 0;
      for (const row of rows) {
        for (const verbatim of [row.target, row.completion]) {
          const { display } = normalizeCell(verbatim);
          expect(typographicDiff(verbatim, display), `row ${row.number}`).toBeNull();
          if (display !== verbatim) changed++;
          // Nothing half-width is left beside Chinese.
          expect(display, `row ${row.number}`).not.toMatch(
            /[\u4e00-\u9fff。、“”][,;:()]|[,;:()][\u4e00-\u9fff“”]|%[,;]\d/u,
          );
          // Double quotes open and close in turn.
          const quotes = display.match(/[“”]/g) ?? [];
          expect(quotes.join(''), `row ${row.number}`).toBe('“”'.repeat(quotes.length / 2));
        }
      }
      expect(changed).toBeGreaterThan(0);
    });
  }
});
