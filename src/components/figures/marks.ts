import type { Task } from '../../schema/index.ts';
import { markSegments, type Mark, type Segment } from '../../pipeline/extract/display-spans.ts';
import { t } from '../../i18n/index.ts';

/**
 * The marked display text of a task's two cells: every target figure labelled 目标N, every result
 * figure (or part of a summed result) 结果N, and the completion's status cue words 状态依据 —
 * N being the metric's row in the figures table. Spans index the verbatim text; markSegments maps
 * them onto the display text. Quantities that belong to no metric are marked with an empty label.
 */
export function figureSegments(task: Pick<Task, 'target' | 'completion' | 'metrics' | 'status' | 'quantities'>): {
  target: Segment[];
  completion: Segment[];
} {
  const targetMarks: Mark[] = [];
  const completionMarks: Mark[] = [];
  task.metrics.forEach((m, i) => {
    const n = i + 1;
    targetMarks.push({ start: m.target.start, end: m.target.end, label: t('figures.markTarget', { n }) });
    if (!m.actual) return;
    const spans = m.actual.parts.length > 0 ? m.actual.parts : [m.actual];
    for (const s of spans) completionMarks.push({ start: s.start, end: s.end, label: t('figures.markActual', { n }) });
  });
  for (const s of task.status.evidence)
    completionMarks.push({ start: s.start, end: s.end, label: t('figures.markStatus') });
  // Every other stated quantity is marked too, without a label: it is a figure, but no metric's.
  const other = (marks: Mark[], all: { start: number; end: number }[]) => {
    for (const q of all)
      if (!marks.some((m) => m.start < q.end && q.start < m.end)) marks.push({ start: q.start, end: q.end, label: '' });
  };
  other(targetMarks, task.quantities?.target ?? []);
  other(completionMarks, task.quantities?.completion ?? []);
  return { target: markSegments(task.target, targetMarks), completion: markSegments(task.completion, completionMarks) };
}

/**
 * What a marked segment is, for its styling: a metric's figure (target or result), the status cue
 * words, or a figure that belongs to no metric. The labels themselves are not printed in the text
 * (issue 15 point 6): the metrics table says which figure is which.
 */
export function markKind(segment: Segment): 'metric' | 'status' | 'other' {
  if (segment.labels.length === 0) return 'other';
  return segment.labels.every((l) => l === t('figures.markStatus')) ? 'status' : 'metric';
}
