import { describe, expect, it } from 'vitest';
import { insideAny, nameRanges } from '../../../../src/pipeline/extract/names.ts';
import { sourceRow } from './fixture-rows.ts';

// Numbers that are names in the real 2024 rows (镇海区, content/sources/2024): the “1833” command
// system and the reversed ”141“ platform of row 12, titles in 《》 of row 13.
const names = (text: string) => nameRanges(text).map(([s, e]) => text.slice(s, e));

describe('nameRanges', () => {
  const row12 = sourceRow(12).completion;
  it('finds quoted names, the reversed ”141“ too', () => {
    expect(names(row12)).toEqual(['“1833”', '”141“']);
  });
  it('finds titles in book-title marks', () => {
    const row13 = sourceRow(13).completion;
    expect(names(row13)).toContain('《“镇网善治”建设工作提示单》');
  });
  it('finds none in a row without quotation marks', () => {
    expect(names(sourceRow(11).target)).toEqual([]);
  });
});

describe('insideAny', () => {
  const row12 = sourceRow(12).completion;
  const ranges = nameRanges(row12);
  const at = (s: string) => [row12.indexOf(s), row12.indexOf(s) + s.length] as const;
  it('the figures of a name are inside it; a count is not', () => {
    expect(insideAny(ranges, ...at('1833'))).toBe(true);
    expect(insideAny(ranges, ...at('141'))).toBe(true);
    expect(insideAny(ranges, ...at('65名'))).toBe(false);
  });
});
