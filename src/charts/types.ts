import type { Task } from '../schema/index.ts';

/** What the charts read of a task; a subset of the content model, so tests build tasks small. */
export type ChartTask = Pick<Task, 'year' | 'number' | 'shortTitle' | 'area' | 'status' | 'metrics'> &
  Partial<Pick<Task, 'id' | 'sub'>>;

/** A task's identity in charts: its id (“12”, sub-item “12.3”), or its 编号 when a test leaves id out. */
export function taskKey(task: Pick<ChartTask, 'number' | 'id'>): string {
  return task.id ?? String(task.number);
}

/** A policy area as the charts show it, in display (taxonomy) order. */
export interface ChartArea {
  slug: string;
  name: string;
}
