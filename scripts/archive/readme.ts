import type { ReportMeta } from './date.ts';
import type { EditorialNote, Origin, Tools } from './provenance.ts';

export interface ReadmeInput {
  /** Folder name of the bundle, e.g. gzbg-2025-01-26. */
  name: string;
  date: string;
  siteName: string;
  reports: ReportMeta[];
  /** Root-relative paths of the single-file editions present in site/. */
  singleFiles: string[];
  fileCount: number;
  origin?: Origin;
  tools?: Tools;
  rights?: string;
  notes?: EditorialNote[];
}

/** The PowerShell one-liner that checks every line of SHA256SUMS (Windows PowerShell 5.1 and 7). */
export const POWERSHELL_CHECK =
  "$bad = 0; Get-Content SHA256SUMS -Encoding UTF8 | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h) { \"FAILED: $f\"; $bad++ } }; if ($bad -eq 0) { 'OK' }";

const cell = (s: string | number | undefined) => (s === undefined || s === '' ? '—' : String(s).replace(/\|/g, '\\|'));

/**
 * ARCHIVE.md: what the bundle is, where it came from (sources, repository and commit, tools), the
 * editors' corrections, the rights statement, how to open, verify and rebuild it — Chinese, then
 * English. Everything in it comes from the inputs, so the same inputs give the same text.
 */
