import { describe, expect, it } from 'vitest';
import { loadPart } from '../../../scripts/accuracy/corpus.ts';
import published from '../../../src/pipeline/extract/accuracy.json' with { type: 'json' };
import { formatScore, published as summary, rate, scoreRows } from '../../../scripts/accuracy/score.ts';
import { deriveRow } from '../pipeline/extract/fixture-rows.ts';

// The evaluation corpus (tests/fixtures/extract/corpus, PROVENANCE.md there): development rows the
// rules may be written against, and held-out rows they never are. `npm run accuracy` prints the same.
describe('accuracy on the development part', () => {
  const s = scoreRows(loadPart('development'), deriveRow);
  it('prints the table', () => {
    console.log(formatScore('development', s, false));
    expect(s.rows).toBeGreaterThanOrEqual(100);
  });
  it('never reads met or completed where the annotation says otherwise', () => {
    expect(s.falseMet).toEqual([]);
    expect(s.falseCompleted).toEqual([]);
  });
  it('stays above the regression floors', () => {
    expect(rate(s.targetRecall)).toBeGreaterThanOrEqual(0.95);
    expect(rate(s.targetPrecision)).toBeGreaterThanOrEqual(0.9);
    expect(rate(s.pairing)).toBeGreaterThanOrEqual(0.8);
    expect(rate(s.verdicts)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('accuracy on the held-out part', () => {
  const s = scoreRows(loadPart('heldout'), deriveRow);
  it('prints the table (never tuned on)', () => {
    console.log(formatScore('heldout', s, false));
    expect(s.rows).toBeGreaterThanOrEqual(40);
  });
  it('reads no target met and no task completed that a careful reader would not (issue 14 must-show)', () => {
    expect(s.falseMet).toEqual([]);
    expect(s.falseCompleted).toEqual([]);
  });
  it('is what the methodology page publishes (else run: npm run accuracy -- --write)', () => {
    expect(published.heldout).toEqual(summary(s));
    expect(published.development).toEqual(summary(scoreRows(loadPart('development'), deriveRow)));
  });
});

describe('scoreRows', () => {
  const row = {
    id: 'r',
    target: '新增床位10张。',
    completion: '新增床位12张。',
    status: 'in_progress' as const,
    metrics: [{ target: '10张', comparator: '>=', actual: '12张', verdict: 'unclear' as const }],
  };
  it('counts a met reading of a metric annotated otherwise as a false «达到目标», and a completed status too', () => {
    const s = scoreRows([row], deriveRow);
    expect(s.falseMet).toEqual(['r: 10张']);
    expect(s.falseCompleted).toEqual(['r']);
    expect(s.pairing).toEqual([1, 1]);
    expect(s.verdicts).toEqual([0, 1]);
  });
  it('counts a target it did not find against recall, and one not annotated against precision', () => {
    const s = scoreRows([{ ...row, metrics: [{ ...row.metrics[0]!, target: '11张' }] }], deriveRow);
    expect(s.targetRecall).toEqual([0, 1]);
    expect(s.targetPrecision).toEqual([0, 1]);
  });
});
