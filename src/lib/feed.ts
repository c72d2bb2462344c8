/**
 * The Atom 1.0 feed (RFC 4287) of what the site publishes (issue 16.2): each report added, each
 * revision of a report's table, and the editors' corrections of each report. Pure: every date comes
 * from the sources (成文日期, the versions' dates), never the clock, so two builds of the same
 * content give the same bytes.
 *
 * Ids never depend on where the site is served: with a site URL (content/site.yaml `url`) they are
 * that URL plus a fragment-free path and links are absolute; without one they are tag: URIs (RFC
 * 4151) minted from the government source's host and date, and links are relative to feed.xml at
 * the site root.
 */
import type { Report } from '../schema/index.ts';
import { modifiedDate } from './cite.ts';
import { siteRoot } from './sitemap.ts';
import { paths } from './urls.ts';

export interface FeedInput {
  config: { name: string; url: string; host: string; domain: string; rights?: string | undefined };
  /** Every year's headline report, any order. */
  reports: Report[];
  /** The years' other reports: in-year progress reports beside a final one (issue 13), any order. */
  progress?: Report[];
  /** The feed's author when the site names no 主办单位: the newest report's publisher. */
  fallbackAuthor: string;
}

interface Entry {
  key: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  report: Report;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An ISO date as an RFC 3339 date-time: midnight in China Standard Time, where the reports are dated. */
export const atomDate = (iso: string) => `${iso}T00:00:00+08:00`;

/** The first published date of a report: its oldest version, else its 成文日期. */
function firstDate(report: Report): string {
  return report.source.versions?.[0]?.date ?? report.meta.written;
}

/** A tag: URI authority: the configured domain, else the government source's host, else the site name's. */
function authority(config: FeedInput['config'], report: Report): string {
  if (config.domain) return config.domain.toLowerCase();
  if (report.source.url) return new URL(report.source.url).hostname.toLowerCase();
  return 'gzbg.invalid';
}

export function feedEntries(reports: Report[], progress: Report[] = []): Entry[] {
  const entries: Entry[] = progress.map((report) => ({
    key: `${report.year}/report/${report.slug ?? report.asOf ?? 'progress'}`,
    title: report.title,
    updated: firstDate(report),
    link: paths.snapshot(report.year, report.slug ?? ''),
    summary: `新增年中进展报告：${report.title}${report.asOf ? `（截至 ${report.asOf}）` : ''}，共 ${report.taskCount} 项（成文日期 ${report.meta.written}）。年中的数字是进度，不是结果。`,
    report,
  }));
  for (const report of reports) {
    const year = report.year;
    entries.push({
      key: `${year}/report`,
      title: `${report.title}`,
      updated: firstDate(report),
      link: paths.report(year),
      summary: `新增报告：${report.title}，共 ${report.taskCount} 项（成文日期 ${report.meta.written}）。`,
      report,
    });
    const versions = report.source.versions ?? [];
    for (const r of report.revisions ?? []) {
      const count = (kind: string) => r.changes.filter((c) => c.kind === kind).length;
      entries.push({
        key: `${year}/revision/${versions[r.to]!.date}`,
        title: `${report.title}：${versions[r.to]!.date} 修订`,
        updated: versions[r.to]!.date,
        link: paths.revisions(year),
        summary: `政府于 ${versions[r.to]!.date} 发布了修订版：新增 ${count('added')} 项，删除 ${count('removed')} 项，改动 ${count('changed')} 项。`,
        report,
      });
    }
    if (report.overrides.total > 0) {
      entries.push({
        key: `${year}/corrections`,
        title: `${report.title}：编辑更正 ${report.overrides.total} 处`,
        // Corrections carry no date of their own: dated by the source they correct.
        updated: modifiedDate(report),
        link: paths.report(year),
        summary: `本站编辑对程序的解读作了 ${report.overrides.total} 处更正（领域 ${report.overrides.area}、状态 ${report.overrides.status}、指标 ${report.overrides.metrics}），每处都在任务页注明理由。`,
        report,
      });
    }
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function feedXml(input: FeedInput): string {
  const { config } = input;
  const root = siteRoot(config.url);
  const url = (path: string) => (root ? new URL(path, root).href : path);
  const entries = feedEntries(input.reports, input.progress);
  const oldest = input.reports.toSorted((a, b) => a.year - b.year)[0];
  const id = (key: string, report: Report | undefined) =>
    root
      ? `${root}${paths.feed()}#${key}`
      : `tag:${report ? authority(config, report) : 'gzbg.invalid'},${report ? firstDate(report) : '2000-01-01'}:gzbg/${key}`;
  const updated = entries[0]?.updated ?? oldest?.meta.written ?? '2000-01-01';
  const author = config.host || input.fallbackAuthor || config.name;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xml(id('feed', oldest))}</id>`,
    `  <title>${xml(config.name)}</title>`,
    `  <subtitle>新增的报告（含年中进展报告）、修订和编辑更正</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${xml(author)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${xml(url(paths.home()))}"/>`,
    ...(root ? [`  <link rel="self" type="application/atom+xml" href="${xml(url(paths.feed()))}"/>`] : []),
    ...(config.rights ? [`  <rights>${xml(config.rights)}</rights>`] : []),
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${xml(id(e.key, e.report))}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(url(e.link))}"/>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
