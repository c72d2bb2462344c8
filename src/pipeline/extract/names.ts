/**
 * Where numbers are names, not quantities (GLOSSARY: numbers that are names): inside quotation
 * marks (“141”基层治理体系, ”122“ reversed) or book-title marks (《…2024年度工作要点》).
 */

/** Quote families: a mark pairs only with a mark of its own family, so ‘一米’ nests inside “…”. */
const FAMILIES = [/[“”"＂]/, /[‘’']/, /[「」]/, /[『』]/];
/** A quoted name is short; a longer “quote” is more likely an unpaired mark than a name. */
const MAX_QUOTED = 24;

/** [start, end) ranges of the verbatim text that are quoted names or titles. */
export function nameRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '《') {
      const close = text.indexOf('》', i + 1);
      if (close > 0) {
        ranges.push([i, close + 1]);
        i = close;
      }
    }
  }
  for (const family of FAMILIES) {
    for (let i = 0; i < text.length; i++) {
      if (!family.test(text[i]!)) continue;
      // Pair with the next mark of the family in either direction, so reversed ”141“ pairs too.
      let j = i + 1;
      while (j < text.length && j - i <= MAX_QUOTED && !family.test(text[j]!)) j++;
      if (j < text.length && j - i <= MAX_QUOTED) {
        ranges.push([i, j + 1]);
        i = j;
      }
    }
  }
  return ranges;
}

export function insideAny(ranges: [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}
