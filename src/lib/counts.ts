import { statuses, verdicts, type Status, type Task, type Taxonomy, type Verdict } from '../schema/index.ts';

/** Pure tallies over a year's tasks; pages show them, so every count is computed the same way. */

export interface Tally<K> {
  key: K;
  count: number;
}

/** Tasks per status, every status listed (zeros included) in the schema's order. */
export function countByStatus(tasks: readonly Task[]): Tally<Status>[] {
  return statuses.map((key) => ({ key, count: tasks.filter((t) => t.status.value === key).length }));
}

/** Tasks per area, in the taxonomy's order, areas without tasks left out. */
export function countByArea(tasks: readonly Task[], taxonomy: Taxonomy): Tally<string>[] {
  return taxonomy.areas
    .map((a) => ({ key: a.slug, count: tasks.filter((t) => t.area.slug === a.slug).length }))
    .filter((a) => a.count > 0);
}

/** Target metrics per verdict (met / not met / unclear) across all tasks. */
export function countByVerdict(tasks: readonly Task[]): Tally<Verdict>[] {
  const all = tasks.flatMap((t) => t.metrics);
  return verdicts.map((key) => ({ key, count: all.filter((m) => m.verdict === key).length }));
}

/** How many tasks state at least one quantified target. */
export function countQuantified(tasks: readonly Task[]): number {
  return tasks.filter((t) => t.metrics.length > 0).length;
}
