import type { Basis } from '../../schema/index.ts';
import { CUMULATIVE_WORDS, ESTIMATE_WORDS, EXCLUDED_WORDS, PART_WORDS } from './lexicon.ts';
import type { Found } from './quantities.ts';
import { reasons } from './reasons.ts';
import { DONE, type StageReading } from './stage.ts';

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
 * cumulative; a figure at an earlier stage than the target asks for (选定/立项/申报 < 开工/在建 <
 * 基本完成 < 建成/完成, lexicon/stages.ts) → different: it is progress, not the result; extra or pending
 * figures (另有, 待) and parts of a total (其中) → different; otherwise same.
 */
export function basisOf(
  targetWords: readonly string[],
  actual: Found,
  need: StageReading = { index: DONE, word: '' },
): BasisReading {
  const words = actual.basisWords;
  const est = has(words, ESTIMATE_WORDS);
  if (est) return { basis: 'estimated', word: est, reason: reasons.estimated(est) };
  const cum = has(words, CUMULATIVE_WORDS);
  if (cum && !targetWords.includes(cum)) return { basis: 'cumulative', word: cum, reason: reasons.cumulative(cum) };
  const stage = actual.stage;
  if (stage && stage.index < need.index)
    return { basis: 'different', word: stage.word, reason: reasons.earlierStage(actual.text, stage, need) };
  const extra = has(words, EXCLUDED_WORDS);
  if (extra && !targetWords.includes(extra)) return { basis: 'different', word: extra, reason: reasons.extra(extra) };
  const part = has(words, PART_WORDS);
  if (part && actual.unit !== '%' && actual.unit !== '％')
    return { basis: 'different', word: part, reason: reasons.part(part) };
  return { basis: 'same', word: '', reason: reasons.sameBasis };
}

/** Figures introduced as extra or pending are never added into a result (GLOSSARY). */
export function isExcluded(actual: Found): boolean {
  return actual.basisWords.some((w) => (EXCLUDED_WORDS as readonly string[]).includes(w));
}
