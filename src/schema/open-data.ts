import { z } from 'astro/zod';
import { Basis, Comparator, Span, Verdict } from './metric.ts';
import { Revision, SCHEMA_VERSION, SourceVersion } from './report.ts';
import { ColumnRole, OfficialStatusReading, Status } from './task.ts';

/** A cell of the published table with its header and role, verbatim. */
const OpenDataColumn = z
  .object({
    header: z.string().describe('The header as published; two levels joined with ／'),
    role: ColumnRole.describe(
      'What the column is: responsible | plan | progress | status | notes | nextSteps | group | other …',
    ),
    text: z.string().describe('The cell, verbatim'),
  })
  .strict();

/** A figure as published in the open data: its verbatim text and offsets in the cell, value and unit. */
const Figure = Span.extend({
  value: z.number(),
  /** Unit as written, 万/亿 included (万千瓦, 亿元, %). */
  unit: z.string(),
  /** Words that qualify the number (以上, 左右, 余…). */
  qualifiers: z.array(z.string()),
});

/** One target metric of a task with the pipeline's pairing and verdict. */
export const OpenDataMetric = z
  .object({
    subject: z.string().describe('What is counted, from the target text'),
    target: Figure.extend({ comparator: Comparator }).describe(
      'The target figure; text is a verbatim substring of the target cell',
    ),
    actual: Figure.extend({ parts: z.array(Span).describe('Figures summed into value, when reported in parts') })
      .nullable()
      .describe('The reported figure; text is a verbatim substring of the completion cell; null when none is reported'),
    basis: Basis.describe(
      'same | cumulative (累计) | estimated (预计) | different (申报, 立项, a part…) | none (not reported)',
    ),
    verdict: Verdict.describe('The pipeline reading: met | not_met | unclear'),
    reason: z.string().describe('Why, in Chinese'),
    override: z.string().optional().describe("An editor's correction and its reason"),
  })
  .strict();

export const OpenDataTask = z
  .object({
    number: z.number().int().positive().describe('编号; shared by the sub-items of one numbered task'),
    id: z.string().describe('Task id: “12”, or “12.3” for the third sub-item of 编号 12'),
    sub: z.number().int().positive().optional().describe('Sub-item index under its 编号, when the 编号 spans rows'),
    position: z.string().optional().describe('Where the row stands in the source file, for people'),
    group: OpenDataColumn.optional().describe('The group cell (重点工作, 类别…) the row falls under'),
    columns: z.array(OpenDataColumn).describe('Every other column of the row, in source order'),
    official: z
      .object({
        status: z
          .object({
            header: z.string(),
            text: z.string().describe('The status word as published'),
            reading: OfficialStatusReading.describe('The word in coarse terms, for comparison with status'),
          })
          .strict()
          .optional(),
        progress: z
          .object({
            header: z.string(),
            text: z.string().describe('The progress as published (35%, 108%)'),
            percent: z.number().nullable().describe('The percentage when the text is one; null otherwise'),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional()
      .describe("The government's own status and progress columns, as published"),
    corrections: z
      .array(
        z
          .object({
            column: z.string(),
            original: z.string().nullable().describe('The cell as published; null when it was empty'),
            value: z.string().describe("The editor's value, used in place of the original"),
            reason: z.string(),
          })
          .strict(),
      )
      .describe("Editors' corrections of this row's cells (source.yaml), with the original"),
    target: z.string().describe('目标任务, verbatim'),
    completion: z.string().describe('完成情况, verbatim'),
    shortTitle: z.string(),
    area: z.string().describe('Policy area name (the pipeline reading)'),
    areaSlug: z.string(),
    areaReason: z.string().optional().describe('Why this area, with the keywords that matched'),
    status: Status.describe('completed | in_progress | not_met | unclear (the pipeline reading)'),
    statusLabel: z.string().describe('The status in Chinese, as the site shows it'),
    statusReason: z.string(),
    url: z.string().describe('Task page, relative to the site root'),
    metrics: z.array(OpenDataMetric),
    quantities: z
      .object({ target: z.array(Figure), completion: z.array(Figure) })
      .optional()
      .describe('Every quantity stated in each cell, metric or not; text is a verbatim substring'),
    // Issue 13: several reports per year. Present only when the year has more than one report.
    report: z.string().optional().describe('The slug of the report this row belongs to (see reports)'),
    pace: z
      .array(
        z
          .object({
            subject: z.string(),
            reported: z.number(),
            target: z.number(),
            unit: z.string(),
            percent: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .optional()
      .describe('In-year reports: reported ÷ the year’s target for each figure'),
    inYear: z
      .object({ status: Status, reason: z.string() })
      .strict()
      .optional()
      .describe('In-year reports: the reading the in-year rules replaced (no 未达目标 before the year’s end)'),
    link: z
      .object({ id: z.string().nullable(), score: z.number(), method: z.enum(['exact', 'similar', 'none']) })
      .strict()
      .optional()
      .describe(
        'In-year rows: the headline report’s task this row reports on (id null: none), with the target similarity',
      ),
    timeline: z
      .array(
        z
          .object({
            report: z.string().describe('Report slug'),
            kind: z.enum(['final', 'progress']),
            asOf: z.string().optional(),
            id: z.string().describe('The row’s id in that report'),
            completion: z.string().describe('The row’s text, verbatim'),
            status: Status,
            pace: z
              .array(
                z.object({ reported: z.number(), target: z.number(), unit: z.string(), percent: z.number() }).strict(),
              )
              .optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Every reading of this target through the year, in date order, ending with this row'),
  })
  .strict();

/** One report of the year (issue 13): the headline and each in-year report, with kind and as-of date. */
export const OpenDataReport = z
  .object({
    slug: z.string(),
    title: z.string(),
    kind: z.enum(['final', 'progress']),
    asOf: z.string().optional().describe('As-of date of the figures, YYYY-MM-DD'),
    headline: z.boolean().describe('Whether the year’s counts, charts and comparisons come from this report'),
    published: z.string().describe('成文日期, YYYY-MM-DD'),
    source: z.object({ url: z.string().optional(), file: z.string(), sha256: z.string() }).strict(),
    taskCount: z.number().int().nonnegative(),
    url: z.string().optional().describe('The report’s page, relative to the site root'),
  })
  .strict();

/** dist/data/<year>.json. Fields may be added in later versions; none are removed without a new schemaVersion. */
export const OpenData = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    report: z
      .object({
        year: z.number().int(),
        title: z.string(),
        publisher: z.string().describe('发布机构'),
        region: z.string().optional(),
        published: z.string().describe('成文日期, YYYY-MM-DD'),
        indexNumber: z.string().optional().describe('索引号, when the source carries it'),
        source: z.object({ url: z.string().optional(), file: z.string(), sha256: z.string() }).strict(),
        overrides: z.number().int().nonnegative().describe('Editorial overrides applied this year'),
        versions: z
          .array(SourceVersion)
          .optional()
          .describe('Every published version of a revised table, oldest first (the last is the current source)'),
        revisions: z
          .array(Revision)
          .optional()
          .describe(
            'From each version to the next (indexes into versions): tasks added and removed with every cell, changed cells before and after (display text); with the current tasks, every version can be rebuilt',
          ),
      })
      .strict(),
    tasks: z.array(OpenDataTask),
    reports: z
      .array(OpenDataReport)
      .optional()
      .describe('Every report of the year, in date order (several reports only)'),
    otherRows: z
      .array(OpenDataTask)
      .optional()
      .describe('The rows of the year’s other (in-year) reports, each with its report and link'),
  })
  .strict();
export type OpenData = z.infer<typeof OpenData>;
