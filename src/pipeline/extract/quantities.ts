import type { Quantity } from '../../schema/index.ts';
import { clauseEnd, clauseStart, sentenceStart } from './clauses.ts';
import {
  ATTACHED_PREFIXES,
  BASIS_WORDS,
  CHANGE_CONNECTIVES,
  CONTEXT_LEADS,
  DATE_UNITS,
  HOUR_UNIT,
  INNER_APPROX,
  MONTHS,
  NAME_AFTER,
  ONE,
  ORDINAL_MARK,
  PERCENT_WORD,
  PHASE_UNIT,
  RANGE_MARKS,
  COUNT_MULTIPLIERS,
  FALL_WORDS,
  MULTIPLIERS,
  NUMERAL_IDIOMS,
  NEGATIONS,
  PREFIX_QUALIFIERS,
  RISE_WORDS,
  SUFFIX_QUALIFIERS,
  YI_WORD_BEFORE,
  alternation,
  longestFirst,
} from './lexicon.ts';
import { isPrefixQualifier } from './negation.ts';
import { insideAny, nameRanges } from './names.ts';
import { NUMBER_TOKEN, decimalsOf, isChineseNumeral, parseNumber } from './numbers.ts';
import { resultStage, type StageReading } from './stage.ts';
import { ALL_UNITS } from './units.ts';

/** A quantity with what the later rules need to know about where it sits. */
export interface Found extends Quantity {
  /** Offset of the number itself (after any prefix qualifier). */
  numStart: number;
  /** Decimal places as written. */
  decimals: number;
  /** +1 after 增长/提高…, -1 after 下降/减少…: the figure is a change, not a level. */
  direction: 1 | -1 | 0;
  /** The word that made it a change (增加, 提高, 下降…), '' for a level. */
  changeWord?: string;
  /** Offset where the figure's clause starts. */
  clause: number;
  /** Offset where its sentence starts. */
  sentence: number;
  /** Where the figure stands on the stage scale (选定 < 开工 < 基本完成 < 建成), when its words say. */
  stage?: StageReading | null;
}

const APPROX = alternation(INNER_APPROX);
const TAIL = new RegExp(
  `^(${APPROX})?(${alternation(MULTIPLIERS)})?(${APPROX})?(${alternation(ALL_UNITS)})(${alternation(SUFFIX_QUALIFIERS)})?`,
);
const PREFIXES = longestFirst(PREFIX_QUALIFIERS);
const CONNECTIVE = new RegExp(`^\\s*(${alternation(CHANGE_CONNECTIVES)})\\s*$`);
const DATE_AFTER = new RegExp(`^\\s?(${alternation([...DATE_UNITS, HOUR_UNIT])})`);
const RANGE_AFTER = new RegExp(`^(${alternation(RANGE_MARKS)})[0-9０-９]+\\s?(${alternation(DATE_UNITS)})`);
const NAME_AFTER_RE = new RegExp(`^([A-Za-z]|${alternation(NAME_AFTER)})`);
/**
 * 万/亿 followed by a noun (a Han character that is no unit): 800万以上困难群众, 1240万农村贫困人口; or
 * by a qualifier after the thing counted (减少农村贫困人口1000万以上、…).
 */
const COUNTED_NOUN = new RegExp(
  `^(${APPROX})?(${alternation(COUNT_MULTIPLIERS)})(${APPROX})?(?:(${alternation(SUFFIX_QUALIFIERS)})|(?=\\p{Script=Han}))`,
  'u',
);
/** Single-character approximators belong to the figure's span: 近500名, 超1.7万次, 约600人次. */
const ATTACHED_PREFIX = new Set<string>(ATTACHED_PREFIXES);
const BASIS = longestFirst(BASIS_WORDS);

/**
 * Every stated quantity of a cell, in text order, with its span in the verbatim text.
 * Numbers that are names (quoted, titles, ordinals, line numbers, phases, dates, ratings, labels
 * like 十大) are not quantities: they have no unit this module knows, or a rule below drops them.
 */
export function extractQuantities(text: string): Found[] {
  const names = nameRanges(text);
  const found: Found[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const token = m[0];
    const start = m.index!;
    const q = readQuantity(text, token, start, names);
    if (q) found.push(q);
  }
  // 分别增长6%和7%: a figure joined to a change by a connective is a change too.
  found.forEach((q, i) => {
    const prev = found[i - 1];
    if (q.direction === 0 && prev && prev.direction !== 0 && CONNECTIVE.test(text.slice(prev.end, q.start))) {
      q.direction = prev.direction;
      q.changeWord = prev.changeWord;
    }
  });
  const out = found.map((q, i) => {
    const nextStart = found[i + 1]?.start ?? text.length;
    return { ...q, basisWords: basisWordsOf(text, q, nextStart), stage: stageOf(text, q, nextStart) };
  });
  // A clause without a stage word of its own continues the previous clause of its sentence (新增A35张,B13张).
  out.forEach((q, i) => {
    const prev = out[i - 1];
    if (q.stage === null && prev && prev.sentence === q.sentence && prev.stage && !hasOwnWords(text, q))
      q.stage = prev.stage;
  });
  return out;
}

function stageOf(text: string, q: Found, nextStart: number): StageReading | null {
  return resultStage(text.slice(q.end, Math.min(clauseEnd(text, q.end), nextStart)), text.slice(q.clause, q.start));
}

/** Does the figure's clause say something of its own before it (a verb or a thing), beyond punctuation? */
function hasOwnWords(text: string, q: Found): boolean {
  return (
    q.clause <= q.sentence || q.qualifiers.some(isPrefixQualifier) || wordsIn(text.slice(q.clause, q.start)).length > 0
  );
}

