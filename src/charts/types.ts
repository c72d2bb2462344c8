import type { Task } from '../schema/index.ts';

/** What the charts read of a task; a subset of the content model, so tests build tasks small. */
export type ChartTask = Pick<Task, 'year' | 'number' | 'shortTitle' | 'area' | 'status' | 'metrics'>;

/** A policy area as the charts show it, in display (taxonomy) order. */
export interface ChartArea {
  slug: string;
  name: string;
}
