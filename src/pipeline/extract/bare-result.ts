import type { Candidate } from './candidates.ts';
import { decimalsOf, parseNumber } from './numbers.ts';
import type { Pairing } from './pairing.ts';
import type { Found } from './quantities.ts';
import { pairingReasons } from './reasons.ts';
import type { TargetMetric } from './target-metrics.ts';

/** A completion cell that is only a number (2150, 1,234, 3.5): the government wrote the figure alone. */
const BARE = /^\s*([0-9０-９]+(?:,[0-9]{3})*(?:\.[0-9０-９]+)?)\s*$/;

/**
 * Issue 12 point 3: a completion cell that is only a number takes the unit of the target's one
 * figure (新增2000张托位, 完成情况 2150 → 2150张), and the reason says so. With several target
 * figures, or a target that is a change (增长6%), the number is not read: which figure it answers
 * would be a guess.
 */
export function bareResult(targets: readonly TargetMetric[], completion: string): Pairing | null {
  const m = BARE.exec(completion);
  const t = targets[0];
  if (!m || targets.length !== 1 || !t || t.q.direction !== 0) return null;
  const token = m[1]!;
  const value = parseNumber(token);
  if (value === null) return null;
  const start = completion.indexOf(token);
  const q: Found = {
    text: token,
    start,
    end: start + token.length,
    value,
    unit: t.q.unit,
    qualifiers: [],
    basisWords: [],
    numStart: start,
    decimals: decimalsOf(token),
    direction: 0,
    clause: 0,
    sentence: 0,
    stage: null,
  };
  const candidate: Candidate = {
    q,
    score: 1,
    part: -1,
    basis: { basis: 'same', word: '', reason: pairingReasons.bareBasis },
    context: '',
  };
  return { parts: [candidate], reason: pairingReasons.bare(token, t.q.unit) };
}
