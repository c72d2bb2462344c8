import type { Basis } from '../../schema/index.ts';
import {
  APPLIED_WORDS,
  CUMULATIVE_WORDS,
  ESTIMATE_WORDS,
  EXCLUDED_WORDS,
  PART_WORDS,
  UNDERWAY_WORDS,
} from './lexicon.ts';
import type { Found } from './quantities.ts';

/** Whether a reported figure is the same kind of thing as the target's, and the word that says not. */
export interface BasisReading {
  basis: Basis;
  /** The completion's word behind a basis other than `same` ('' for same). */
  word: string;
  /** Chinese explanation for the page. */
  reason: string;
}

const has = (words: readonly string[], list: readonly string[]) => list.find((w) => words.includes(w));

/**
 * GLOSSARY "Basis": 预计 → estimated; 累计 against a target that is not itself cumulative →
 * cumulative; 申报/推荐/上报 (applied for), 立项/开工/正在 (started) or 其中 (a part of a total)
 * against a target that does not use the same word → different; otherwise same.
 */
export function basisOf(targetWords: readonly string[], actual: Found): BasisReading {
  const words = actual.basisWords;
  const est = has(words, ESTIMATE_WORDS);
  if (est) return { basis: 'estimated', word: est, reason: `完成情况写的是“${est}”数，不是实际结果` };
  const cum = has(words, CUMULATIVE_WORDS);
  if (cum && !targetWords.includes(cum))
    return { basis: 'cumulative', word: cum, reason: `完成情况报告的是“${cum}”数，目标是当年数，口径不同` };
  for (const list of [APPLIED_WORDS, UNDERWAY_WORDS, EXCLUDED_WORDS]) {
    const w = has(words, list);
    if (w && !targetWords.includes(w))
      return { basis: 'different', word: w, reason: `完成情况写的是“${w}”，与目标要求的口径不同` };
  }
  const part = has(words, PART_WORDS);
  if (part && actual.unit !== '%' && actual.unit !== '％')
    return { basis: 'different', word: part, reason: `这个数字是“${part}”所指的一部分，不是目标的全部` };
  return { basis: 'same', word: '', reason: '完成情况的数字与目标口径一致' };
}

/** Figures introduced as extra, pending or under way are never added into a result (GLOSSARY). */
export function isExcluded(actual: Found): boolean {
  return actual.basisWords.some((w) => (EXCLUDED_WORDS as readonly string[]).includes(w));
}
