import { escape } from '../charts/escape.ts';
import { countByArea, countByStatus, splitTasks } from './counts.ts';
import type { SiteData } from './site.ts';
import { isInYear, statusSlug } from './status.ts';
import { paths } from './urls.ts';

/** Every HTML page the site publishes for readers (not 404), root-relative, in a stable order. */
export function pageList(site: SiteData): string[] {
  const perYear = site.years.flatMap(({ report, tasks, others }) => [
    paths.report(report.year),
    paths.allTasks(report.year),
    ...((report.revisions ?? []).length > 0 ? [paths.revisions(report.year)] : []),
    ...countByArea(tasks, site.taxonomy).map((a) => paths.area(report.year, a.key)),
    ...countByStatus(tasks, isInYear(report)).map((s) => paths.status(report.year, statusSlug(s.key))),
    ...tasks.map((x) => paths.task(x.year, x.id)),
    ...splitTasks(tasks).map((s) => paths.task(report.year, String(s.number))),
    // The year's in-year reports (issue 13).
    ...(others ?? []).map((o) => paths.snapshot(report.year, o.report.slug ?? '')),
  ]);
  return [paths.home(), ...perYear, paths.compare(), paths.search(), paths.methodology(), paths.data()];
}

/** The configured site URL with one trailing slash, or '' when none is configured. */
export function siteRoot(url: string): string {
  if (!url) return '';
  return url.endsWith('/') ? url : `${url}/`;
}

/** sitemap.xml for the configured site URL. */
export function sitemapXml(site: SiteData): string {
  const root = siteRoot(site.config.url);
  const urls = pageList(site).map((p) => `  <url><loc>${escape(new URL(p, root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt pointing at the sitemap. */
export function robotsTxt(site: SiteData): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', siteRoot(site.config.url)).href}\n`;
}
