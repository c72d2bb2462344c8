import { z } from 'astro/zod';

/**
 * One recurring indicator (e.g. GDP growth): the metric subjects of the figures extraction that
 * measure it. A task metric belongs to the indicator when its subject contains one of `subjects`.
 */
export const Indicator = z
  .object({
    /** URL-safe id, stable across years. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写字母、数字和连字符，如 gdp-growth'),
    /** Chinese name shown on the comparison page. */
    name: z.string().min(1),
    /** Unit the indicator is stated in (%, 元, 个…); a year whose metric has another unit is shown but not charted. */
    unit: z.string().min(1),
    /** Metric subjects (task.metrics[].subject) that report this indicator; longer, more specific words first. */
    subjects: z.array(z.string().min(1)).min(1, 'subjects 至少要有一个指标名称'),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

/** content/indicators.yaml: indicators followed year over year, in display order. */
export const IndicatorRegistry = z
  .object({ indicators: z.array(Indicator) })
  .strict()
  .refine((r) => new Set(r.indicators.map((i) => i.id)).size === r.indicators.length, { message: '指标 id 不能重复' })
  .refine(
    (r) => {
      const all = r.indicators.flatMap((i) => i.subjects);
      return new Set(all).size === all.length;
    },
    { message: '同一个 subject 不能同时属于两个指标' },
  );
export type IndicatorRegistry = z.infer<typeof IndicatorRegistry>;
