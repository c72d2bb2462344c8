import type { Cell, Metric, Task, Taxonomy } from '../../schema/index.ts';
import { areaOf } from './area.ts';
import { bareResult } from './bare-result.ts';
import { buildMetric, quantityOf } from './metric.ts';
import { pair } from './pairing.ts';
import { extractQuantities } from './quantities.ts';
import { shortTitle } from './short-title.ts';
import { statusOf } from './status.ts';
import { targetMetrics } from './target-metrics.ts';

/** Everything the pipeline derives from one row's two cells. */
export interface Derived {
  shortTitle: string;
  area: Task['area'];
  status: Task['status'];
  metrics: Metric[];
  quantities: NonNullable<Task['quantities']>;
}

/**
 * Derive figures, area, status and a short title from a row. Pure: same cells, same result.
 * Spans index the verbatim text; subjects and titles are display text.
 */
export function derive(target: Cell, completion: Cell, taxonomy: Taxonomy): Derived {
  const found = extractQuantities(completion.verbatim);
  const quantities = { target: extractQuantities(target.verbatim).map(quantityOf), completion: found.map(quantityOf) };
  const targets = targetMetrics(target);
  const bare = bareResult(targets, completion.verbatim);
  const metrics = targets.map((t) => buildMetric(t, bare ?? pair(t, completion.verbatim, found), completion.verbatim));
  return {
    shortTitle: shortTitle(target.display),
    area: areaOf(target.display, completion.display, taxonomy),
    status: statusOf(metrics, completion.verbatim),
    metrics,
    quantities,
  };
}
