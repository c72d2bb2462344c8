import type { Cell } from '../schema/task.ts';

/**
 * Display text for a verbatim cell, typeset the way GB/T 15834-2011 (标点符号用法) wants Chinese
 * text: `,` `;` `:` `!` `?` `(` `)` next to Chinese become full width; curly quotes are put the
 * right way round; whitespace touching Chinese punctuation is removed. Numbers (1,000 / 5.6 / 10:30)
 * and Latin text (SEPGPT, CMI) keep their half-width marks. Only punctuation width, quote direction
 * and whitespace ever change — `typographicDiff` checks exactly that.
 */

/** Han ideographs, CJK symbols, full-width forms, curly quotes, ellipsis and dashes. */
const CHINESE = /[\u2014\u2018-\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** Chinese punctuation (not ideographs): whitespace beside these is never meaningful. */
const CHINESE_PUNCT = /[\u2014\u2018-\u201d\u2026\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

export function normalizeCell(verbatim: string): Cell {
  return { verbatim, display: displayText(verbatim) };
}

export function displayText(verbatim: string): string {
  return removeStraySpaces(fixParens(fixMarks(fixQuotes(verbatim))));
}

/** The nearest non-space character before (dir -1) or after (dir 1) index i. */
function neighbour(s: string, i: number, dir: 1 | -1): string {
  for (let k = i + dir; k >= 0 && k < s.length; k += dir) if (!/\s/.test(s[k]!)) return s[k]!;
  return '';
}

/** The nearest Chinese character or Latin letter before (dir -1) or after (dir 1) index i, past digits and symbols. */
function nearestWord(s: string, i: number, dir: 1 | -1): string {
  for (let k = i + dir; k >= 0 && k < s.length; k += dir)
    if (CHINESE.test(s[k]!) || /[A-Za-z]/.test(s[k]!)) return s[k]!;
  return '';
}

/**
 * `,` `;` `:` `!` `?` in Chinese text become full width: never between two digits (1,000, 10:30),
 * and only when the nearest word on either side is Chinese (so `增长20.34%;2024年` converts and
 * `SEPGPT (beta, v2)` does not).
 */
function fixMarks(s: string): string {
  return s.replace(/[,;:!?]/g, (mark, i: number) => {
    if (/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '')) return mark;
    return CHINESE.test(nearestWord(s, i, -1)) || CHINESE.test(nearestWord(s, i, 1)) ? FULL[mark]! : mark;
  });
}

/** A pair `(…)` becomes `（…）` when it touches Chinese outside or holds Chinese inside. */
function fixParens(s: string): string {
  // Code units, not code points: replacements are one unit for one, so indices into `s` stay valid.
  const units = s.split('');
  const open: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i] === '(') open.push(i);
    else if (units[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      const around = neighbour(s, start, -1) + s.slice(start + 1, i) + neighbour(s, i, 1);
      if (CHINESE.test(around)) {
        units[start] = '（';
        units[i] = '）';
      }
    }
  }
  return units.join('');
}

/**
 * Curly quotes alternate open/close in reading order (double and single counted separately), which
 * turns a reversed pair like ”141“ round. A cell with an odd count is left alone: the pairing is unknown.
 */
function fixQuotes(s: string): string {
  return alternate(alternate(s, '“', '”'), '‘', '’');
}

function alternate(s: string, open: string, close: string): string {
  const re = new RegExp(`[${open}${close}]`, 'g');
  const count = s.match(re)?.length ?? 0;
  if (count % 2 !== 0) return s;
  let k = 0;
  return s.replace(re, () => (k++ % 2 === 0 ? open : close));
}

/** Whitespace between Chinese characters where one side is Chinese punctuation: `。 全年`, `” 高端`. */
function removeStraySpaces(s: string): string {
  return s.replace(/\s+/g, (space, i: number) => {
    const before = s[i - 1] ?? '';
    const after = s[i + space.length] ?? '';
    const chinese = CHINESE.test(before) && CHINESE.test(after);
    return chinese && (CHINESE_PUNCT.test(before) || CHINESE_PUNCT.test(after)) ? '' : space;
  });
}

/** Does this cell's text have an odd number of curly quotes (left as published)? */
export function hasUnpairedQuotes(verbatim: string): boolean {
  return (verbatim.match(/[“”]/g)?.length ?? 0) % 2 !== 0 || (verbatim.match(/[‘’]/g)?.length ?? 0) % 2 !== 0;
}

/** Fold what the normalizer may change: punctuation width, quote direction, whitespace. */
function fold(s: string): string {
  return s
    .replace(/[，；：！？（）]/g, (c) => Object.keys(FULL).find((k) => FULL[k] === c)!)
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, '');
}

/**
 * Why `display` is not a typographic variant of `verbatim`, or null when it is: the two agree once
 * punctuation width, quote direction and whitespace are folded away.
 */
export function typographicDiff(verbatim: string, display: string): string | null {
  const a = fold(verbatim);
  const b = fold(display);
  if (a === b) return null;
  let i = 0;
  while (a[i] === b[i]) i++;
  return `differs beyond punctuation, quotes and whitespace at folded offset ${i}: "${a.slice(i, i + 12)}" vs "${b.slice(i, i + 12)}"`;
}
