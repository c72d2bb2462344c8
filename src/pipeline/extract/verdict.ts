import type { Comparator, Verdict } from '../../schema/index.ts';
import { APPROX_ABOUT, APPROX_ABOVE, APPROX_BELOW } from './lexicon.ts';
import { negatedComparator } from './negation.ts';
import { verdictReasons as r } from './reasons.ts';

/** Issue 3 item 4: for `~` (左右) a result below the target is met only within this share of it. */
export const TOLERANCE = 0.05;
/** 近/余/超 make a reported figure approximate by about this much. */
const APPROX = 0.1;
const EPS = 1e-9;

export interface VerdictInput {
  target: { value: number; comparator: Comparator; decimals: number; direction: -1 | 0 | 1; unitLabel: string };
  /** The result in the target's unit, or null when none is reported. */
  actual: {
    value: number;
    qualifiers: readonly string[];
    direction: -1 | 0 | 1;
    /** The figure as the source writes it ('' when unknown). */
    text?: string;
    /** Is it written in the target's own unit (no conversion)? */
    sameUnit?: boolean;
  } | null;
  /** True when the basis is `same`. */
  sameBasis: boolean;
  basisReason: string;
}

export interface VerdictReading {
  verdict: Verdict;
  reason: string;
}

/** Which way the reported figure may be off: 近 (nearly: below), 余/多/超 (more than), 约/左右 (about). */
function approxOf(qualifiers: readonly string[]): 'less' | 'more' | 'about' | null {
  const any = (list: readonly string[]) => qualifiers.some((w) => list.includes(w));
  if (any(APPROX_BELOW)) return 'less';
  if (any(APPROX_ABOVE)) return 'more';
  if (any(APPROX_ABOUT)) return 'about';
  return null;
}

/**
 * The written verdict rules. A false `met` is the worst error, so every doubt — no figure, another
 * basis, an approximate figure near the line — gives `unclear`.
 */
export function verdictOf(input: VerdictInput): VerdictReading {
  const { target: t, actual } = input;
  if (!actual) return { verdict: 'unclear', reason: r.noResult };
  if (!input.sameBasis) return { verdict: 'unclear', reason: r.otherBasis(input.basisReason) };
  const a = actual.value;
  const v = t.value;
  const u = t.unitLabel;
  if (t.direction !== 0 && actual.direction === -t.direction && a > 0) {
    return {
      verdict: 'not_met',
      reason: r.wrongWay(t.direction, actual.direction as 1 | -1),
    };
  }
  const approx = approxOf(actual.qualifiers);
  const said = r.said(actual.text ?? '', a, u, actual.sameUnit ?? true, approx);
  // 不超过5%: the result is a bound, not a figure. Only a ceiling within the target's ceiling is certain.
  const bound = actual.qualifiers.map(negatedComparator).find((c) => c !== null);
  if (bound) {
    const ceiling = t.comparator === '<=' || t.comparator === '<';
    const under = bound === '<=' || bound === '<';
    const what = ceiling ? r.ceiling(v, u, t.comparator === '<') : r.floor(v, u, t.comparator === '>');
    if (ceiling && under && (t.comparator === '<' ? a < v - EPS || (bound === '<' && a <= v + EPS) : a <= v + EPS))
      return { verdict: 'met', reason: r.within(what, said) };
    return { verdict: 'unclear', reason: r.boundOnly(what, said) };
  }
  // 近 may be a little below, 余/超 a little above; 约 is the best estimate and taken as written.
  const low = approx === 'less' ? a * (1 - APPROX) : a;
  const high = approx === 'more' ? a * (1 + APPROX) : a;
  const atLeast = (floor: number, strict: boolean, what: string): VerdictReading => {
    const pass = (x: number) => (strict ? x > floor + EPS : x >= floor - EPS);
    if (pass(low) || (strict && approx === 'more' && a >= floor - EPS))
      return { verdict: 'met', reason: r.met(what, said) };
    if (!pass(high)) return { verdict: 'not_met', reason: r.below(what, said) };
    return { verdict: 'unclear', reason: r.approxFloor(what, said) };
  };
  switch (t.comparator) {
    case '>=':
      return atLeast(v, false, r.floor(v, u, false));
    case '>':
      return atLeast(v, true, r.floor(v, u, true));
    case '~': {
      const floor = v - Math.abs(v) * TOLERANCE;
      return atLeast(floor, false, r.about(v, u, TOLERANCE, floor));
    }
    case '<=':
    case '<': {
      const strict = t.comparator === '<';
      const what = r.ceiling(v, u, strict);
      const pass = (x: number) => (strict ? x < v - EPS : x <= v + EPS);
      if (pass(high)) return { verdict: 'met', reason: r.within(what, said) };
      if (!pass(low)) return { verdict: 'not_met', reason: r.over(what, said) };
      return { verdict: 'unclear', reason: r.approxCeiling(what, said) };
    }
    case '=': {
      const half = 0.5 * 10 ** -t.decimals;
      const what = r.equal(v, u);
      if (approx === null && Math.abs(a - v) <= half + EPS) return { verdict: 'met', reason: r.equalMet(what, said) };
      if (high < v - half - EPS) return { verdict: 'not_met', reason: r.below(what, said) };
      return { verdict: 'unclear', reason: r.notEqual(what, said) };
    }
  }
}
