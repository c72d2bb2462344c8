import type { Indicator, IndicatorRegistry, Metric, Task } from '../../schema/index.ts';

/** One year's value of an indicator: the task and metric that state it. */
export interface IndicatorYear {
  year: number;
  /** 编号 of the task the metric belongs to. */
  task: number;
  /** Id of that task (“12”, sub-item “12.3”), for its link. */
  taskId: string;
  subject: string;
  target: { text: string; value: number; unit: string; comparator: Metric['target']['comparator'] };
  actual: { text: string; value: number; unit: string } | null;
  verdict: Metric['verdict'];
  basis: Metric['basis'];
}

/** An indicator followed across years; `years` holds only the years that state it, oldest first. */
export interface IndicatorSeries {
  id: string;
  name: string;
  unit: string;
  /** true: from content/indicators.yaml; false: a metric subject found in two or more years. */
  registered: boolean;
  years: IndicatorYear[];
}

const compact = (s: string): string => s.replace(/\s+/g, '');

function yearValue(t: Task, m: Metric): IndicatorYear {
  return {
    year: t.year,
    task: t.number,
    taskId: t.id,
    subject: m.subject,
    target: { text: m.target.text, value: m.target.value, unit: m.target.unit, comparator: m.target.comparator },
    actual: m.actual ? { text: m.actual.text, value: m.actual.value, unit: m.actual.unit } : null,
    verdict: m.verdict,
    basis: m.basis,
  };
}

/** The first metric of a year (in 编号 order) whose subject contains one of the indicator's subjects; its own unit preferred. */
function findIn(tasks: Task[], indicator: Indicator): IndicatorYear | undefined {
  const hits = tasks.flatMap((t) =>
    t.metrics
      .filter((m) => indicator.subjects.some((s) => compact(m.subject).includes(compact(s))))
      .map((m) => yearValue(t, m)),
  );
  return hits.find((h) => h.target.unit === indicator.unit) ?? hits[0];
}

/**
 * Every registered indicator (shown even when no year states it, so the page says so), then every
 * other metric subject stated in two or more years, most years first, then by subject.
 * `years` maps each year to its tasks; the result is the same for the same input.
 */
export function indicatorSeries(
  registry: IndicatorRegistry,
  years: { year: number; tasks: Task[] }[],
): IndicatorSeries[] {
  const ordered = [...years].sort((a, b) => a.year - b.year);
  const registered = registry.indicators.map((ind) => ({
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    registered: true,
    years: ordered.flatMap((y) => findIn(y.tasks, ind) ?? []),
  }));
  const claimed = (subject: string) =>
    registry.indicators.some((ind) => ind.subjects.some((s) => compact(subject).includes(compact(s))));
  const bySubject = new Map<string, Map<number, IndicatorYear>>();
  for (const y of ordered) {
    for (const t of y.tasks) {
      for (const m of t.metrics) {
        const key = compact(m.subject);
        if (claimed(key)) continue;
        const perYear = bySubject.get(key) ?? new Map<number, IndicatorYear>();
        if (!perYear.has(y.year)) perYear.set(y.year, yearValue(t, m));
        bySubject.set(key, perYear);
      }
    }
  }
  const recurring = [...bySubject]
    .filter(([, perYear]) => perYear.size >= 2)
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([subject, perYear], k) => {
      const values = [...perYear.values()];
      return {
        id: `recurring-${k + 1}`,
        name: subject,
        unit: values[0]!.target.unit,
        registered: false,
        years: values,
      };
    });
  return [...registered, ...recurring];
}
