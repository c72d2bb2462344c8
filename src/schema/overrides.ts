import { z } from 'astro/zod';
import { Basis, Comparator, Verdict } from './metric.ts';
import { Status } from './task.ts';

const reason = z.string().min(4, '每条更正都需要写明理由(reason),至少 4 个字');

/** A correction of one metric, addressed by its index in the task's metric list (0-based). */
export const MetricOverride = z
  .object({
    index: z.number().int().nonnegative(),
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
  .strict();

/** One editor's correction of a task; every entry carries a reason. */
export const TaskOverride = z
  .object({
    /** 编号 of the task. */
    task: z.number().int().positive(),
    area: z
      .object({ slug: z.string().regex(/^[a-z0-9-]+$/), reason })
      .strict()
      .optional(),
    status: z.object({ value: Status, reason }).strict().optional(),
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
