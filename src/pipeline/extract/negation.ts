import type { Comparator } from '../../schema/index.ts';
import { BEFORE_COMPARATORS, NEGATIONS, PREFIX_QUALIFIERS } from './lexicon.ts';

/**
 * A negated qualifier before a figure (不超过5.5%): the negation and the qualifier it negates. Read
 * without its negation, 不超过 would be 超过 — the opposite comparator, and a false «达到目标» for a
 * result above the ceiling — so a negation is never dropped.
 */
export function splitNegation(word: string): { negation: string; qualifier: string } | null {
  const negation = NEGATIONS.find((n) => word.startsWith(n));
  if (!negation) return null;
  const qualifier = word.slice(negation.length);
  return (PREFIX_QUALIFIERS as readonly string[]).includes(qualifier) ? { negation, qualifier } : null;
}

/** The logical negation of an inequality; none for about (~) and equal (=), whose negation sets no bound. */
const NEGATED: Readonly<Partial<Record<Comparator, Comparator>>> = { '>': '<=', '>=': '<', '<=': '>', '<': '>=' };

/** The comparator of a negated qualifier before a figure (不超过 → <=), or null when it sets no bound. */
export function negatedComparator(word: string): Comparator | null {
  const split = splitNegation(word);
  const plain = split ? BEFORE_COMPARATORS[split.qualifier] : undefined;
  return plain ? (NEGATED[plain] ?? null) : null;
}

/** Is the word a qualifier written before a figure, negated or not? */
export function isPrefixQualifier(word: string): boolean {
  return (PREFIX_QUALIFIERS as readonly string[]).includes(word) || splitNegation(word) !== null;
}
