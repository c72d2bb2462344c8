import { STAGES, type Stage } from './lexicon/stages.ts';
import { STAGE_LINKS, longestFirst } from './lexicon.ts';

/**
 * Where a figure stands on the stage scale (lexicon/stages.ts): the rules that keep an earlier
 * stage from counting as a result, and parts at different stages from being added together.
 */
export interface StageReading {
  /** Position on the scale (0 = earliest). */
  index: number;
  /** The word of the text that put it there. */
  word: string;
}

const WORDS = longestFirst(STAGES.flatMap((s) => s.words));
const INDEX = new Map(STAGES.flatMap((s, i) => s.words.map((w) => [w, i] as const)));
/** The last stage: what a target to build, add or finish asks for unless its verb says otherwise. */
export const DONE = STAGES.length - 1;
/** Adverbs between a verb and its figure (共认定, 已建成): the verb still governs the figure. */
const LINKS = new RegExp(`(${STAGE_LINKS.join('|')})+$`);

export function stageName(index: number): string {
  return (STAGES[index] as Stage).name;
}

/** Stage words of a stretch of text in order, longest match at each position (基本建成, not 建成). */
export function stageWords(text: string): StageReading[] {
  const out: StageReading[] = [];
  for (let i = 0; i < text.length; i++) {
    const w = WORDS.find((x) => text.startsWith(x, i));
    if (!w) continue;
    out.push({ index: INDEX.get(w)!, word: w });
    i += w.length - 1;
  }
  return out;
}

/**
 * The stage of a result figure: a stage word right after it (6343亩均已完工, 2个已基本建成) wins;
 * then the verb right before it (共认定207家); else, of the stage words before it in its clause, the
 * earliest — words at several stages make the figure no further along than the first
 * (申报入选…4人 is still an application); else none.
 */
export function resultStage(after: string, before: string): StageReading | null {
  const a = stageWords(after);
  if (a.length > 0) return a[0]!;
  const b = stageWords(before);
  if (b.length === 0) return null;
  const last = b[b.length - 1]!;
  if (before.replace(LINKS, '').endsWith(last.word)) return last;
  return b.reduce((x, y) => (y.index < x.index ? y : x));
}

/** The stage a target asks for: that of its verb (开工建设 → 开工, 基本建成), else the last stage. */
export function targetStage(verb: string): StageReading {
  const own = stageWords(verb);
  if (own.length === 0) return { index: DONE, word: '' };
  return own.reduce((a, b) => (b.index < a.index ? b : a));
}

/**
 * The stage a target asks for, from its basis words when its verb is not at hand (editors'
 * overrides): the earliest stage word among them that is not a plan or an application, else the last.
 */
export function targetStageOfWords(words: readonly string[]): StageReading {
  const own = stageWords(words.join(' ')).filter((r) => r.index > 0);
  if (own.length === 0) return { index: DONE, word: '' };
  return own.reduce((a, b) => (b.index < a.index ? b : a));
}
