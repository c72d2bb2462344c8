import {
  Errors,
  Overrides,
  SourceError,
  TASK_ID,
  problemOf,
  sourceError,
  type Report,
  type Task,
  type Taxonomy,
} from '../schema/index.ts';
import { applyMetricOverrides, MetricOverrideError, metricPosition } from './extract/apply-overrides.ts';
import { statusOf } from './extract/status.ts';
import { readYamlFile, YamlProblems, type YamlFile, type YamlProblem } from './yaml-file.ts';

const HINT = '每条更正写明 task（编号）、要改的内容和 reason（理由），格式见 README“更正程序的判断”';

/** “第 2 条 override（编号 26）”, “第 2 条 override（编号 26）的第 1 条指标更正（metric 1）”. */
export function overrideEntry(path: (string | number)[], data: unknown): string | undefined {
  if (path[0] !== 'overrides' || typeof path[1] !== 'number') return undefined;
  const entries = (data as { overrides?: unknown })?.overrides;
  const entry = Array.isArray(entries) ? (entries[path[1]] as Record<string, unknown> | undefined) : undefined;
  const id = typeof entry?.task === 'number' || typeof entry?.task === 'string' ? String(entry.task).trim() : '';
  const task = TASK_ID.test(id) ? `，编号 ${id}` : '';
  const name = `第 ${path[1] + 1} 条 override（${task ? task.slice(1) : '未写编号'}）`;
  if (path.length === 2) return name;
  if (path[2] === 'metrics' && typeof path[3] === 'number' && path.length === 4) {
    const m = Array.isArray(entry?.metrics) ? (entry.metrics[path[3]] as Record<string, unknown>) : undefined;
    const which = typeof m?.metric === 'number' ? `（metric ${m.metric}）` : '';
    return `${name}的第 ${path[3] + 1} 条指标更正${which}`;
  }
  return undefined;
}

/** An overrides file with the reminders it gives (e.g. the older `index:`). */
export type OverridesFile = YamlFile<Overrides> & { warnings: string[] };

/** content/overrides/<year>.yaml, validated; no file means no overrides. */
export function readOverrides(text: string | undefined, file: string, year: number): OverridesFile {
  if (text === undefined) return { data: { year, overrides: [] }, lineOf: () => undefined, warnings: [] };
  const parsed = readYamlFile(text, file, Overrides, HINT, { entry: overrideEntry });
  const warnings: string[] = [];
  parsed.data.overrides.forEach((entry, i) => {
    entry.metrics?.forEach((m, j) => {
      if (m.index === undefined) return;
      warnings.push(
        `${file}:${parsed.lineOf(['overrides', i, 'metrics', j, 'index'])} 编号 ${entry.task} 用的是旧写法 index: ${m.index}（从 0 数起）；请改为 metric: ${m.index + 1}（网站上显示的指标序号，从 1 数起），两者指的是同一个指标`,
      );
    });
  });
  if (parsed.data.year !== year) {
    throw sourceError(Errors.OverridesYear, file, parsed.lineOf(['year']), { written: parsed.data.year, year });
  }
  const seen = new Map<string, number>();
  parsed.data.overrides.forEach((entry, i) => {
    const line = parsed.lineOf(['overrides', i]);
    if (seen.has(entry.task)) throw sourceError(Errors.OverrideDuplicate, file, line, { task: entry.task });
    seen.set(entry.task, i);
  });
  return { ...parsed, warnings };
}

/**
 * Apply an editor's corrections to the derived tasks. Every change keeps the editor's reason
 * (`override`), so the site can say the value was corrected and why. Returns the counts for
 * report.overrides.
 */
