import { z } from 'astro/zod';
import { Basis, Comparator, Verdict } from './metric.ts';
import { statuses, type Status } from './task.ts';

const reason = z.string().min(4, '每条更正都需要写明理由（reason），至少 4 个字');

/** The site's words for a status (已完成…), as editors write them; the English values of older files still read. */
export const STATUS_WORDS: Readonly<Record<string, Status>> = {
  已完成: 'completed',
  推进中: 'in_progress',
  未达目标: 'not_met',
  待核实: 'unclear',
};
const StatusValue = z
  .enum([...(Object.keys(STATUS_WORDS) as [string, ...string[]]), ...statuses])
  .transform((v): Status => STATUS_WORDS[v] ?? (v as Status));

/**
 * A correction of one metric, addressed by `metric`: its number on the site (the task page's
 * 量化指标 table, from 1). `index` (0-based) is the older way, still read with a reminder.
 */
export const MetricOverride = z
  .object({
    metric: z.number().int().positive().optional(),
    /** Deprecated: 0-based position; use `metric` (from 1). */
    index: z.number().int().nonnegative().optional(),
    /** Drop this metric: the number is not a target (e.g. a name the rules missed). */
    remove: z.literal(true).optional(),
    subject: z.string().min(1).optional(),
    comparator: Comparator.optional(),
    /** Exact verbatim text of the completion span that reports on the target; null: nothing is reported. */
    actual: z.string().min(1).nullable().optional(),
    /** Exact verbatim texts of completion figures to add up, when the result is reported in parts (instead of actual). */
    parts: z.array(z.string().min(1)).min(2).optional(),
    basis: Basis.optional(),
    verdict: Verdict.optional(),
    reason,
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.metric === undefined && m.index === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['metric'],
        message: '没有写是第几个指标：请写 metric（任务页“量化指标”表中的序号，从 1 起）',
      });
    if (m.metric !== undefined && m.index !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['index'],
        message: '同时写了 metric 和 index：请只保留 metric（从 1 起），删去 index',
      });
  });

/**
 * The task an override corrects: its 编号 (12), or a sub-item's id in quotes ("12.3"). Unquoted, YAML
 * reads 12.3 as a number and 12.10 as 12.1, so a decimal number is refused with the quoted form.
 */
/** A task id as written in an override: 12, or a sub-item's 12.3. */
export const TASK_ID = /^[1-9][0-9]*(\.[1-9][0-9]*)?$/;
const TaskKey = z
  .unknown()
  .superRefine((v, ctx) => {
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return;
    if (typeof v === 'string' && TASK_ID.test(v.trim())) return;
    ctx.addIssue({
      code: 'custom',
      message:
        typeof v === 'number' && v > 0
          ? `子项编号请加引号：task: "${v}"（不加引号时 12.10 会被读成 12.1）`
          : `写的是“${String(v)}”，应写任务编号，例如 task: 12；子项加引号，例如 task: "12.3"`,
    });
  })
  .transform((v) => String(v).trim());

/** One editor's correction of a task; every entry carries a reason. */
export const TaskOverride = z
  .object({
    /** 编号 of the task, or a sub-item's id in quotes ("12.3"); always read as the id (“12”, “12.3”). */
    task: TaskKey,
    area: z
      .object({ slug: z.string().regex(/^[a-z0-9-]+$/), reason })
      .strict()
      .optional(),
    status: z.object({ value: StatusValue, reason }).strict().optional(),
    shortTitle: z
      .object({ value: z.string().min(1), reason })
      .strict()
      .optional(),
    metrics: z.array(MetricOverride).optional(),
  })
  .strict();

/** content/overrides/<year>.yaml */
export const Overrides = z
  .object({
    year: z.number().int(),
    overrides: z.array(TaskOverride).default([]),
  })
  .strict();
export type Overrides = z.infer<typeof Overrides>;
export type TaskOverride = z.infer<typeof TaskOverride>;
