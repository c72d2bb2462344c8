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

/**
 * Roles a column of a published table can play (issue 12), read from its header words or named by an
 * editor in source.yaml `columns:`. `other` keeps a column no role knows, verbatim, as 其他信息.
 */
export const columnRoles = [
  'number',
  'group',
  'target',
  'result',
  'responsible',
  'plan',
  'progress',
  'status',
  'notes',
  'nextSteps',
  'other',
] as const;
export const ColumnRole = z.enum(columnRoles);
export type ColumnRole = z.infer<typeof ColumnRole>;

/** A cell of a column other than 编号, target and result, kept as published with its header. */
export const ColumnCell = z.object({
  /** The header as published; a two-level header joins its levels with “／” (工作进度／进度状态). */
  header: z.string().min(1),
  role: ColumnRole,
  cell: Cell,
});
export type ColumnCell = z.infer<typeof ColumnCell>;

/**
 * The government's own status word (进度状态, 完成状态) in our coarse terms, so a page can say where it
 * and the program's reading disagree. The word itself is always shown as published.
 */
export const officialStatusReadings = ['done', 'on_track', 'nearly', 'behind', 'not_started', 'unknown'] as const;
export const OfficialStatusReading = z.enum(officialStatusReadings);
export type OfficialStatusReading = z.infer<typeof OfficialStatusReading>;

/** What the government itself published about progress: shown as its words, never replaced. */
export const Official = z.object({
  /** 进度状态 / 完成状态 / 状态 as published, and its reading in coarse terms. */
  status: z.object({ header: z.string().min(1), cell: Cell, reading: OfficialStatusReading }).optional(),
  /** 形象进度(%) / 占全年计划 / 完成率 as published; `percent` when the text is a plain percentage. */
  progress: z
    .object({ header: z.string().min(1), cell: Cell, percent: z.number().nonnegative().nullable() })
    .optional(),
});
export type Official = z.infer<typeof Official>;

/** An editor's correction of a source cell (source.yaml `corrections:`): the raw file is never edited. */
export const CellCorrection = z.object({
  /** The column's header as published (编号, 完成情况…). */
  column: z.string().min(1),
  /** The cell as published; null when the cell was empty or missing. */
  original: z.string().nullable(),
  /** The editor's value, used in place of the original. */
  value: z.string().min(1),
  /** Why, in the editor's words. */
  reason: z.string().min(1),
});
export type CellCorrection = z.infer<typeof CellCorrection>;

/** A progress report's row linked to a task of the year's headline (final) report (issue 13). */
export const TaskLink = z.object({
  /** The linked task's id in the headline report; null when no task is close enough. */
  id: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .nullable(),
  /** Target similarity in [0, 1] (1 for the same text after normalization). */
  score: z.number().min(0).max(1),
  /** exact: the same target after normalization; similar: the closest above the threshold; none. */
  method: z.enum(['exact', 'similar', 'none']),
});
export type TaskLink = z.infer<typeof TaskLink>;

/** Pace of an in-year figure: reported ÷ the year's target (99 of 350 = 28%). */
export const Pace = z.object({
  subject: z.string().min(1),
  reported: z.number(),
  target: z.number(),
  unit: z.string(),
  percent: z.number().int().nonnegative(),
});
export type Pace = z.infer<typeof Pace>;

/**
 * One row of a completion table: a target and what was done. A row that shares its 编号 with others
 * (a number or group cell spanning rows) is a sub-item: same `number`, its own `sub` (1, 2, …).
 */
export const Task = z.object({
  /** The report year this task belongs to. */
  year: z.number().int().min(1949).max(2200),
  /** The row's 编号 (1..N); shared by the sub-items of one numbered task. */
  number: z.number().int().positive(),
  /** Sub-item index (1-based) when the 编号 spans several rows; absent for a task of one row. */
  sub: z.number().int().positive().optional(),
  /** Stable identifier: “12” for a task, “12.3” for its third sub-item (URL: tasks/12-3.html). */
  id: z.string().regex(/^\d+(\.\d+)?$/),
  /** 1-based line of the row in the source file (or row index for tabular sources). */
  sourceLine: z.number().int().positive(),
  /** Where the row stands in the source, for people: 第 12 行, 工作表“Sheet1”第 7 行, 第 2 个表格第 5 行. */
  position: z.string().min(1).optional(),
  /** The group cell (重点工作, 类别, 领域…) the row falls under, usually a cell spanning rows. */
  group: ColumnCell.optional(),
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
  /** Every other column of the row, in source order (also responsible and nextSteps): nothing dropped. */
  columns: z.array(ColumnCell).default([]),
  /** The government's own status and progress columns, when the table has them. */
  official: Official.optional(),
  /** Editors' corrections of this row's cells (source.yaml), shown on the page as 编辑更正. */
  corrections: z.array(CellCorrection).default([]),
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
    /** After an editor's status override: the program's own reading it supersedes (kept, shown as such). */
    original: z.object({ value: Status, reason: z.string().min(1) }).optional(),
  }),
  /** Target metrics with their pairing and verdicts. */
  metrics: z.array(Metric),
  /** Every quantity stated in each cell (names like “141” or 3号线 excluded), metric or not. */
  quantities: z.object({ target: z.array(Quantity), completion: z.array(Quantity) }).optional(),
  /** The report this row belongs to (its slug), when the year has several (issue 13). */
  report: z.string().min(1).optional(),
  /** Pace of each figure of an in-year report (reported ÷ target). */
  pace: z.array(Pace).optional(),
  /** When the in-year rules changed the program's reading: the reading they replaced. */
  inYear: z.object({ value: Status, reason: z.string().min(1) }).optional(),
  /** A progress report's row: the headline report's task it reports on. */
  link: TaskLink.optional(),
});
export type Task = z.infer<typeof Task>;
