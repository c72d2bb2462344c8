import { Overrides, SourceError, type Report, type Task, type Taxonomy } from '../schema/index.ts';
import { applyMetricOverrides } from './extract/apply-overrides.ts';
import { statusOf } from './extract/status.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

const HINT = '每条更正写明 task(编号)、要改的内容和 reason(理由),格式见 README“更正流水线的判断”';

/** content/overrides/<year>.yaml, validated; no file means no overrides. */
export function readOverrides(text: string | undefined, file: string, year: number): YamlFile<Overrides> {
  if (text === undefined) return { data: { year, overrides: [] }, lineOf: () => undefined };
  const parsed = readYamlFile(text, file, Overrides, HINT);
  if (parsed.data.year !== year) {
    throw new SourceError(
      file,
      parsed.lineOf(['year']),
      `year 写的是 ${parsed.data.year},但这是 ${year} 年的更正文件`,
      `请把 year 改为 ${year},或把文件改名为 ${parsed.data.year}.yaml`,
    );
  }
  const seen = new Map<number, number>();
  parsed.data.overrides.forEach((entry, i) => {
    const line = parsed.lineOf(['overrides', i]);
    if (seen.has(entry.task))
      throw new SourceError(file, line, `编号 ${entry.task} 有两条更正`, '请把同一任务的更正合并为一条');
    seen.set(entry.task, i);
  });
  return parsed;
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
  // `task:` addresses a task without sub-items (sub-item overrides need the schema to take “12.3”).
  const byNumber = new Map(tasks.map((t) => [t.id, t]));
  const out = new Map(byNumber);
  overrides.data.overrides.forEach((entry, i) => {
    const line = overrides.lineOf(['overrides', i]);
    const task = byNumber.get(String(entry.task));
    if (!task)
      throw new SourceError(
        file,
        line,
        `更正的任务编号 ${entry.task} 不存在(本年共 ${tasks.length} 项)`,
        '请改正 task 编号,或删除这条更正',
      );
    const next: Task = { ...task };
    if (entry.area) {
      if (!taxonomy.areas.some((a) => a.slug === entry.area!.slug)) {
        throw new SourceError(
          file,
          overrides.lineOf(['overrides', i, 'area', 'slug']),
          `领域“${entry.area.slug}”不在 taxonomy.yaml 中`,
          `可用的领域:${taxonomy.areas.map((a) => a.slug).join('、')}`,
        );
      }
      next.area = { ...task.area, slug: entry.area.slug, override: entry.area.reason };
      counts.area++;
    }
    if (entry.status) {
      next.status = { ...task.status, value: entry.status.value, override: entry.status.reason };
      counts.status++;
    }
    if (entry.shortTitle) {
      // Every character on the site traces to the source: a title is a phrase of the target's display text.
      if (!task.target.display.includes(entry.shortTitle.value)) {
        throw new SourceError(
          file,
          overrides.lineOf(['overrides', i, 'shortTitle', 'value']),
          `任务 ${entry.task} 的短标题“${entry.shortTitle.value}”不是目标任务原文中的一段文字`,
          '短标题只能从目标任务原文中截取连续的一段,不能改写或添加字词',
        );
      }
      next.shortTitle = entry.shortTitle.value;
      counts.total++;
    }
    if (entry.metrics && entry.metrics.length > 0) {
      for (const m of entry.metrics) {
        if (m.index >= task.metrics.length) {
          throw new SourceError(
            file,
            overrides.lineOf(['overrides', i, 'metrics']),
            `任务 ${entry.task} 只有 ${task.metrics.length} 个指标,没有序号 ${m.index}`,
            'index 从 0 开始计数;请对照任务页的指标列表改正',
          );
        }
      }
      next.metrics = applyMetricOverrides(task.metrics, entry.metrics, task.completion.verbatim);
      // Corrected verdicts change the task's reading too, unless the editor also set the status.
      if (!entry.status) next.status = statusOf(next.metrics, task.completion.verbatim);
      counts.metrics += entry.metrics.length;
    }
    out.set(task.id, next);
  });
  counts.total += counts.area + counts.status + counts.metrics;
  return { tasks: tasks.map((t) => out.get(t.id)!), counts };
}
