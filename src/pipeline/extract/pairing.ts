import { basisOf, isExcluded } from './basis.ts';
import {
  bracketOpen,
  comparable,
  contextOf,
  isIncreaseOf,
  looseCandidates,
  reportsOnOther,
  scoreOf,
  subjectParts,
  type Candidate,
} from './candidates.ts';
import { LEVEL_QUALIFIERS, PART_WORDS, TOTAL_WORDS } from './lexicon.ts';
import { pairingReasons } from './reasons.ts';
import type { Found } from './quantities.ts';
import { bigrams } from './subject.ts';
import type { TargetMetric } from './target-metrics.ts';
import { unitInfo } from './units.ts';

export { MIN_COVERAGE, MIN_COVERAGE_HEADLESS, MIN_COVERAGE_LOOSE } from './candidates.ts';

export interface Pairing {
  /** The result figure(s): one, or the parts of a total. Empty when nothing reports on the target. */
  parts: Candidate[];
  /** Why these parts (or none), in Chinese. */
  reason: string;
}

/**
 * Find the completion figure that reports on a target metric (issue 3 item 3). The best-named
 * comparable figure wins; ties go to the figure stated with the target's own verb, then to the
 * target's own unit, then to the first mentioned, which is how these tables state the headline figure. When further comparable figures of the same completed basis in the same
 * sentence name the same thing (A床位35张,B床位13张,C20张), the result is their sum — never adding
 * figures introduced as extra, pending or under way, or parts of a total (其中).
 */
export function pair(t: TargetMetric, completion: string, all: Found[]): Pairing {
  const candidates: Candidate[] = [];
  all.forEach((q, i) => {
    if (!comparable(t, q)) return;
    const context = contextOf(completion, all, i);
    if (reportsOnOther(t, completion, q, context)) return;
    const { score, part } = scoreOf(t, context);
    if (score > 0) candidates.push({ q, score, part, basis: basisOf(t.q.basisWords, q, t.stage), context });
  });
  if (candidates.length === 0) {
    const loose = looseCandidates(t, completion, all);
    if (loose.length === 0) return { parts: [], reason: pairingReasons.none(t.subject) };
    candidates.push(...loose);
  }
  const exact = (c: Candidate) => (c.q.unit === t.q.unit ? 0 : 1);
  // 新开工…1200套,基本建成800套: the result stated with the target's own verb reports on it.
  const verb = (c: Candidate) =>
    (t.comparatorWord.length >= 2 && completion.slice(c.q.clause, c.q.start).includes(t.comparatorWord)) ||
    isIncreaseOf(t, c.q)
      ? 0
      : 1;
  const ranked = [...candidates].sort(
    (a, b) => Math.round((b.score - a.score) * 20) || verb(a) - verb(b) || exact(a) - exact(b) || a.q.start - b.q.start,
  );
  const best = ranked[0]!;
  const parts = best.basis.basis === 'same' ? sumParts(t, best, candidates, completion, all) : [best];
  if (parts.length > 1) {
    return { parts, reason: pairingReasons.sum(parts.length, t.subject) };
  }
  const listed = subjectParts(t.core);
  if (best.part >= 0 && best.basis.basis === 'same') {
    const basis = {
      basis: 'different' as const,
      word: '',
      reason: pairingReasons.listedPart(listed[best.part]!),
    };
    return { parts: [{ ...best, basis }], reason: pairingReasons.names(best.q.text, listed[best.part]!) };
  }
  return { parts, reason: pairingReasons.names(best.q.text, t.subject) };
}

function sumParts(
  t: TargetMetric,
  best: Candidate,
  candidates: Candidate[],
  completion: string,
  all: Found[],
): Candidate[] {
  const base = unitInfo(best.q.unit)?.base;
  const eligible = (q: Found) =>
    q.sentence === best.q.sentence &&
    q.direction === best.q.direction &&
    unitInfo(q.unit)?.base === base &&
    !isExcluded(q) &&
    (q.stage?.index ?? -1) === (best.q.stage?.index ?? -1) && // parts at different stages are never summed
    // A level reached (托位数达到1010个) is a total, never a part of a sum.
    !q.qualifiers.some((w) => (LEVEL_QUALIFIERS as readonly string[]).includes(w)) &&
    bracketOpen(completion, q.start) < 0 &&
    !q.basisWords.some((w) => (PART_WORDS as readonly string[]).includes(w));
  if (!eligible(best.q) || best.q.basisWords.some((w) => (TOTAL_WORDS as readonly string[]).includes(w))) return [best];
  const parts = candidates.filter((c) => c.basis.basis === 'same' && eligible(c.q));
  // A figure right after a part, of the same unit, naming the same kind of place counts as a part too.
  const indexOf = (q: Found) => all.indexOf(q);
  for (let k = 0; k < parts.length; k++) {
    const i = indexOf(parts[k]!.q);
    const next = all[i + 1];
    if (!next || parts.some((p) => p.q === next) || !eligible(next) || next.unit !== parts[k]!.q.unit) continue;
    if (/[(（]/.test(completion.slice(parts[k]!.q.end, next.start))) continue; // a breakdown in brackets, not more of the same
    const context = contextOf(completion, all, i + 1);
    const shared = [...bigrams(context)].filter((b) => b.length === 2 && bigrams(parts[k]!.context).has(b)).length;
    const basis = basisOf(t.q.basisWords, next, t.stage);
    if (shared >= 3 && basis.basis === 'same') parts.push({ q: next, score: 0, part: -1, basis, context });
  }
  return parts.sort((a, b) => a.q.start - b.q.start);
}
