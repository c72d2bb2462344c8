/**
 * The site's URL scheme, in one place. Every path is relative to the site root and names a file
 * (file:// does not resolve folders), so one dist/ works at /, under any sub-path and from disk.
 * Pages link with `href(fromPage, toPath)`, never with a root-absolute URL.
 */
export const paths = {
  home: () => 'index.html',
  report: (year: number) => `${year}/index.html`,
  allTasks: (year: number) => `${year}/all.html`,
  /** The self-contained single-file edition (src/pages/[year]/[edition].astro, inlined by src/integration/single-file.ts). */
  singleFile: (year: number) => `${year}/report-${year}.html`,
  /** A task by its id: “12” → tasks/12.html, sub-item “12.3” → tasks/12-3.html (see taskSlug). */
  task: (year: number, id: string) => `${year}/tasks/${taskSlug(id)}.html`,
  /** An in-year report of the year beside its headline report (issue 13): its rows and readings. */
  snapshot: (year: number, slug: string) => `${year}/reports/${slug}.html`,
  area: (year: number, slug: string) => `${year}/areas/${slug}.html`,
  status: (year: number, slug: string) => `${year}/status/${slug}.html`,
  compare: () => 'compare/index.html',
  /** Task links between two adjacent report years (continued / new / dropped). */
  compareYears: (from: number, to: number) => `compare/${from}-${to}.html`,
  methodology: () => 'methodology.html',
  data: () => 'data.html',
  search: () => 'search.html',
  notFound: () => '404.html',
  dataJson: (year: number) => `data/${year}.json`,
  dataCsv: (year: number) => `data/${year}.csv`,
  dataSchema: () => 'data/schema.json',
  /** Citation files for reference managers (src/lib/cite.ts): the report's, or one task's beside its page. */
  citeBib: (year: number, id?: string) => (id === undefined ? `${year}/cite.bib` : `${year}/tasks/${taskSlug(id)}.bib`),
  citeJson: (year: number, id?: string) =>
    id === undefined ? `${year}/cite.json` : `${year}/tasks/${taskSlug(id)}.json`,
  /** The Atom feed of reports, revisions and corrections (src/lib/feed.ts). */
  feed: () => 'feed.xml',
  /** A report's 修订记录: what changed between the published versions of its table. */
  revisions: (year: number) => `${year}/revisions.html`,
  /** A chart as a standalone image and its data, by its chart id (glance-2024, tvr-2024-t12…). */
  chartSvg: (year: number, chart: string) => `${year}/charts/${chart}.svg`,
  chartCsv: (year: number, chart: string) => `${year}/charts/${chart}.csv`,
  /** A comparison chart (spanning the years, so under compare/, not a year): indicator-years. */
  compareChartSvg: (chart: string) => `compare/charts/${chart}.svg`,
  compareChartCsv: (chart: string) => `compare/charts/${chart}.csv`,
  /** Raw source as published, under its own file name. */
  source: (file: string) => file.split('/').map(encodeURIComponent).join('/'),
} as const;

/**
 * Where a chart's two files are, stable: named by the chart's id (src/lib/chart-embed.ts chartSpec),
 * under its year, or under compare/ for the comparison's chart, which spans the years.
 */
export function chartFiles(chart: { kind: 'indicators'; id: string } | { kind: string; year: number; id: string }): {
  svg: string;
  csv: string;
} {
  return 'year' in chart
    ? { svg: paths.chartSvg(chart.year, chart.id), csv: paths.chartCsv(chart.year, chart.id) }
    : { svg: paths.compareChartSvg(chart.id), csv: paths.compareChartCsv(chart.id) };
}

/**
 * The file name of a task page: the task's id with the sub-item dot turned into a hyphen (“12.3” →
 * “12-3”), so a sub-item never looks like a file extension and old task URLs (tasks/12.html) stay.
 */
export function taskSlug(id: string): string {
  return id.replace('.', '-');
}

/** Relative URL from the page at `from` to `to` (both root-relative, no leading slash). */
export function href(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rest = toParts.slice(common).join('/');
  return (up === 0 ? './' : '../'.repeat(up)) + rest;
}

/** Root-relative path of the page Astro is rendering, from Astro.url.pathname and the base. */
export function pagePath(pathname: string, base = '/'): string {
  let p = decodeURIComponent(pathname);
  if (base !== '/' && p.startsWith(base)) p = p.slice(base.length);
  p = p.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  if (!p.endsWith('.html') && !/\.[a-z0-9]+$/i.test(p)) p += '.html';
  return p;
}
