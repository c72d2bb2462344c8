import { shardYears } from './env.ts';
import { siteData, type SiteData, type YearData } from './site.ts';

/**
 * The years whose own pages this build renders: every year, unless the build is one shard of a
 * sharded or incremental build (GZBG_YEARS, set by scripts/shard-build.ts), which renders only its
 * years' pages (or, for the cross-year shard, none). Every per-year getStaticPaths goes through this,
 * so a shard's pages are exactly the full build's pages of those years.
 */
export function renderedYears(site: SiteData): YearData[] {
  const only = shardYears();
  return only ? site.years.filter((y) => only.has(y.report.year)) : site.years;
}

/** getStaticPaths for per-year pages: one page per report year. */
export async function yearPaths() {
  const site = await siteData();
  return renderedYears(site).map((y) => ({ params: { year: String(y.report.year) } }));
}
