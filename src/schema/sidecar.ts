import { z } from 'astro/zod';
import { DisclosureMeta } from './report.ts';
import { ColumnRole } from './task.ts';

/** One correction of a source cell, beside the source (the raw file stays byte for byte). */
export const SidecarCorrection = z
  .object({
    /** The line (text, CSV, HTML) or sheet row (Excel) or table row (Word) that the error message names. */
    row: z.number().int().positive(),
    /** The column's header as published (编号, 完成情况…). */
    column: z.string().min(1),
    /** The value to use instead of the cell's. */
    value: z.string().min(1),
    /** Why: shown on the page beside the corrected cell. */
    reason: z.string().min(4),
  })
  .strict();
export type SidecarCorrection = z.infer<typeof SidecarCorrection>;

/**
 * content/sources/<year>/source.yaml — optional provenance for a raw source.
 * Supplies what the raw format does not carry; a field present in both must agree.
 */
export const Sidecar = z
  .object({
    /** Page the source was taken from. */
    url: z.url('应为完整网址，如 https://www.zh.gov.cn/…').optional(),
    /** Date the source was taken (YYYY-MM-DD). */
    retrieved: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 2025-01-26 这样的日期（年-月-日，月和日都写两位）')
      .optional(),
    /** Region the publisher governs, e.g. 宁波市镇海区. */
    region: z.string().min(1).optional(),
    /** Title, when the format lacks it (CSV). */
    title: z.string().min(1).optional(),
    /** 政务公开 fields the format lacks. */
    meta: DisclosureMeta.partial().strict().optional(),
    /** Name of the raw file when the folder holds more than one candidate. */
    file: z.string().min(1).optional(),
    /** Roles for headers the program does not know, e.g. `{ 工作目标: target }`. */
    columns: z.record(z.string().min(1), ColumnRole).optional(),
    /** Which table of an HTML page or Word document to read (1-based), when it holds several. */
    table: z.number().int().positive().optional(),
    /** Which sheet of a workbook to read, by its name, when it holds several. */
    sheet: z.string().min(1).optional(),
    /**
     * A table the government revised: every published version in this folder, oldest first, each
     * with its publication date. The last is the current report; all are one report (never
     * several tables). Issue 16.4.
     */
    versions: z
      .array(
        z
          .object({
            file: z.string().min(1),
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 2025-01-26 这样的日期（年-月-日，月和日都写两位）'),
          })
          .strict(),
      )
      .min(2, 'versions 至少要列出两个版本（原版和修订版），只有一个版本时请删去 versions')
      .optional(),
    /** Corrections of cells the government's table got wrong, each with a reason. */
    corrections: z.array(SidecarCorrection).optional(),
    /** Kind of report, when its title does not say: final (年度完成情况) or progress (进展情况). */
    kind: z.enum(['final', 'progress']).optional(),
    /** As-of date of a progress report's figures (YYYY-MM-DD), when its title does not say. */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 2025-06-30 这样的日期（年-月-日，月和日都写两位）')
      .optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof Sidecar>;
