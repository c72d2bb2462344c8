import { z } from 'astro/zod';

/** content/site.yaml: settings an editor changes, never invented values. */
export const SiteConfig = z
  .object({
    /** Site name shown in the header and SiteName meta. */
    name: z.string().min(1),
    /** 主办单位 shown in the footer; empty: the report's 发布机构 (with the region) is shown. */
    host: z.string().default(''),
    /** Full URL where the site is deployed, for canonical links and sitemap; empty: none are written. */
    url: z.url().or(z.literal('')).default(''),
    /** SiteDomain meta. */
    domain: z.string().default(''),
    /** 网站标识码 — empty until the district supplies it. */
    siteIdCode: z.string().default(''),
    /** ICP备案号 */
    icp: z.string().default(''),
    /** 公安机关备案号 */
    police: z.string().default(''),
    /**
     * Rights / licence statement for the site and its archive bundle (ARCHIVE.md), as the host
     * decides it; empty: the bundle says no statement was given and grants nothing.
     */
    rights: z.string().optional(),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
