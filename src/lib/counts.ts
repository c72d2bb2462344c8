import { verdicts, type Status, type Task, type Taxonomy, type Verdict } from '../schema/index.ts';
import { shownStatuses } from './status.ts';

/** Pure tallies over a year's tasks; pages show them, so every count is computed the same way. */

export interface Tally<K> {
  key: K;
  count: number;
}

/**
 * Tasks per status, every status listed (zeros included) in the schema's order; for an in-year
 * report (`inYear`), without «未达目标», which such a report never judges (shownStatuses).
 */
export function countByStatus(tasks: readonly Task[], inYear = false): Tally<Status>[] {
  return shownStatuses(inYear).map((key) => ({ key, count: tasks.filter((t) => t.status.value === key).length }));
}

/** Tasks per area, in the taxonomy's order, areas without tasks left out. */
export function countByArea(tasks: readonly Task[], taxonomy: Taxonomy): Tally<string>[] {
  return taxonomy.areas
    .map((a) => ({ key: a.slug, count: tasks.filter((t) => t.area.slug === a.slug).length }))
    .filter((a) => a.count > 0);
}

/** Target metrics per verdict (met / not met / unclear) across all tasks. */
export function countByVerdict(tasks: readonly Task[], inYear = false): Tally<Verdict>[] {
  const all = tasks.flatMap((t) => t.metrics);
  // An in-year report never judges «未达目标» (issue 13): no such category, not even a 0.
  return verdicts
    .filter((v) => !inYear || v !== 'not_met')
    .map((key) => ({ key, count: all.filter((m) => m.verdict === key).length }));
}

/** How many tasks state at least one quantified target. */
export function countQuantified(tasks: readonly Task[]): number {
  return tasks.filter((t) => t.metrics.length > 0).length;
}

/**
 * What a year's rows are: numbered tasks (distinct 编号), how many of them are split into
 * sub-items and how many sub-items there are, and rows (a task of one row counts once, a split
 * task once per sub-item). Statuses, areas and metrics are counted per row; pages say so.
 */
export function countRows(tasks: readonly Pick<Task, 'number' | 'sub'>[]): {
  numbered: number;
  split: number;
  subItems: number;
  rows: number;
} {
  const numbers = new Set(tasks.map((t) => t.number));
  const subs = tasks.filter((t) => t.sub !== undefined);
  return {
    numbered: numbers.size,
    split: new Set(subs.map((t) => t.number)).size,
    subItems: subs.length,
    rows: tasks.length,
  };
}

/** The numbered tasks that are split into sub-items, each with its sub-items in order. */
export function splitTasks<T extends Pick<Task, 'number' | 'sub'>>(
  tasks: readonly T[],
): { number: number; subs: T[] }[] {
  const out = new Map<number, T[]>();
  for (const t of tasks) if (t.sub !== undefined) out.set(t.number, [...(out.get(t.number) ?? []), t]);
  return [...out].map(([number, subs]) => ({ number, subs }));
}
