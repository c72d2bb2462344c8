/**
 * How to cite a report or one of its tasks (issue 16.1): GB/T 7714-2015 电子资源 ([EB/OL]), BibTeX and
 * CSL-JSON. What is cited is the government's publication (its 发布机构, title, 成文日期 and page),
 * not this site's reading of it. Every date comes from the sources, never the clock:
 * - 更新或修改日期 (in parentheses): the newest version's date when the table was revised, else 成文日期;
 * - 引用日期 [in brackets]: the sidecar's `retrieved` (the day the source was taken); without it the
 *   newest version's date; without that the 成文日期 — the latest date the build's sources state.
 */
import type { Report } from '../schema/index.ts';

export type CitedReport = Pick<Report, 'year' | 'title' | 'region' | 'meta'> & {
  source: Pick<Report['source'], 'url' | 'retrieved'> & { versions?: readonly { date: string }[] };
};

/** 主要责任者: the region and the 发布机构 as published (宁波市镇海区 + 区政府办公室), never expanded. */
export function citationAuthor(report: CitedReport): string {
  const { region } = report;
  const publisher = report.meta.publisher;
  return region && !publisher.startsWith(region) ? `${region}${publisher}` : publisher;
}

/** The date in parentheses: when the cited version was published (the newest revision, else 成文日期). */
export function modifiedDate(report: CitedReport): string {
  const versions = report.source.versions ?? [];
  return versions.length > 1 ? versions[versions.length - 1]!.date : report.meta.written;
}

/** 引用日期: when the source was taken (see the module comment). */
export function accessDate(report: CitedReport): string {
  return report.source.retrieved ?? modifiedDate(report);
}

/** The title cited: the report's, with 第N项 as 其他题名信息 for a task (sub-item 12.3 → 第12.3项). */
export function citationTitle(report: CitedReport, id?: string): string {
  return id === undefined ? report.title : `${report.title}: 第${id}项`;
}

/**
 * GB/T 7714-2015 §4.8 电子资源: 主要责任者. 题名: 其他题名信息[EB/OL]. (更新或修改日期)[引用日期].
 * 获取和访问路径. — e.g. 宁波市镇海区区政府办公室. 2024年政府工作报告年度完成情况[EB/OL].
 * (2025-01-26)[2025-01-26]. https://www.zh.gov.cn/…html.
 */
export function gbt7714(report: CitedReport, id?: string): string {
  const head = `${citationAuthor(report)}. ${citationTitle(report, id)}[EB/OL]. (${modifiedDate(report)})[${accessDate(report)}].`;
  return report.source.url ? `${head} ${report.source.url}.` : head;
}

/** A stable key for reference managers: gzbg-2024, gzbg-2024-12, gzbg-2024-12-3. */
export function citationKey(report: CitedReport, id?: string): string {
  return id === undefined ? `gzbg-${report.year}` : `gzbg-${report.year}-${id.replace('.', '-')}`;
}

/** BibTeX braces and the characters LaTeX treats specially, escaped. */
function bibValue(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );
}

/** One @online entry (biblatex; BibTeX reads it as @misc): corporate author in double braces. */
export function bibtex(report: CitedReport, id?: string): string {
  const date = modifiedDate(report);
  const fields: [string, string][] = [
    ['author', `{${bibValue(citationAuthor(report))}}`],
    ['title', bibValue(citationTitle(report, id))],
    ['date', date],
    ['year', date.slice(0, 4)],
    ...(report.source.url ? ([['url', report.source.url]] as [string, string][]) : []),
    ['urldate', accessDate(report)],
    ['langid', 'chinese'],
    ['note', '[EB/OL]'],
  ];
  return `@online{${citationKey(report, id)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** CSL-JSON (an array of one item, as Zotero and citeproc read it). */
export function cslJson(report: CitedReport, id?: string): string {
  const item = {
    id: citationKey(report, id),
    type: 'webpage',
    title: citationTitle(report, id),
    author: [{ literal: citationAuthor(report) }],
    issued: dateParts(modifiedDate(report)),
    accessed: dateParts(accessDate(report)),
    ...(report.source.url ? { URL: report.source.url } : {}),
    language: 'zh-CN',
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
