import { z } from 'astro/zod';

/** Bumped when the shape of the open data changes, so archived copies stay readable. */
export const SCHEMA_VERSION = 1;

/** The 政务公开 metadata block as the government page publishes it. */
export const DisclosureMeta = z.object({
  /** 索引号 (optional: a CSV or another district's page may not carry it). */
  indexNumber: z.string().min(1).optional(),
  /** 主题分类 (optional). */
  topic: z.string().min(1).optional(),
  /** 成文日期, ISO date — required: from the source, or the sidecar's meta.written. */
  written: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '成文日期应为 YYYY-MM-DD'),
  /** 体裁分类 (optional). */
  genre: z.string().min(1).optional(),
  /** 发布机构 — required: from the source, or the sidecar's meta.publisher. */
  publisher: z.string().min(1),
  /** 公开方式 (optional). */
  disclosure: z.string().min(1).optional(),
});
export type DisclosureMeta = z.infer<typeof DisclosureMeta>;

/** One published version of a revised table (source.yaml `versions:`), oldest first. */
export const SourceVersion = z.object({
  /** Path relative to the content folder, e.g. sources/2024/….txt */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** The date the government published this version (from source.yaml), ISO date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type SourceVersion = z.infer<typeof SourceVersion>;

/** Where a raw source came from and how it was read. */
export const SourceInfo = z.object({
  /** Path of the raw file relative to the content folder, e.g. sources/2024/….txt */
  file: z.string().min(1),
  /** sha256 of the raw bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size of the raw file in bytes. */
  bytes: z.number().int().nonnegative(),
  /** Format the parser read: pipe text, saved HTML page, CSV or TSV, Excel workbook, Word document. */
  format: z.enum(['text', 'html', 'csv', 'tsv', 'xlsx', 'xls', 'docx']),
  /** Encoding the bytes were decoded from (text formats only: workbooks and documents carry their own). */
  encoding: z.enum(['utf-8', 'gb18030']).optional(),
  /** Which table of the file was read, for people (工作表“Sheet1”, 第 2 个表格), when the file holds several. */
  table: z.string().min(1).optional(),
  /** Page the source was taken from, when known (from the sidecar). */
  url: z.url().optional(),
  /** Date the source was taken, ISO date, when known (from the sidecar). */
  retrieved: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Every published version when the table was revised (source.yaml `versions:`), oldest first; the last is `file`. */
  versions: z.array(SourceVersion).min(2).optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

/** Kinds of report (GLOSSARY.md): a year-end 完成情况, or an in-year 进展情况 as of a date. */
export const reportKinds = ['final', 'progress'] as const;
export const ReportKind = z.enum(reportKinds);
export type ReportKind = z.infer<typeof ReportKind>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Status counts of one report of the year, for the overview's table of snapshots (issue 13). */
export const Snapshot = z.object({
  /** The report's slug: its folder name under sources/<year>/, or `final`/the root report's own. */
  slug: z.string().min(1),
  title: z.string().min(1),
  kind: ReportKind,
  /** As-of date (YYYY-MM-DD); a final report without a stated date has none. */
  asOf: isoDate.optional(),
  /** Whether this is the report the year's headline comes from. */
  headline: z.boolean(),
  taskCount: z.number().int().nonnegative(),
  counts: z.object({
    completed: z.number().int().nonnegative(),
    in_progress: z.number().int().nonnegative(),
    not_met: z.number().int().nonnegative(),
    unclear: z.number().int().nonnegative(),
  }),
  /** Rows linked to a task of the headline report (progress reports only). */
  linked: z.number().int().nonnegative().optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** One cell of a task that differs between two versions: display text before and after (absent: no such cell). */
export const CellChange = z.object({
  /** The column's header (目标任务, 完成情况, or as published). */
  column: z.string().min(1),
  before: z.string().optional(),
  after: z.string().optional(),
});
export type CellChange = z.infer<typeof CellChange>;

/** What changed in one task (by id) between two versions. */
export const TaskChange = z.object({
  id: z.string().min(1),
  kind: z.enum(['added', 'removed', 'changed']),
  /** Added: every cell (after only); removed: every cell (before only); changed: the cells that differ. */
  cells: z.array(CellChange),
});
export type TaskChange = z.infer<typeof TaskChange>;

/** The changes from one version to the next (indexes into source.versions). */
export const Revision = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
  changes: z.array(TaskChange),
});
export type Revision = z.infer<typeof Revision>;

/** One year's report: metadata, provenance and counts. */
export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The year reported on, read from the title (2024年政府工作报告… → 2024). */
  year: z.number().int().min(1949).max(2200),
  /** The title as published. */
  title: z.string().min(1),
  /** The region the publisher governs (e.g. 宁波市镇海区), from the sidecar, when known. */
  region: z.string().min(1).optional(),
  meta: DisclosureMeta,
  source: SourceInfo,
  /** Number of tasks (rows). */
  taskCount: z.number().int().positive(),
  /** Width of 编号 for zero-padded file names. */
  numberWidth: z.number().int().positive(),
  /** How many editorial overrides were applied, with their count per kind. */
  overrides: z.object({
    total: z.number().int().nonnegative(),
    area: z.number().int().nonnegative(),
    status: z.number().int().nonnegative(),
    metrics: z.number().int().nonnegative(),
  }),
  /** Warnings the pipeline raised while reading this source (in Chinese, for editors). */
  warnings: z.array(z.string()).default([]),
  /** Final (年度完成情况) or progress (进展情况); from the title or source.yaml `kind:` (issue 13). Absent: final. */
  kind: ReportKind.optional(),
  /** As-of date of the figures (截至6月底 → YYYY-06-30), from the title or source.yaml `asOf:`. */
  asOf: isoDate.optional(),
  /** The report's slug: `final` for the folder's own files unless it is a progress report; a subfolder's name. */
  slug: z.string().min(1).optional(),
  /** Every report of the year with its status counts, in date order, when the year has more than one. */
  snapshots: z.array(Snapshot).optional(),

  /** When the table was revised: what changed from each version to the next, task by task. */
  revisions: z.array(Revision).optional(),
});
export type Report = z.infer<typeof Report>;
