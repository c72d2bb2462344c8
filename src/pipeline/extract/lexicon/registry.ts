/**
 * Every list of the lexicon by name, for the lexicon-fixture test and the methodology page: each
 * entry must have a development fixture row that needs it (lexicon/evidence.ts).
 */
import * as words from '../lexicon.ts';
import { STAGES } from './stages.ts';
import { THESAURUS } from './thesaurus.ts';

/** How an entry is found in a row: as a word of its text, or as a regular expression source. */
export type EntryKind = 'word' | 'pattern';

export interface LexiconList {
  name: string;
  kind: EntryKind;
  entries: readonly string[];
}

/** Punctuation in a list (（, 、) is typography, not vocabulary: only entries with a letter or a Han character are listed. */
const list = (name: string, entries: readonly string[], kind: EntryKind = 'word'): LexiconList => ({
  name,
  kind,
  entries: kind === 'pattern' ? entries : entries.filter((e) => /[\p{Script=Han}\p{L}%<>=≥≤＞＜]/u.test(e)),
});

export const LEXICON: readonly LexiconList[] = [
  list('UNITS', words.UNITS),
  list('LATIN_UNITS', words.LATIN_UNITS),
  list('MULTIPLIERS', words.MULTIPLIERS),
  list('COUNT_MULTIPLIERS', words.COUNT_MULTIPLIERS),
  list('PREFIX_QUALIFIERS', words.PREFIX_QUALIFIERS),
  list('SUFFIX_QUALIFIERS', words.SUFFIX_QUALIFIERS),
  list('NEGATIONS', words.NEGATIONS),
  list('BASIS_WORDS', words.BASIS_WORDS),
  list('ESTIMATE_WORDS', words.ESTIMATE_WORDS),
  list('CUMULATIVE_WORDS', words.CUMULATIVE_WORDS),
  list('PART_WORDS', words.PART_WORDS),
  list('EXCLUDED_WORDS', words.EXCLUDED_WORDS),
  list('TOTAL_WORDS', words.TOTAL_WORDS),
  list('LEVEL_QUALIFIERS', words.LEVEL_QUALIFIERS),
  list('FLOOR_VERBS', words.FLOOR_VERBS),
  list('RISE_WORDS', words.RISE_WORDS),
  list('FALL_WORDS', words.FALL_WORDS),
  list('DONE_CUES', words.DONE_CUES),
  list('PROGRESS_CUES', words.PROGRESS_CUES),
  list('CUE_NOT_IN', words.CUE_NOT_IN),
  list('VOLUME_VERBS', words.VOLUME_VERBS),
  list('RATE_PATTERNS', words.RATE_PATTERNS, 'pattern'),
  list('STAGE_LINKS', words.STAGE_LINKS),
  list('NUMERAL_IDIOMS', words.NUMERAL_IDIOMS),
  list('APPROX_BELOW', words.APPROX_BELOW),
  list('APPROX_ABOVE', words.APPROX_ABOVE),
  list('APPROX_ABOUT', words.APPROX_ABOUT),
  list(
    'YI_WORD_BEFORE',
    [...words.YI_WORD_BEFORE].map((c) => `${c}一`),
  ),
  list('NEW_WORD', [words.NEW_WORD]),
  list('AFTER_COMPARATORS', Object.keys(words.AFTER_COMPARATORS)),
  list('BEFORE_COMPARATORS', Object.keys(words.BEFORE_COMPARATORS)),
  list('MEASURES', words.MEASURES),
  list('CONTAINERS', words.CONTAINERS),
  list('SITE_WORDS', words.SITE_WORDS),
  list('CONTEXT_LEADS', words.CONTEXT_LEADS),
  list('CONTEXT_TAILS', words.CONTEXT_TAILS),
  list('RATE_UNITS', words.RATE_UNITS),
  list(
    'LEVEL_NAMES',
    words.LEVEL_NAMES.map((n) => n + words.LEVEL_MARK),
  ),
  list('AND_ABOVE', words.AND_ABOVE),
  list('LIST_SPLIT', [words.LIST_SPLIT], 'pattern'),
  list('CHANGE_SUBJECT_TAILS', words.CHANGE_SUBJECT_TAILS),
  list('SUBJECT_LEADING', words.SUBJECT_LEADING),
  list('SUBJECT_TRAILING', words.SUBJECT_TRAILING),
  list('INNER_VERBS', words.INNER_VERBS),
  list('GENERIC_TAILS', words.GENERIC_TAILS),
  list('INNER_APPROX', words.INNER_APPROX),
  list('ATTACHED_PREFIXES', words.ATTACHED_PREFIXES),
  list('CHANGE_CONNECTIVES', words.CHANGE_CONNECTIVES),
  list('DATE_UNITS', words.DATE_UNITS),
  list('RANGE_MARKS', words.RANGE_MARKS),
  list('NAME_AFTER', words.NAME_AFTER),
  list('SUBJECT_MARKS', [words.EXAMPLES_MARK]),
  list('NUMBER_WORDS', [words.ORDINAL_MARK, words.ONE, words.HOUR_UNIT, words.PHASE_UNIT]),
  list(
    'STAGES',
    STAGES.flatMap((s) => s.words),
  ),
  list(
    'THESAURUS',
    THESAURUS.flatMap((e) => e.variants),
  ),
];