export function archiveReadme(input: ReadmeInput): string {
  const { name, date, siteName, reports, singleFiles, fileCount } = input;
  const origin = input.origin ?? {};
  const tools = input.tools ?? {};
  const notes = input.notes ?? [];
  const rights = input.rights?.trim() ?? '';
  const rows = reports.map(
    (r) =>
      `| ${r.year} | ${cell(r.title)} | ${cell([r.region, r.publisher].filter(Boolean).join(' '))} | ${r.written} | ${cell(r.url)} | \`${r.sourceFile}\` | \`${r.sha256}\` |`,
  );
  const table = [
    '| 年度 Year | 标题 Title | 发布机构 Publisher | 成文日期 Date | 原始页面 Original page | 原始文件 Raw file | sha256 |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const fileRows = reports.map(
    (r) =>
      `| ${r.year} | \`${r.sourceFile}\` | ${cell(r.format)} | ${cell(r.encoding)} | ${cell(r.bytes)} | ${cell(r.retrieved)} | \`${r.sha256}\` |`,
  );
  const fileTable = [
    '| 年度 Year | 原始文件 Raw file | 格式 Format | 编码 Encoding | 字节 Bytes | 取得日期 Retrieved | SHA-256 |',
    '|---|---|---|---|---|---|---|',
    ...fileRows,
  ].join('\n');
  const noteRows = notes.map((n) => `| ${n.year} | \`${n.file}\` | ${cell(n.what)} | ${cell(n.reason)} |`);
  const noteTable =
    notes.length === 0
      ? '本包中没有编辑更正。 / No editors’ corrections in this bundle.'
      : ['| 年度 Year | 文件 File | 更正内容 Correction | 理由 Reason |', '|---|---|---|---|', ...noteRows].join('\n');
  const singles = singleFiles.map((p) => `\`site/${p}\``).join('、') || '—';
  const repo = origin.repository ?? '（未记录：打包时没有 git 远程地址，也没有设置 GZBG_REPOSITORY）';
  const repoEn = origin.repository ?? '(not recorded: no git remote and no GZBG_REPOSITORY when the bundle was made)';
  const commit = origin.commit ?? '（未记录：打包时没有 git，也没有设置 GZBG_COMMIT）';
  const commitEn = origin.commit ?? '(not recorded: no git and no GZBG_COMMIT when the bundle was made)';
  const dirty = origin.dirty ? '（打包时工作区另有未提交的改动，网站可能与该版本略有不同）' : '';
  const dirtyEn = origin.dirty
    ? ' (the working tree had uncommitted changes: the site may differ slightly from it)'
    : '';
  const version = (v: string | undefined) => v ?? '未记录 / not recorded';
  const rightsZh =
    rights ||
    '主办单位未在站点设置（content/site.yaml 的 rights）中作出权利声明。原始表格及其文字由发布机构公开发布，其权利以发布机构的声明为准；本存档包不授予任何额外的许可。';
  const rightsEn =
    rights ||
    'The host made no rights statement in the site settings (rights in content/site.yaml). The raw tables and their text were published by the publishers named above, whose own terms apply; this bundle grants no further licence.';
  const checkout = origin.commit ? `git checkout ${origin.commit}` : 'git checkout <提交 commit>';
  const clone = origin.repository ? `git clone ${origin.repository} gzbg` : 'git clone <仓库地址 repository> gzbg';

  return `# ${siteName} · 存档包 / Archive bundle \`${name}\`

日期 Date：${date}（取自报告的成文日期或 SOURCE_DATE_EPOCH，不是打包时刻 / from the reports’ date or SOURCE_DATE_EPOCH, not the packing time）
文件数 Files：${fileCount}（不含 SHA256SUMS / excluding SHA256SUMS）

## 这是什么

本存档包保存政府工作报告年度完成情况网站的一个完整版本，供长期保存与核验：

- \`site/\`：完整的静态网站，无需联网、无需服务器即可浏览；
- \`site/<年度>/report-<年度>.html\`：每份报告的单文件版（全部任务、元数据与图表在一个 HTML 文件里）：${singles}；
- \`sources/\`：发布机构公开的原始表格，逐字节原样保存，及其来源说明（source.yaml，含编辑对单元格的更正）；
- \`overrides/\`：编辑对程序判读的更正（每条写明理由）；
- \`data/\`：开放数据（JSON、CSV 及 JSON Schema），与网站“数据下载”页提供的相同；
- \`SHA256SUMS\`：本包内每个文件的 SHA-256 校验值。

## 来源与出处

${table}

网站上的全部文字都来自上述原始文件；状态、领域和数字比对是程序依据原文所作的解读，方法见 \`site/methodology.html\`。原文以发布机构公开的页面为准。

### 原始文件 / Raw files

${fileTable}

原始文件逐字节保存，SHA-256 即发布机构所发布文件的校验值；编辑的更正写在旁边的 source.yaml 和 overrides/ 中，从不改动原始文件。

## 编辑更正 / Editors’ corrections

${noteTable}

## 构建来源 / Built from

- 仓库 Repository：${repo}
- 提交 Commit：${commit}${dirty}
- 工具版本 Tools（package-lock.json）：Node ${version(tools.node)}，Astro ${version(tools.astro)}，Pagefind ${version(tools.pagefind)}

## 权利声明

${rightsZh}

## 如何打开

解压后用浏览器打开 \`site/index.html\` 即可，所有页面之间的链接都是相对链接，可直接从磁盘打开。
从磁盘打开时，搜索页会自动改用内置的简易检索；若要使用完整的全文搜索，请在 \`site/\` 目录下启动任一本地网页服务器（例如 \`python3 -m http.server\`），再访问 http://localhost:8000/search.html 。不用搜索时，也可打开“全部任务”页面，用浏览器的查找功能（Ctrl+F）。

## 如何校验

\`SHA256SUMS\` 列出了本包内其余每个文件的 SHA-256。在解压后的 \`${name}/\` 目录中运行一条命令：

- Linux：\`sha256sum -c SHA256SUMS\`
- macOS：\`shasum -a 256 -c SHA256SUMS\`
- Windows（PowerShell）：\`${POWERSHELL_CHECK}\`
- 本项目：\`npm run verify-archive -- <zip 文件或解压目录>\`，逐个报告缺失、被改动或多出的文件。

全部显示“OK”即说明文件与打包时完全一致。建议另行保存本 zip 文件自身的 SHA-256，以证明 SHA256SUMS 未被替换。

## 如何重新构建

在 Linux、macOS 或 Windows 上安装 Node.js 20 或更新版本（含 npm）和 git，然后在终端（Windows 用 PowerShell）中运行：

\`\`\`
${clone}
cd gzbg
${checkout}
npm ci
npm run build
\`\`\`

\`npm ci\` 按 package-lock.json 安装与上面相同版本的工具（项目自带 Node ${version(tools.node)}）；\`npm run build\` 从 \`content/sources/\` 的原始表格重新生成网站到 \`dist/\`。再运行 \`npm run archive\` 可重新生成存档包：同样的输入得到逐字节相同的 zip 文件。

---

## What this is

An archive bundle of the site that publishes the annual completion reports of the government work report: \`site/\` is the complete static site (no network or server needed), \`site/<year>/report-<year>.html\` the single-file edition of each report (${singles}), \`sources/\` the raw tables exactly as published (byte for byte) with their provenance notes (source.yaml, including the editors’ cell corrections), \`overrides/\` the editors’ corrections of the program’s readings (each with its reason), \`data/\` the open data (JSON, CSV, JSON Schema), and \`SHA256SUMS\` the SHA-256 of every other file.

## Source and provenance

See the tables above: each report’s publisher, date and original page, and each raw file’s format, encoding, size, retrieval date and SHA-256 (the hash of the file as published: corrections are kept beside it, in source.yaml and overrides/, never in it). Every text on the site comes from those raw files; statuses, areas and figure checks are the program’s reading of them (see \`site/methodology.html\`). The publisher’s own page is authoritative.

## Built from

Repository: ${repoEn}. Commit: ${commitEn}${dirtyEn}. Tools (package-lock.json): Node ${version(tools.node)}, Astro ${version(tools.astro)}, Pagefind ${version(tools.pagefind)}.

## Rights

${rightsEn}

## How to open

Unzip and open \`site/index.html\` in a browser; all links are relative and work from disk. From disk the search page uses a built-in simple search; for full-text search serve \`site/\` with any local web server (e.g. \`python3 -m http.server\`) and open http://localhost:8000/search.html, or use the browser’s find (Ctrl+F) on the all-tasks page.

## How to verify

In the unzipped \`${name}/\` folder run one command: \`sha256sum -c SHA256SUMS\` (Linux), \`shasum -a 256 -c SHA256SUMS\` (macOS), or in PowerShell (Windows) the one-liner above, which prints OK or each FAILED file; \`npm run verify-archive -- <zip or folder>\` from this project reports every missing, altered or added file. Keep the SHA-256 of the zip itself elsewhere, to show that SHA256SUMS was not replaced.

## How to rebuild

On Linux, macOS or Windows install Node.js 20 or later (with npm) and git, then in a terminal (PowerShell on Windows) run the five commands above: clone, enter the folder, check out the commit, \`npm ci\` (installs the exact tool versions of package-lock.json; the project brings its own Node ${version(tools.node)}) and \`npm run build\` (regenerates the site into \`dist/\` from the raw tables in \`content/sources/\`). \`npm run archive\` then makes the bundle again: the same inputs give a byte-identical zip.
`;
}
