import { z } from 'astro/zod';

/** One policy area: its Chinese name, URL slug and the keywords that place a task in it. */
export const Area = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/, 'slug 只能用小写字母、数字和连字符'),
    name: z.string().min(1),
    /** Keywords with weights; longer, more specific words should weigh more. */
    keywords: z
      .array(z.union([z.string().min(1), z.object({ word: z.string().min(1), weight: z.number().positive() })]))
      .min(1),
  })
  .strict();
export type Area = z.infer<typeof Area>;

/** content/taxonomy.yaml: the policy areas, in display order; the last is the fallback. */
export const Taxonomy = z
  .object({
    areas: z.array(Area).min(2),
    /** Slug given when no keyword matches. */
    fallback: z.string(),
  })
  .strict()
  .refine((t) => t.areas.some((a) => a.slug === t.fallback), { message: 'fallback 必须是 areas 中某个领域的 slug' })
  .refine((t) => new Set(t.areas.map((a) => a.slug)).size === t.areas.length, { message: '领域 slug 不能重复' });
export type Taxonomy = z.infer<typeof Taxonomy>;
