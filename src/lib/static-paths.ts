import { siteData } from './site.ts';

/** getStaticPaths for per-year pages: one page per report year. */
export async function yearPaths() {
  const site = await siteData();
  return site.years.map((y) => ({ params: { year: String(y.report.year) } }));
}
