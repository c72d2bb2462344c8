import type { Metric, Task } from '../../../../src/schema/index.ts';

/** A task as the pipeline writes it, small: only what a test sets differs from the defaults. */
export function task(year: number, number: number, target: string, extra: Partial<Task> = {}): Task {
  const cell = (s: string) => ({ verbatim: s, display: s });
  return {
    year,
    number,
    id: String(number),
    sourceLine: number + 5,
    columns: [],
    corrections: [],
    shortTitle: target.slice(0, 10),
    target: cell(target),
    completion: cell('已完成'),
    area: { slug: 'qita', evidence: [] },
    status: { value: 'completed', reason: '测试', evidence: [] },
    metrics: [],
    ...extra,
  };
}

/** A paired metric: `subject` with a target and an optional reported value. */
export function metric(
  subject: string,
  target: [number, string, Metric['target']['comparator']],
  actual: number | null,
  verdict: Metric['verdict'] = 'met',
): Metric {
  const [value, unit, comparator] = target;
  const q = (v: number) => ({
    text: `${v}${unit}`,
    start: 0,
    end: `${v}${unit}`.length,
    value: v,
    unit,
    qualifiers: [],
    basisWords: [],
  });
  return {
    subject,
    target: { ...q(value), comparator },
    actual: actual === null ? null : { ...q(actual), parts: [] },
    basis: actual === null ? 'none' : 'same',
    verdict,
    reason: '测试',
  };
}
