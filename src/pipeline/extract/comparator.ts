import type { Comparator } from '../../schema/index.ts';
import { AFTER_COMPARATORS, BEFORE_COMPARATORS, FALL_WORDS, FLOOR_VERBS, RISE_WORDS, longestFirst } from './lexicon.ts';
import { clauseEnd } from './clauses.ts';
import { negatedComparator } from './negation.ts';
import type { Found } from './quantities.ts';

/** How a target compares a result with its figure, and the word that says so (GLOSSARY: comparators). */
export interface ComparatorReading {
  comparator: Comparator;
  /** The word in the target that decided it (以上, 控制在, 新增…), or '' for a bare figure. */
  word: string;
}

const VERBS = longestFirst(FLOOR_VERBS);

/**
 * Read the comparator of a target figure. A written qualifier after the figure wins (稳定在99%以上 → >=),
 * then one before it (a negated one reversed: 不超过 → <=), then a change (增长6% → at least 6%; 下降 → a fall of at least), then a verb of
 * adding or building in the clause or earlier in the sentence (新增N, 建成N → >=). Otherwise the
 * figure is bare and read as `=`.
 */
export function comparatorOf(text: string, q: Found, verbsBefore = q.numStart): ComparatorReading {
  for (const w of q.qualifiers)
    if (w in AFTER_COMPARATORS && !text.endsWith(w, q.numStart)) return { comparator: AFTER_COMPARATORS[w]!, word: w };
  for (const w of q.qualifiers) {
    if (!text.endsWith(w, q.numStart)) continue;
    if (w in BEFORE_COMPARATORS) return { comparator: BEFORE_COMPARATORS[w]!, word: w };
    const negated = negatedComparator(w);
    if (negated) return { comparator: negated, word: w };
  }
  if (q.direction !== 0)
    return { comparator: '>=', word: q.changeWord || (q.direction > 0 ? RISE_WORDS[0] : FALL_WORDS[0]) };
  // The verb nearest before the thing counted (新改建公交候车亭30个 → 新改建, not 改建 inside it).
  // Verbs inside the head of the thing counted (孵化器, 改造项目) are nouns, not the target's verb.
  const lead = text.slice(q.sentence, Math.max(q.sentence, Math.min(q.numStart, verbsBefore)));
  let best: { end: number; word: string } | null = null;
  for (const v of VERBS) {
    const at = lead.lastIndexOf(v);
    if (at >= 0 && (!best || at + v.length > best.end || (at + v.length === best.end && v.length > best.word.length)))
      best = { end: at + v.length, word: v };
  }
  if (best) return { comparator: '>=', word: best.word };
  // 16010名义务教育段学生开展正脊筛查, 为300户…家庭进行…微改造: the verb after the thing counted.
  const tail = text.slice(q.end, clauseEnd(text, q.end));
  const after = VERBS.map((v) => ({ v, at: tail.indexOf(v) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at || b.v.length - a.v.length)[0];
  if (after) return { comparator: '>=', word: after.v };
  return { comparator: '=', word: '' };
}
