import type { Cell, Comparator } from '../../schema/index.ts';
import { hasBoundary } from './clauses.ts';
import { comparatorOf } from './comparator.ts';
import { displaySlice } from './display-spans.ts';
import { extractQuantities, type Found } from './quantities.ts';
import { targetStage, type StageReading } from './stage.ts';
import { subjectRange } from './subject.ts';
import { CHANGE_SUBJECT_TAILS, FALL_WORDS, RISE_WORDS } from './lexicon.ts';
import { subjectNames } from './reasons.ts';

/** One quantified clause of a target: the figure, what it counts and how a result is compared. */
export interface TargetMetric {
  q: Found;
  /** What is counted, as the page shows it (display text). */
  subject: string;
  /** The subject as written in the verbatim text, for matching against the completion. */
  core: string;
  comparator: Comparator;
  /** The word that decided the comparator ('' for a bare figure). */
  comparatorWord: string;
  /** The stage the target asks for (its verb's: 开工建设 → 开工; else the last stage). */
  stage: StageReading;
}

/**
 * Every target figure that is a target: figures that only qualify the thing counted
 * (5000万元以上楼宇2座 — the money describes the building) are attributes, not targets.
 */
export function targetMetrics(cell: Cell): TargetMetric[] {
  const text = cell.verbatim;
  const all = extractQuantities(text);
  const out: TargetMetric[] = [];
  let from = 0;
  let lastSentence = -1;
  all.forEach((q, i) => {
    if (q.clause > from) from = q.clause;
    const next = all[i + 1];
    if (next && isAttribute(text, q, next)) return; // the next figure's subject starts at this one
    const range = subjectRange(text, q, from);
    from = q.end;
    let core = range ? text.slice(range.start, range.end) : '';
    let subject = range ? displaySlice(cell, range.start, range.end) : '';
    const previous = out[out.length - 1];
    if (!range && previous && q.sentence === lastSentence) {
      // 有效发明专利拥有量达到5900件,同比增长9%: the growth is of the same thing.
      core = previous.core;
      subject = previous.subject;
    }
    if (subject === '') subject = core = q.unit === '%' ? subjectNames.share : subjectNames.amount;
    if (q.direction !== 0 && !CHANGE_SUBJECT_TAILS.some((w) => subject.endsWith(w)))
      subject += q.direction > 0 ? RISE_WORDS[0] : FALL_WORDS[0];
    const { comparator, word } = comparatorOf(text, q, range && range.end <= q.numStart ? range.start : q.numStart);
    out.push({ q, subject, core, comparator, comparatorWord: word, stage: targetStage(word) });
    lastSentence = q.sentence;
  });
  return out;
}

/** A figure followed, with no punctuation between, by a short noun and another figure. */
function isAttribute(text: string, q: Found, next: Found): boolean {
  const gap = text.slice(q.end, next.start);
  return (
    gap.length > 0 &&
    gap.length <= 12 &&
    !hasBoundary(text, q.end, next.start) &&
    !gap.includes('、') &&
    q.unit !== next.unit
  );
}
