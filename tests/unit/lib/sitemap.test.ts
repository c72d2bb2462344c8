import { describe, expect, it } from 'vitest';
import { pageList, robotsTxt, siteRoot, sitemapXml } from '../../../src/lib/sitemap.ts';
import type { SiteData } from '../../../src/lib/site.ts';
import type { Report, Task } from '../../../src/schema/index.ts';

const report = { year: 2031, title: '2031年政府工作报告年度完成情况' } as Report;
const cell = { verbatim: '文字', display: '文字' };
const tasks = [1, 2].map((number): Task => ({
  year: 2031,
  number,
  id: String(number),
  sourceLine: number,
  columns: [],
  corrections: [],
  shortTitle: '任务',
  target: cell,
  completion: cell,
  area: { slug: 'economy', evidence: [] },
  status: { value: 'completed', reason: '测试', evidence: [] },
  metrics: [],
}));
const site = (url: string): SiteData => ({
  config: { name: '测试', host: '', url, domain: '', siteIdCode: '', icp: '', police: '' },
  taxonomy: {
    fallback: 'other',
    areas: [
      { slug: 'economy', name: '经济发展', keywords: ['x'] },
      { slug: 'other', name: '其他', keywords: ['y'] },
    ],
  },
  years: [{ report, tasks }],
});

describe('pageList(site)', () => {
  const list = pageList(site(''));
  it('lists every task page, area page and status page of a year', () => {
    expect(list).toContain('2031/tasks/2.html');
    expect(list).toContain('2031/areas/economy.html');
    expect(list).not.toContain('2031/areas/other.html');
    expect(list).toContain('2031/status/in-progress.html');
  });
  it('names files only, never folders', () => expect(list.every((p) => p.endsWith('.html'))).toBe(true));
  it('leaves out the 404 page', () => expect(list).not.toContain('404.html'));
});

describe('siteRoot(url)', () => {
  it('adds one trailing slash', () => expect(siteRoot('https://a.gov.cn/zwgk')).toBe('https://a.gov.cn/zwgk/'));
  it('is empty without a url', () => expect(siteRoot('')).toBe(''));
});

describe('sitemapXml(site) / robotsTxt(site)', () => {
  const s = site('https://a.gov.cn/zwgk/gzbg');
  it('gives absolute URLs under the sub-path', () =>
    expect(sitemapXml(s)).toContain('<loc>https://a.gov.cn/zwgk/gzbg/2031/tasks/1.html</loc>'));
  it('names the sitemap in robots.txt', () =>
    expect(robotsTxt(s)).toContain('Sitemap: https://a.gov.cn/zwgk/gzbg/sitemap.xml'));
});
