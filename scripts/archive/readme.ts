import type { ReportMeta } from './date.ts';

export interface ReadmeInput {
  /** Folder name of the bundle, e.g. gzbg-2025-01-26. */
  name: string;
  date: string;
  siteName: string;
  reports: ReportMeta[];
  /** Root-relative paths of the single-file editions present in site/. */
  singleFiles: string[];
  fileCount: number;
}

/** ARCHIVE.md: what the bundle is, where it came from, how to open and verify it (Chinese, then English). */
export function archiveReadme(input: ReadmeInput): string {
  const { name, date, siteName, reports, singleFiles, fileCount } = input;
  const rows = reports.map(
    (r) =>
      `| ${r.year} | ${r.title} | ${[r.region, r.publisher].filter(Boolean).join(' ')} | ${r.written} | ${r.url ?? '—'} | \`${r.sourceFile}\` | \`${r.sha256}\` |`,
  );
  const table = [
    '| 年度 Year | 标题 Title | 发布机构 Publisher | 成文日期 Date | 原始页面 Original page | 原始文件 Raw file | sha256 |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const singles = singleFiles.map((p) => `\`site/${p}\``).join('、') || '—';
  return `# ${siteName} · 存档包 / Archive bundle \`${name}\`

日期 Date: ${date}(取自报告的成文日期或 SOURCE_DATE_EPOCH,不是打包时刻 / from the reports' date or SOURCE_DATE_EPOCH, not the packing time)
文件数 Files: ${fileCount}(不含 SHA256SUMS / excluding SHA256SUMS)

## 这是什么

本存档包保存政府工作报告年度完成情况网站的一个完整版本,供长期保存与核验:

- \`site/\`:完整的静态网站,无需联网、无需服务器即可浏览;
- \`site/<年度>/report-<年度>.html\`:每份报告的单文件版(全部任务、元数据与图表在一个 HTML 文件里):${singles};
- \`sources/\`:发布机构公开的原始表格,逐字节原样保存,及其来源说明(source.yaml);
- \`data/\`:开放数据(JSON、CSV 及 JSON Schema),与网站“数据下载”页提供的相同;
- \`SHA256SUMS\`:本包内每个文件的 SHA-256 校验值。

## 来源与出处

${table}

网站上的全部文字都来自上述原始文件;状态、领域和数字比对是程序依据原文所作的解读,方法见 \`site/methodology.html\`。原文以发布机构公开的页面为准。

## 如何打开

解压后用浏览器打开 \`site/index.html\` 即可,所有页面之间的链接都是相对链接,可直接从磁盘打开。
从磁盘打开时,搜索页会自动改用内置的简易检索;若要使用完整的全文搜索,请在 \`site/\` 目录下启动任一本地网页服务器(例如 \`python3 -m http.server\`),再访问 http://localhost:8000/search.html 。不用搜索时,也可打开“全部任务”页面,用浏览器的查找功能(Ctrl+F)。

## 如何校验

\`SHA256SUMS\` 列出了本包内其余每个文件的 SHA-256。在解压后的 \`${name}/\` 目录中运行:

- Linux:\`sha256sum -c SHA256SUMS\`
- macOS:\`shasum -a 256 -c SHA256SUMS\`
- Windows:在 PowerShell 中用 \`Get-FileHash -Algorithm SHA256 <文件>\` 逐个与清单核对
- 本项目:\`npm run verify-archive -- <zip 文件或解压目录>\`,逐个报告缺失、被改动或多出的文件。

全部显示“OK”/“校验通过”即说明文件与打包时完全一致。建议另行保存本 zip 文件自身的 SHA-256,以证明 SHA256SUMS 未被替换。

---

## What this is

An archive bundle of the site that publishes the annual completion reports of the government work report: \`site/\` is the complete static site (no network or server needed), \`site/<year>/report-<year>.html\` the single-file edition of each report (${singles}), \`sources/\` the raw tables exactly as published (byte for byte) with their provenance notes, \`data/\` the open data (JSON, CSV, JSON Schema), and \`SHA256SUMS\` the SHA-256 of every other file.

## Source and provenance

See the table above. Every text on the site comes from those raw files; statuses, areas and figure checks are the program's reading of them (see \`site/methodology.html\`). The publisher's own page is authoritative.

## How to open

Unzip and open \`site/index.html\` in a browser; all links are relative and work from disk. From disk the search page uses a built-in simple search; for full-text search serve \`site/\` with any local web server (e.g. \`python3 -m http.server\`) and open http://localhost:8000/search.html, or use the browser's find (Ctrl+F) on the all-tasks page.

## How to verify

In the unzipped \`${name}/\` folder run \`sha256sum -c SHA256SUMS\` (Linux), \`shasum -a 256 -c SHA256SUMS\` (macOS), \`Get-FileHash -Algorithm SHA256 <file>\` in PowerShell (Windows, file by file), or \`npm run verify-archive -- <zip or folder>\` from this project, which reports every missing, altered or added file. Keep the SHA-256 of the zip itself elsewhere, to show that SHA256SUMS was not replaced.
`;
}