/** Words that describe one figure only and are never carried over to the next clause. */
const NOT_INHERITED = new Set<string>([...CONTEXT_LEADS, ...RISE_WORDS, ...FALL_WORDS]);

function readQuantity(text: string, token: string, start: number, names: [number, number][]): Found | null {
  const end = start + token.length;
  const before = text[start - 1] ?? '';
  const after = text.slice(end);
  if (insideAny(names, start, end)) return null;
  if (before === ORDINAL_MARK || /[A-Za-z.·]/.test(before)) return null; // ordinals, codes, 12·4
  const chinese = isChineseNumeral(token);
  const value = parseNumber(token);
  if (value === null) return null;
  if (chinese) {
    if (token.startsWith(ONE) && YI_WORD_BEFORE.includes(before)) return null; // 统一, 之一
    if (NUMERAL_IDIOMS.some((w) => text.startsWith(w, start))) return null;
  }
  // Dates and time spans: 2024年, 6月28日, 1-12月, 三年行动, 3号线.
  if (DATE_AFTER.test(after) || RANGE_AFTER.test(after)) return null;
  if (after.startsWith(MONTHS)) return null;
  // 百分之九十五 / 百分之95: the unit is written before the number.
  const percentWord = text.endsWith(PERCENT_WORD, start);
  const tail = percentWord ? null : TAIL.exec(after);
  let unit = '';
  let suffixes: string[] = [];
  let length = token.length;
  let counted: RegExpExecArray | null;
  if (tail) {
    const [all, pre1, mult, pre2, u, suffix] = tail;
    if (/^[A-Za-z]/.test(u!) && /^[A-Za-z]/.test(after.slice(all.length - (suffix?.length ?? 0)))) return null; // 5Gb: a name
    if (chinese && u === PHASE_UNIT) return null; // 二期, 三期: phases
    unit = (mult ?? '') + u!;
    suffixes = [pre1, pre2, suffix].filter((s): s is string => !!s);
    length += all.length;
  } else if (percentWord) {
    unit = '%';
    const suffix = new RegExp(`^(${alternation(SUFFIX_QUALIFIERS)})`).exec(after)?.[1];
    if (suffix) {
      suffixes = [suffix];
      length += suffix.length;
    }
  } else if (!chinese && (counted = COUNTED_NOUN.exec(after))) {
    // 帮扶800万以上困难群众: 万/亿 before a noun with no measure word between is still a quantity.
    const [all, pre1, mult, pre2, suffix] = counted;
    unit = mult!;
    suffixes = [pre1, pre2, suffix].filter((x): x is string => !!x);
    length += all.length;
  } else {
    // A bare number counts only as a written decimal (倍差1.64); 1.0 / 2.0 are version names.
    if (chinese || !/\.\d*[1-9]\d*$/.test(token) || NAME_AFTER_RE.test(after)) return null;
  }
  if (/^[A-Za-z]/.test(after) && !tail) return null;
  const numberStart = percentWord ? start - PERCENT_WORD.length : start;
  const plainPrefix = PREFIXES.find((p) => text.endsWith(p, numberStart)) ?? '';
  // 不超过5.5%: the qualifier keeps its negation (a listed pair such as 不低于 is found whole above).
  const negation = plainPrefix ? NEGATIONS.find((n) => text.endsWith(n, numberStart - plainPrefix.length)) : undefined;
  const prefix = negation ? negation + plainPrefix : plainPrefix;
  const spanStart = ATTACHED_PREFIX.has(prefix) ? numberStart - prefix.length : numberStart;
  const spanEnd = start + length;
  const lead = text.slice(clauseStart(text, numberStart - prefix.length), numberStart - prefix.length);
  const rise = RISE_WORDS.find((w) => lead.endsWith(w));
  const fall = rise ? undefined : FALL_WORDS.find((w) => lead.endsWith(w));
  const direction = rise ? 1 : fall ? -1 : 0;
  return {
    text: text.slice(spanStart, spanEnd),
    start: spanStart,
    end: spanEnd,
    value,
    unit,
    qualifiers: prefix ? [prefix, ...suffixes] : suffixes,
    basisWords: [],
    numStart: numberStart,
    decimals: decimalsOf(token),
    direction,
    changeWord: rise ?? fall ?? '',
    clause: clauseStart(text, start),
    sentence: sentenceStart(text, start),
  };
}

/**
 * Basis words of a figure: those in its clause before it, and those right after it up to the
 * clause end or the next figure (6343亩均已完工, 1家资料已上报). A clause with none inherits the
 * words of the clause before it in the same sentence (新增A35张,B13张 — 新增 covers both).
 */
function basisWordsOf(text: string, q: Found, nextStart: number): string[] {
  const own = wordsIn(text.slice(q.clause, q.start)).concat(
    wordsIn(text.slice(q.end, Math.min(clauseEnd(text, q.end), nextStart))),
  );
  const hasOwnPrefix = q.qualifiers.some(isPrefixQualifier);
  if (own.length > 0 || hasOwnPrefix || q.clause <= q.sentence) return unique(own);
  const previousClause = text.slice(clauseStart(text, q.clause - 1), q.clause - 1);
  return unique(wordsIn(previousClause).filter((w) => !NOT_INHERITED.has(w)));
}

/** Basis words in a stretch of text, longest match at each position. */
export function wordsIn(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const w = BASIS.find((b) => s.startsWith(b, i));
    if (w) {
      out.push(w);
      i += w.length - 1;
    }
  }
  return out;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

/** The public shape of a quantity (drops the positional helpers). */
export function toQuantity(q: Found): Quantity {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    value: q.value,
    unit: q.unit,
    qualifiers: q.qualifiers,
    basisWords: q.basisWords,
  };
}
