import type { Cell, Metric, Task, Taxonomy } from '../../schema/index.ts';

/** Everything the pipeline derives from one row's two cells. */
export interface Derived {
  shortTitle: string;
  area: Task['area'];
  status: Task['status'];
  metrics: Metric[];
}

/**
 * Derive figures, area, status and a short title from a row. Pure: same cells, same result.
 * STUB — the figures work (issue 3) replaces this body.
 */
export function derive(target: Cell, _completion: Cell, taxonomy: Taxonomy): Derived {
  return {
    shortTitle: target.display.split(/[,。;]/)[0] ?? target.display,
    area: { slug: taxonomy.fallback, evidence: [] },
    status: { value: 'unclear', reason: '尚未分析', evidence: [] },
    metrics: [],
  };
}
