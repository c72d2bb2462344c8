import type { Metric } from '../../schema/index.ts';
import { decimalsOf } from './numbers.ts';
import type { Pairing } from './pairing.ts';
import { toQuantity, type Found } from './quantities.ts';
import type { TargetMetric } from './target-metrics.ts';
import { convert } from './units.ts';
import { FALL_WORDS, RISE_WORDS, SUFFIX_QUALIFIERS } from './lexicon.ts';
import { isPrefixQualifier } from './negation.ts';
import { comparatorReason, pairingReasons } from './reasons.ts';
import { TOLERANCE, verdictOf } from './verdict.ts';

/** What kind of word decided a comparator: a qualifier (以上), a change (增长), a verb (新增) or none. */
function kindOf(word: string): 'qualifier' | 'verb' | 'change' | 'none' {
  if (word === '') return 'none';
  if (isPrefixQualifier(word) || (SUFFIX_QUALIFIERS as readonly string[]).includes(word)) return 'qualifier';
  if ([...RISE_WORDS, ...FALL_WORDS].includes(word as never)) return 'change';
  return 'verb';
}

const directionOf = (q: { change?: 'rise' | 'fall' }): -1 | 0 | 1 =>
  q.change === 'rise' ? 1 : q.change === 'fall' ? -1 : 0;

/** A Found as the schema's quantity, with its change direction. */
export function quantityOf(q: Found): Metric['target'] extends infer T ? Omit<T & object, 'comparator'> : never {
  const base = toQuantity(q);
  return q.direction === 0 ? base : { ...base, change: q.direction > 0 ? 'rise' : 'fall' };
}

/** The result of a metric from its parts: one figure, or the sum of parts in the first part's unit. */
export function actualOf(parts: Found[], completion: string): Metric['actual'] {
  if (parts.length === 0) return null;
  const first = parts[0]!;
  if (parts.length === 1) return { ...quantityOf(first), parts: [] };
  const last = parts[parts.length - 1]!;
  const value = parts.reduce((sum, p) => sum + convert(p.value, p.unit, first.unit), 0);
  return {
    ...quantityOf(first),
    text: completion.slice(first.start, last.end),
    end: last.end,
    value: Math.round(value * 1e6) / 1e6,
    qualifiers: [...new Set(parts.flatMap((p) => p.qualifiers))],
    parts: parts.map((p) => ({ text: p.text, start: p.start, end: p.end })),
  };
}

/** Judge a metric's target against its actual with the verdict rules; used by derive and by overrides. */
export function judge(target: Metric['target'], actual: Metric['actual'], sameBasis: boolean, basisReason: string) {
  return verdictOf({
    target: {
      value: target.value,
      comparator: target.comparator,
      decimals: decimalsOf(target.text.replace(/[^0-9.]/g, '')),
      direction: directionOf(target),
      unitLabel: target.unit,
    },
    actual: actual
      ? {
          value: convert(actual.value, actual.unit, target.unit),
          qualifiers: actual.qualifiers,
          direction: directionOf(actual),
          text: actual.text,
          sameUnit: convert(1, actual.unit, target.unit) === 1,
        }
      : null,
    sameBasis,
    basisReason,
  });
}

/** Assemble one metric: target, paired result, basis, verdict and the Chinese reason behind each. */
export function buildMetric(t: TargetMetric, pairing: Pairing, completion: string): Metric {
  const target = { ...quantityOf(t.q), comparator: t.comparator };
  const actual = actualOf(
    pairing.parts.map((p) => p.q),
    completion,
  );
  const first = pairing.parts[0];
  const basis = !first
    ? { basis: 'none' as const, reason: pairingReasons.noResult }
    : pairing.parts.length > 1
      ? { basis: 'same' as const, reason: pairingReasons.partsSame }
      : first.basis;
  const v = judge(target, actual, basis.basis === 'same', first ? first.basis.reason : '');
  // The verdict's reason already names a basis other than `same`.
  const parts = [
    comparatorReason(t.q.text, t.comparator, t.comparatorWord, kindOf(t.comparatorWord), TOLERANCE),
    pairing.reason,
    ...(basis.basis === 'same' ? [basis.reason] : []),
    v.reason,
  ];
  return {
    subject: t.subject,
    target,
    actual,
    basis: basis.basis,
    verdict: v.verdict,
    reason: parts.filter((p) => p !== '').join('；'),
  };
}
