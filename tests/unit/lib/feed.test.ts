import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { feedEntries, feedXml } from '../../../src/lib/feed.ts';
import { Report } from '../../../src/schema/index.ts';
import { atomProblems } from './atom.ts';

const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));
/** The real 2024 report (6 editors' corrections), and a copy as revised by the synthetic fixture. */
const real = Report.parse(frontmatter(readFileSync('content/reports/2024/index.md', 'utf8')));
const revised: Report = {
  ...real,
  year: 2023,
  taskCount: 91,
  overrides: { total: 0, area: 0, status: 0, metrics: 0 },
  source: {
    ...real.source,
    versions: [
      { file: 'sources/2023/a.txt', sha256: real.source.sha256, bytes: 1, date: '2024-01-20' },
      { file: 'sources/2023/b.txt', sha256: real.source.sha256, bytes: 1, date: '2024-03-01' },
    ],
  },
  revisions: [{ from: 0, to: 1, changes: [{ id: '91', kind: 'added', cells: [] }] }],
};
const config = { name: '政府工作报告完成情况', url: '', host: '', domain: '' };
const feed = (over: Partial<typeof config> = {}) =>
  feedXml({ config: { ...config, ...over }, reports: [real, revised], fallbackAuthor: '宁波市镇海区 区政府办公室' });

/** An in-year report of 2024 beside the final one (issue 13), as the pipeline writes its frontmatter. */
const halfYear: Report = {
  ...real,
  title: '2024年度政府工作报告重点任务半年度进展情况',
  kind: 'progress',
  asOf: '2024-06-30',
  slug: 'progress-2024-06-30',
  taskCount: 7,
  meta: { ...real.meta, written: '2024-09-18' },
};

describe('the Atom feed', () => {
  it('is valid Atom 1.0 (every RFC 4287 MUST checked), with and without a site URL', () => {
    expect(atomProblems(feed())).toEqual([]);
    expect(atomProblems(feed({ url: 'https://example.gov.cn/gzbg/' }))).toEqual([]);
  });
  it('the checker catches what it checks (a missing entry id, a bad date, malformed XML)', () => {
    expect(atomProblems(feed().replace(/<id>tag:[^<]*2024\/report<\/id>/, ''))).toEqual(['entry 2: no atom:id']);
    expect(atomProblems(feed().replace('2025-01-26T00:00:00+08:00', '2025-01-26'))[0]).toMatch(/not RFC 3339/);
    expect(() => atomProblems(feed().replace('</feed>', ''))).toThrow(/XML/);
  });
  it('lists reports added, revisions and corrections, newest first, dated by the sources', () =>
    expect(feedEntries([real, revised]).map((e) => [e.key, e.updated])).toEqual([
      ['2024/corrections', '2025-01-26'],
      ['2024/report', '2025-01-26'],
      ['2023/revision/2024-03-01', '2024-03-01'],
      ['2023/report', '2024-01-20'],
    ]));
  it('lists in-year progress reports with their as-of date, linked to their own page', () => {
    const entries = feedEntries([real], [halfYear]);
    expect(entries.map((e) => [e.key, e.updated, e.link])).toEqual([
      ['2024/corrections', '2025-01-26', '2024/index.html'],
      ['2024/report', '2025-01-26', '2024/index.html'],
      ['2024/report/progress-2024-06-30', '2024-09-18', '2024/reports/progress-2024-06-30.html'],
    ]);
    expect(entries[2]!.summary).toContain('截至 2024-06-30');
    const xml = feedXml({ config, reports: [real], progress: [halfYear], fallbackAuthor: '宁波市镇海区 区政府办公室' });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('2024年度政府工作报告重点任务半年度进展情况');
  });
  it('uses tag: ids and relative links without a site URL', () => {
    const xml = feed();
    expect(xml).toContain('<id>tag:www.zh.gov.cn,2025-01-26:gzbg/2024/report</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="2023/revisions.html"/>');
    expect(xml).not.toContain('rel="self"');
    expect(xml).not.toMatch(/href="(https?:|\/)/);
  });
  it('uses the site URL for ids and absolute links when one is configured', () => {
    const xml = feed({ url: 'https://example.gov.cn/gzbg' });
    expect(xml).toContain('<id>https://example.gov.cn/gzbg/feed.xml#2024/report</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.gov.cn/gzbg/feed.xml"/>');
    expect(xml).toContain('href="https://example.gov.cn/gzbg/2024/index.html"');
  });
  it('gives the same bytes for the same content, whatever the order of the reports', () =>
    expect(feedXml({ config, reports: [revised, real], fallbackAuthor: '宁波市镇海区 区政府办公室' })).toBe(feed()));
});
