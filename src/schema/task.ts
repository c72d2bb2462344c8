import { z } from 'astro/zod';
import { Metric, Quantity, Span } from './metric.ts';

/** Task statuses: the pipeline's reading of the completion text, never the government's own label. */
export const statuses = ['completed', 'in_progress', 'not_met', 'unclear'] as const;
export const Status = z.enum(statuses);
export type Status = z.infer<typeof Status>;

/** A cell as published (verbatim) and as typeset for display (GB/T 15834 punctuation). */
export const Cell = z.object({
  /** Exactly the characters of the source cell, trimmed of the separator's spaces only. */
  verbatim: z.string().min(1),
  /** Verbatim text with only punctuation width, quote direction and whitespace changed. */
  display: z.string().min(1),
});
export type Cell = z.infer<typeof Cell>;

/** One numbered row of a completion table: a target and what was done. */
export const Task = z.object({
  /** The report year this task belongs to. */
  year: z.number().int().min(1949).max(2200),
  /** The row's 编号 (1..N). */
  number: z.number().int().positive(),
  /** 1-based line of the row in the source file (or row index for tabular sources). */
  sourceLine: z.number().int().positive(),
  /** A prefix or key phrase of the target's display text: no invented words. */
  shortTitle: z.string().min(1),
  /** 目标任务. */
  target: Cell,
  /** 完成情况. */
  completion: Cell,
  /** 责任单位 / 牵头单位, when the source has the column. */
  responsible: Cell.optional(),
  /** 下步举措 / 下一步计划, when the source has the column. */
  nextSteps: Cell.optional(),
  /** Primary policy area (a taxonomy slug) with the keywords that matched. */
  area: z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    /** Keywords of the taxonomy found in the text, strongest first. */
    evidence: z.array(z.string()),
    /** One sentence in Chinese: why this area (the pipeline's reading). */
    reason: z.string().optional(),
    override: z.string().optional(),
  }),
  /** Derived status with the reason and the completion text's own cue words. */
  status: z.object({
    value: Status,
    /** One sentence in Chinese: why this status. */
    reason: z.string().min(1),
    /** Cue spans of the completion text (已完成, 推进中…). */
    evidence: z.array(Span),
    override: z.string().optional(),
  }),
  /** Target metrics with their pairing and verdicts. */
  metrics: z.array(Metric),
  /** Every quantity stated in each cell (names like “141” or 3号线 excluded), metric or not. */
  quantities: z.object({ target: z.array(Quantity), completion: z.array(Quantity) }).optional(),
});
export type Task = z.infer<typeof Task>;