export function applyOverrides(
  tasks: Task[],
  overrides: YamlFile<Overrides>,
  file: string,
  taxonomy: Taxonomy,
): { tasks: Task[]; counts: Report['overrides'] } {
  const counts = { total: 0, area: 0, status: 0, metrics: 0 };
  // Keyed by id (“12”, or “12.3” for a sub-item) so sub-items sharing a 编号 stay distinct; an entry's
  // `task:` is such an id.
  const byNumber = new Map(tasks.map((t) => [t.id, t]));
  const out = new Map(byNumber);
  // Every entry is checked; all problems of the file are reported together.
  const problems: YamlProblem[] = [];
  overrides.data.overrides.forEach((entry, i) => {
    try {
      applyEntry(entry, i);
    } catch (error) {
      if (error instanceof SourceError)
        problems.push({ line: error.line, problem: error.problem, fix: error.fix, code: error.code });
      else if (error instanceof MetricOverrideError) {
        const j = entry.metrics!.findIndex((m) => metricPosition(m) === error.metric);
        problems.push(
          problemOf(error.entry, overrides.lineOf(['overrides', i, 'metrics', j]), {
            index: i + 1,
            task: entry.task,
            metric: error.metric + 1,
            text: error.text,
          }),
        );
      } else throw error;
    }
  });
  if (problems.length > 0) throw new YamlProblems(file, problems);
  counts.total += counts.area + counts.status + counts.metrics;
  return { tasks: tasks.map((t) => out.get(t.id)!), counts };

  function applyEntry(entry: Overrides['overrides'][number], i: number): void {
    const line = overrides.lineOf(['overrides', i]);
    const task = byNumber.get(entry.task);
    if (!task) {
      // 编号 12 split into sub-items 12.1, 12.2…: name them, since `task: 12` alone addresses none.
      const subs = tasks.filter((t) => t.sub !== undefined && String(t.number) === entry.task).map((t) => t.id);
      if (subs.length > 0)
        throw sourceError(Errors.OverrideSubItems, file, line, { index: i + 1, task: entry.task, subs });
      throw sourceError(Errors.OverrideNoTask, file, line, { index: i + 1, task: entry.task, count: tasks.length });
    }
    const next: Task = { ...task };
    if (entry.area) {
      if (!taxonomy.areas.some((a) => a.slug === entry.area!.slug)) {
        throw sourceError(Errors.OverrideArea, file, overrides.lineOf(['overrides', i, 'area', 'slug']), {
          index: i + 1,
          task: entry.task,
          slug: entry.area.slug,
          areas: taxonomy.areas.map((a) => a.slug),
        });
      }
      next.area = { ...task.area, slug: entry.area.slug, override: entry.area.reason };
      counts.area++;
    }
    if (entry.status) {
      // The editor's reason becomes the basis; the program's reading is kept as superseded, not hidden.
      next.status = {
        ...task.status,
        value: entry.status.value,
        reason: entry.status.reason,
        override: entry.status.reason,
        original: { value: task.status.value, reason: task.status.reason },
      };
      counts.status++;
    }
    if (entry.shortTitle) {
      // Every character on the site traces to the source: a title is a phrase of the target's display text.
      if (!task.target.display.includes(entry.shortTitle.value)) {
        throw sourceError(Errors.OverrideShortTitle, file, overrides.lineOf(['overrides', i, 'shortTitle', 'value']), {
          index: i + 1,
          task: entry.task,
          value: entry.shortTitle.value,
        });
      }
      next.shortTitle = entry.shortTitle.value;
      counts.total++;
    }
    if (entry.metrics && entry.metrics.length > 0) {
      entry.metrics.forEach((m, j) => {
        const at = metricPosition(m);
        if (at >= task.metrics.length) {
          const key = m.metric !== undefined ? 'metric' : 'index';
          throw sourceError(Errors.OverrideMetric, file, overrides.lineOf(['overrides', i, 'metrics', j, key]), {
            index: i + 1,
            task: entry.task,
            count: task.metrics.length,
            at: at + 1,
          });
        }
      });
      next.metrics = applyMetricOverrides(task.metrics, entry.metrics, task.completion.verbatim);
      // Corrected verdicts change the task's reading too, unless the editor also set the status.
      if (!entry.status) next.status = statusOf(next.metrics, task.completion.verbatim);
      counts.metrics += entry.metrics.length;
    }
    out.set(task.id, next);
  }
}
