import { z } from 'astro/zod';
import { DisclosureMeta } from './report.ts';

/**
 * content/sources/<year>/source.yaml — optional provenance for a raw source.
 * Supplies what the raw format does not carry; a field present in both must agree.
 */
export const Sidecar = z
  .object({
    /** Page the source was taken from. */
    url: z.url('url 应为完整网址,如 https://www.zh.gov.cn/…').optional(),
    /** Date the source was taken (YYYY-MM-DD). */
    retrieved: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'retrieved 应为 YYYY-MM-DD')
      .optional(),
    /** Region the publisher governs, e.g. 宁波市镇海区. */
    region: z.string().min(1).optional(),
    /** Title, when the format lacks it (CSV). */
    title: z.string().min(1).optional(),
    /** 政务公开 fields the format lacks. */
    meta: DisclosureMeta.partial().optional(),
    /** Name of the raw file when the folder holds more than one candidate. */
    file: z.string().min(1).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof Sidecar>;
