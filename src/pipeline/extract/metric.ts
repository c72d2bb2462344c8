import type { Metric } from '../../schema/index.ts';
import { decimalsOf } from './numbers.ts';
import type { Pairing } from './pairing.ts';
import { toQuantity, type Found } from './quantities.ts';
import type { TargetMetric } from './target-metrics.ts';
import { convert } from './units.ts';
import { verdictOf } from './verdict.ts';

const COMPARATOR_WORDS: Record<string, string> = {
  '>=': '不低于',
  '>': '超过',
  '<=': '不超过',
  '<': '低于',
  '~': '左右',
  '=': '等于',
};

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
    ? { basis: 'none' as const, reason: '完成情况未报告对应数字' }
    : pairing.parts.length > 1
      ? { basis: 'same' as const, reason: '各部分口径一致' }
      : first.basis;
  const v = judge(target, actual, basis.basis === 'same', first ? first.basis.reason : '');
  const how = t.comparatorWord
    ? `依据“${t.comparatorWord}”读作${COMPARATOR_WORDS[t.comparator]}`
    : `数字前后没有限定词，读作${COMPARATOR_WORDS[t.comparator]}`;
  // The verdict's reason already names a basis other than `same`.
  const parts = [
    `目标“${t.q.text}”${how}`,
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
