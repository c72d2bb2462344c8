import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectBundle } from '../../../../scripts/archive/bundle.ts';
import { bundleDate, reportMetas } from '../../../../scripts/archive/date.ts';

/** A small synthetic built site and content folder (year 2031, plainly not a real report). */
export function makeFixture(): { root: string; dist: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'gzbg-archive-test-'));
  const dist = join(root, 'dist');
  const content = join(root, 'content');
  const files: Record<string, string> = {
    'dist/index.html':
      '<!DOCTYPE html><html lang="zh-CN"><title>首页</title><a href="./2031/index.html">2031</a></html>',
    'dist/2031/index.html': '<!DOCTYPE html><html lang="zh-CN"><title>2031</title></html>',
    'dist/2031/report-2031.html': '<!DOCTYPE html><html lang="zh-CN"><title>单文件版</title></html>',
    'dist/_astro/Base.abc123.css': 'body{color:#222}',
    'dist/data/2031.json': '{"year":2031}',
    'dist/data/2031.csv': '编号,目标任务\n1,测试\n',
    'content/site.yaml': 'name: 测试站点\n',
    'content/sources/2031/2031年政府工作报告年度完成情况(合成).txt': '合成的测试表格\n',
    'content/sources/2031/source.yaml':
      'url: https://example.gov.cn/2031.html\ncorrections:\n  - row: 5\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n',
    'content/overrides/2031.yaml':
      'year: 2031\noverrides:\n  - task: 2\n    status: { value: 推进中, reason: 道路改造仍在收尾 }\n    metrics:\n      - metric: 1\n        verdict: met\n        reason: 原文写明已完成目标\n',
    'content/reports/2031/index.md': frontmatter(2031, '2032-02-03'),
    'content/reports/2030/index.md': frontmatter(2030, '2031-01-20'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, dist, content };
}

function frontmatter(year: number, written: string): string {
  return `---\nschemaVersion: 1\nyear: ${year}\ntitle: "${year}年政府工作报告年度完成情况(合成)"\nregion: "测试区"\nmeta:\n  written: "${written}"\n  publisher: "测试区政府办公室"\nsource:\n  file: "sources/${year}/${year}.txt"\n  sha256: "${'a'.repeat(64)}"\n  bytes: 24\n  format: text\n  encoding: utf-8\n  retrieved: "${written}"\n  url: "https://example.gov.cn/${year}.html"\n---\n\n# ${year}\n`;
}

type BundleExtra = Omit<
  Parameters<typeof collectBundle>[0],
  'dist' | 'content' | 'name' | 'date' | 'siteName' | 'reports'
>;

/** The bundle `npm run archive` would collect from a fixture (site name 测试站点), with its name and date. */
export async function fixtureBundle(fx: { dist: string; content: string }, extra: BundleExtra = {}) {
  const date = await bundleDate(fx.content, {});
  const name = `gzbg-${date}`;
  const reports = await reportMetas(fx.content);
  const files = await collectBundle({
    dist: fx.dist,
    content: fx.content,
    name,
    date,
    siteName: '测试站点',
    reports,
    ...extra,
  });
  return { date, name, files };
}
