import { z } from 'astro/zod';

/** How a target compares a result with its value (GLOSSARY.md: 以上 → >=, 以内 → <=, 左右 → ~). */
export const comparators = ['>=', '>', '<=', '<', '~', '='] as const;
export const Comparator = z.enum(comparators);
export type Comparator = z.infer<typeof Comparator>;

/** Whether the reported figure measures the same thing as the target. */
export const bases = ['same', 'cumulative', 'estimated', 'different', 'none'] as const;
export const Basis = z.enum(bases);
export type Basis = z.infer<typeof Basis>;

/** The pipeline's judgement of one target metric. A false `met` is the worst error: when in doubt, `unclear`. */
export const verdicts = ['met', 'not_met', 'unclear'] as const;
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;

/** A run of the verbatim cell text: `text === cell.slice(start, end)` (UTF-16 offsets). */
export const Span = z.object({
  /** The verbatim characters. */
  text: z.string().min(1),
  /** Offset of the first character in the verbatim cell. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().positive(),
});
export type Span = z.infer<typeof Span>;

/** A quantity stated in the text: `2.5万千瓦` → value 2.5, unit 万千瓦. */
export const Quantity = Span.extend({
  /** The number as written, scaled by nothing (万/亿 stay in the unit). */
  value: z.number(),
  /** The unit as written, including 万/亿 multipliers (万千瓦, 亿元, %, 个百分点). */
  unit: z.string(),
  /** Words that qualify the number: 以上, 以内, 左右, 余, 近, 超, 约, 达到, 不低于, 控制在, 稳定在… */
  qualifiers: z.array(z.string()).default([]),
  /** Basis words near the number: 新增, 累计, 预计, 完成, 建成, 申报, 认定… */
  basisWords: z.array(z.string()).default([]),
  /** Set when the figure is a change (增长6% → rise, 下降 → fall), not a level. */
  change: z.enum(['rise', 'fall']).optional(),
});
export type Quantity = z.infer<typeof Quantity>;

/** One quantified clause of a target, paired with what the completion text reports. */
export const Metric = z.object({
  /** What is counted, taken from the target text (e.g. 公交候车亭). */
  subject: z.string().min(1),
  target: Quantity.extend({ comparator: Comparator }),
  /** The reported figure; several parts when the completion reports a total in parts. Null when none is reported. */
  actual: Quantity.extend({
    /** Spans summed into `value`, when the result is reported in parts. */
    parts: z.array(Span).default([]),
  }).nullable(),
  basis: Basis,
  verdict: Verdict,
  /** Why: the rule applied, in Chinese, for the page. */
  reason: z.string().min(1),
  /** Set when an editor's override changed this metric; the override's reason. */
  override: z.string().optional(),
});
export type Metric = z.infer<typeof Metric>;
