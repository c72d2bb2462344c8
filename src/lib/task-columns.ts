import type { ColumnCell, Task } from '../schema/index.ts';

/** Where each extra column of a row goes on its task page, by role, in source order within a place. */
export interface ColumnsByPlace {
  responsible: ColumnCell[];
  plan: ColumnCell[];
  notes: ColumnCell[];
  nextSteps: ColumnCell[];
  /** Columns no place takes (role other, and a status/progress column that is not the official one): 其他信息. */
  other: ColumnCell[];
}

/**
 * Sorts a row's columns into the places of its task page. The official status and progress columns
 * are shown by their own block and the group cell above the texts, so they are not repeated; any
 * column no place takes falls to 其他信息, so no published column is ever dropped from the page.
 */
export function columnsByPlace(task: Pick<Task, 'columns' | 'official' | 'group'>): ColumnsByPlace {
  const places: ColumnsByPlace = { responsible: [], plan: [], notes: [], nextSteps: [], other: [] };
  const shownElsewhere = new Set(
    [task.official?.status?.header, task.official?.progress?.header, task.group?.header].filter(
      (h): h is string => h !== undefined,
    ),
  );
  for (const c of task.columns) {
    if (shownElsewhere.has(c.header) && (c.role === 'status' || c.role === 'progress' || c.role === 'group')) continue;
    if (c.role === 'responsible' || c.role === 'plan' || c.role === 'notes' || c.role === 'nextSteps')
      places[c.role].push(c);
    else places.other.push(c);
  }
  return places;
}
