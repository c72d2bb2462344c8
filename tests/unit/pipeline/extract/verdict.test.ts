import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../../src/schema/index.ts';
import { TOLERANCE, verdictOf } from '../../../../src/pipeline/extract/verdict.ts';

const judge = (
  comparator: Comparator,
  target: number,
  actual: number | null,
  o: { qualifiers?: string[]; decimals?: number; same?: boolean; dir?: [-1 | 0 | 1, -1 | 0 | 1] } = {},
) =>
  verdictOf({
    target: { value: target, comparator, decimals: o.decimals ?? 0, direction: o.dir?.[0] ?? 0, unitLabel: '' },
    actual: actual === null ? null : { value: actual, qualifiers: o.qualifiers ?? [], direction: o.dir?.[1] ?? 0 },
    sameBasis: o.same ?? true,
    basisReason: '口径不同',
  }).verdict;

describe('verdictOf: comparators', () => {
  it('>=: at or above is met, below is not', () => {
    expect(judge('>=', 60, 63)).toBe('met');
    expect(judge('>=', 60, 60)).toBe('met');
    expect(judge('>=', 60, 59)).toBe('not_met');
  });
  it('>: strictly above', () => {
    expect(judge('>', 70, 77)).toBe('met');
    expect(judge('>', 70, 70)).toBe('not_met');
  });
  it('<=: at or below is met', () => {
    expect(judge('<=', 3, 2.04)).toBe('met');
    expect(judge('<=', 3, 3.1)).toBe('not_met');
  });
  it(`~: above is met; below only within ${TOLERANCE * 100}% of the target (6%左右 is met from 5.7%)`, () => {
    expect(judge('~', 6, 7.5)).toBe('met');
    expect(judge('~', 6, 5.7)).toBe('met');
    expect(judge('~', 6, 5.69)).toBe('not_met');
    expect(judge('~', 6, 5.6)).toBe('not_met');
  });
  it('=: equal at the stated precision is met, below is not, above is unclear', () => {
    expect(judge('=', 94.3, 94.3, { decimals: 1 })).toBe('met');
    expect(judge('=', 94.3, 94.0, { decimals: 1 })).toBe('not_met');
    expect(judge('=', 94.3, 95, { decimals: 1 })).toBe('unclear');
  });
});

describe('verdictOf: doubt gives unclear', () => {
  it('no result, or a result of another basis', () => {
    expect(judge('>=', 10, null)).toBe('unclear');
    expect(judge('>=', 10, 20, { same: false })).toBe('unclear');
  });
  it('近 (nearly) at the line is unclear, far above is met', () => {
    expect(judge('>=', 500, 500, { qualifiers: ['近'] })).toBe('unclear');
    expect(judge('>=', 300, 500, { qualifiers: ['近'] })).toBe('met');
  });
  it('余 (more than) just below the line is unclear, at the line is met', () => {
    expect(judge('>=', 200, 200, { qualifiers: ['余'] })).toBe('met');
    expect(judge('>=', 210, 200, { qualifiers: ['余'] })).toBe('unclear');
    expect(judge('>=', 300, 200, { qualifiers: ['余'] })).toBe('not_met');
    expect(judge('<=', 210, 200, { qualifiers: ['余'] })).toBe('unclear');
  });
  it('a fall against a target of growth is not met', () => {
    expect(judge('>=', 3, 1.2, { dir: [-1, 1] })).toBe('not_met');
    expect(judge('>=', 3, 3.5, { dir: [-1, -1] })).toBe('met');
  });
});
