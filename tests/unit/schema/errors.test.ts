import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { CFB } from '@e965/xlsx';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bundleDate, reportMetas } from '../../../scripts/archive/date.ts';
import { buildSite, checkBuiltSite, checkBundleName } from '../../../scripts/archive/site.ts';
import { verifyBundle } from '../../../scripts/archive/verify.ts';
import { readContent, convertWordFiles } from '../../../scripts/ingest-io.ts';
import { checkContent, readYaml } from '../../../src/lib/settings.ts';
import { sourceBytes, sourceParam } from '../../../src/lib/sources.ts';
import { readOfficeDocument } from '../../../src/pipeline/parse/index.ts';
import { runPipeline, type PipelineInput, type YearFolder } from '../../../src/pipeline/run.ts';
import { YamlProblems } from '../../../src/pipeline/yaml-file.ts';
import { ERROR_CODES, Errors } from '../../../src/schema/errors.ts';
import { SiteConfig, SourceError, Taxonomy, type Report, type Task } from '../../../src/schema/index.ts';
import { gbk } from '../pipeline/parse/helpers.ts';
import {
  encryptedContainer,
  fixture as office,
  legacyDocContainer,
  rewriteEntry,
  zipBomb,
} from '../pipeline/parse/office-helpers.ts';
import { FIXTURES } from '../pipeline/real-source.ts';

/**
 * The error catalogue (src/schema/errors.ts, issue 15 point 3): one trigger per entry, run through
 * the real code path (the pipeline, the ingest I/O, the site's checks) — never by calling
 * message() — asserting the code and the whole message an editor reads.
 */

const enc = (s: string) => new TextEncoder().encode(s);
const taxonomyText =
  'fallback: other\nareas:\n  - slug: parks\n    name: 公园绿地\n    keywords: [公园]\n  - slug: other\n    name: 其他\n    keywords: [其他]\n';
const TAXONOMY = Taxonomy.parse(parseYaml(taxonomyText));
/** A synthetic 2031 table in pipe text, 3 rows, with its own 政务公开 metadata. */
const clean = readFileSync(`${FIXTURES}/messy/clean.txt`, 'utf8');
const VERSIONS = (a: string, b: string, head = '') =>
  `${head}versions:\n  - file: ${a}\n    date: 2032-01-20\n  - file: ${b}\n    date: 2032-02-01\n`;
/** What a CSV or Excel table lacks, so that a refusal of the table itself comes alone. */
const META = 'title: 2031年政府工作报告年度完成情况\nmeta:\n  publisher: 合成测试办公室\n  written: 2032-01-20\n';
type File = string | Uint8Array | { bytes: Uint8Array; docxHtml: string };
const folder = (name: string, files: Record<string, File>, overridesText?: string): YearFolder => ({
  name,
  files: Object.entries(files).map(([n, f]) =>
    typeof f === 'string'
      ? { name: n, bytes: enc(f) }
      : f instanceof Uint8Array
        ? { name: n, bytes: f }
        : { name: n, ...f },
  ),
  ...(overridesText === undefined ? {} : { overridesText }),
});
const input = (years: YearFolder[]): PipelineInput => ({ years, taxonomyText, contentLabel: 'c', command: 'x' });
/** The pipeline on one year folder (2031 unless named). */
const run = (files: Record<string, File>, options: { year?: string; overrides?: string } = {}) =>
  runPipeline(input([folder(options.year ?? '2031', files, options.overrides)]));
const overrides = (text: string) => run({ 't.txt': clean }, { overrides: `year: 2031\noverrides:\n${text}` });
/** A text fixture of tests/fixtures/pipeline (input.txt), in a 2031 folder. */
const textFixture = (name: string) => run({ 'input.txt': readFileSync(`${FIXTURES}/${name}/input.txt`) });
const workbook = (sheets: Record<string, unknown[][]>): Uint8Array => {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};
const TABLE = [
  ['编号', '目标任务', '完成情况'],
  [1, '新建公园3个。', '已建成公园3个。'],
];
const html = (body: string, head = '') =>
  `<html><head>${head}<title>2031年政府工作报告年度完成情况</title></head><body>${body}</body></html>`;
const HTML_TABLE =
  '<table><tr><th>编号</th><th>目标任务</th><th>完成情况</th></tr><tr><td>1</td><td>新建公园3个。</td><td>已建成公园3个。</td></tr><tr><td>2</td><td>推进学校建设。</td><td>已开工。</td></tr></table>';
const cfb = (stream: string): Uint8Array => {
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, stream, new Uint8Array(1024));
  return new Uint8Array(CFB.write(c, { type: 'array', fileType: 'cfb' }) as ArrayBuffer);
};
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gzbg-errors-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder holding `files` (path → text), for the archive's cases. */
const folderWith = (files: Record<string, string>): string => {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};
const EMPTY = tempDir();
const HASH = 'a'.repeat(64);
/** An unzipped bundle whose SHA256SUMS is `sums`. */
const bundleWith = (sums: string) => folderWith({ 'site/index.html': '<!DOCTYPE html>', SHA256SUMS: sums });
const BAD_LINE = bundleWith('not a checksum line\n');
const BAD_PATH = bundleWith(`${HASH}  ../etc/passwd\n`);
const TWICE = bundleWith(`${HASH}  site/index.html\n${HASH}  site/index.html\n`);
const NO_MANIFEST = folderWith({ 'site/index.html': '<!DOCTYPE html>' });
const NOT_ZIP = join(folderWith({ 'gzbg-2032-02-03.zip': 'not a zip file' }), 'gzbg-2032-02-03.zip');
const RAW = folderWith({ 'sources/2031/t.txt': clean });
const NO_META = folderWith({ 'reports/2031/index.md': '---\nyear: 2031\nsource:\n  file: sources/2031/t.txt\n---\n' });

interface Case {
  code: string;
  /** What triggers it (the fixture or the input). */
  trigger: string;
  run: () => unknown;
  message: string;
}

const CORRECTION = '不要改动原始文件（网站公布它的 SHA-256）；请在';

const cases: Case[] = [
  // ── Folders and files ──
  {
    code: 'E_FOLDER_NOT_YEAR',
    trigger: 'a folder sources/abcd',
    run: () => run({ 't.txt': clean }, { year: 'abcd' }),
    message:
      'c/sources/abcd → 文件夹名“abcd”不是年份。每年的原始表格放在以年份命名的文件夹中，如 content/sources/2025/',
  },
  {
    code: 'E_TITLE_YEAR_MISMATCH',
    trigger: 'the 2031 table in a 2030 folder',
    run: () => run({ 't.txt': clean }, { year: '2030' }),
    message:
      'c/sources/2030/t.txt → 这是 2031 年的表格（标题写的是 2031 年），却放在 2030 文件夹中。请把它移到 c/sources/2031/（没有就新建这个文件夹）；原始表格的内容不要改动',
  },
  {
    code: 'E_TABLE_IN_WRONG_FOLDER',
    trigger: 'a 2032 table beside the 2031 table',
    run: () => run({ '2031.txt': clean, '新表.txt': clean.replace('2031年', '2032年') }),
    message:
      'c/sources/2031/新表.txt → 这是 2032 年的表格，却放在 2031 文件夹中。请把它移到 c/sources/2032/（没有就新建这个文件夹）；2031 年自己的原始表格请保留，不要删除',
  },
  {
    code: 'E_SIDECAR_FILE_MISSING',
    trigger: 'source.yaml file: b.txt, not in the folder',
    run: () => run({ 't.txt': clean, 'source.yaml': 'file: b.txt\n' }),
    message: 'c/sources/2031/source.yaml → file 指定的“b.txt”不在文件夹中。请改正 file，或把原始表格放进这个文件夹',
  },
  {
    code: 'E_NO_SOURCE',
    trigger: 'a year folder holding only notes.md',
    run: () => run({ 'notes.md': '说明' }),
    message:
      'c/sources/2031 → 文件夹中没有原始表格。请放入 .txt、.html、.htm、.csv、.tsv、.xlsx、.xls、.docx 格式的原始表格，或删除这个文件夹',
  },
  {
    code: 'E_SEVERAL_SOURCES',
    trigger: 'two tables of the same year',
    run: () => run({ 'a.txt': clean, 'b.txt': clean }),
    message:
      'c/sources/2031 → 文件夹中有多个原始表格：a.txt、b.txt。请在 source.yaml 中用 file: 指明使用哪一个（例如 file: a.txt），其余文件可以留在文件夹中',
  },
  {
    code: 'E_TAXONOMY_MISSING',
    trigger: 'ingest on a content folder without taxonomy.yaml',
    run: () => readContent(tempDir(), 'c', 'x'),
    message:
      'c/taxonomy.yaml → 找不到政策领域分类文件。请确认内容文件夹 c 是否正确（--content 或 GZBG_CONTENT_DIR），其中应有 taxonomy.yaml 和 sources/',
  },
  {
    code: 'E_SETTINGS_FILE_MISSING',
    trigger: 'the site reading site.yaml from a content folder without one',
    run: () => withContentDir('/nonexistent-gzbg', () => readYaml('site.yaml', SiteConfig)),
    message: '/nonexistent-gzbg/site.yaml → 找不到这个设置文件。请确认内容文件夹是否正确，文件是否存在',
  },
  {
    code: 'E_AREA_NOT_IN_TAXONOMY',
    trigger: 'a generated task whose area slug is gone from taxonomy.yaml',
    run: () =>
      withContentDir('/c', () =>
        checkContent(TAXONOMY, [], [{ year: 2031, id: '2', area: { slug: 'roads' } } as Task]),
      ),
    message:
      '/c/taxonomy.yaml → 2031 年第 2 项任务的领域「roads」不在 content/taxonomy.yaml 中。请在 taxonomy.yaml 中添加该领域，或重新运行 npm run ingest',
  },
  {
    code: 'E_SOURCE_OUTSIDE_SOURCES',
    trigger: 'a generated report whose source.file is not under sources/',
    run: () => withContentDir('/c', () => sourceParam({ year: 2031, source: { file: 'raw/2031/t.txt' } } as Report)),
    message:
      '/c/reports/2031 → 2031 年报告的原始文件路径“raw/2031/t.txt”不在 sources/ 下。生成的报告不要手改；请重新运行 npm run ingest',
  },
  {
    code: 'E_SOURCE_CHANGED',
    trigger: 'a raw file edited after ingest (its sha256 no longer the recorded one)',
    run: () =>
      withContentDir(RAW, () =>
        sourceBytes({ year: 2031, source: { file: 'sources/2031/t.txt', sha256: HASH } } as Report),
      ),
    message: `${join(RAW, 'sources/2031/t.txt')} → 这个文件的 sha256 与 2031 年报告记录的不一致：原始文件被改动过，或内容没有重新生成。原始文件要与政府发布的逐字节相同：改动过的请恢复原样（要更正单元格，写在 source.yaml 的 corrections: 中）；换了新文件的请重新运行 npm run ingest`,
  },
  {
    code: 'E_TASK_COUNT_MISMATCH',
    trigger: 'a report of 3 tasks with 1 task file',
    run: () =>
      withContentDir('/c', () =>
        checkContent(
          TAXONOMY,
          [{ year: 2031, taskCount: 3 } as Report],
          [{ year: 2031, id: '1', area: { slug: 'other' } } as Task],
        ),
      ),
    message: '/c/reports/2031 → 2031 年报告记有 3 项任务，内容目录中却有 1 项。请重新运行 npm run ingest',
  },

  // ── File types and containers ──
  {
    code: 'E_REFUSED_FORMAT',
    trigger: 'a Word 97-2003 报告.doc',
    run: () => run({ '报告.doc': 'x' }),
    message:
      'c/sources/2031/报告.doc → 这是 Word 97-2003 文档（.doc），程序不能直接读取。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来',
  },
  {
    code: 'E_UNKNOWN_FORMAT',
    trigger: 'source.yaml file: naming a.xyz',
    run: () => run({ 'a.xyz': 'x', 'source.yaml': 'file: a.xyz\n' }),
    message:
      'c/sources/2031/a.xyz → 无法识别的文件类型。原始表格应为 .txt、.html、.htm、.csv、.tsv、.xlsx、.xls、.docx 文件',
  },
  {
    code: 'E_NOT_OFFICE',
    trigger: 'the Office reader handed a .txt',
    run: () => readOfficeDocument(enc(clean), 't.txt'),
    message: 't.txt → 不是 Excel 或 Word 文件。请放入 .xlsx、.xls 或 .docx 文件',
  },
  {
    code: 'E_CORRUPT',
    trigger: 'a truncated keqiao.xlsx',
    run: () => run({ 'a.xlsx': office('keqiao-2023-q1/keqiao.xlsx').subarray(0, 3000), 'source.yaml': META }),
    message:
      'c/sources/2031/a.xlsx → 文件已损坏，或不是Excel 工作簿（压缩结构无法读取）。请在 Excel 或 WPS 表格中打开这个文件，确认内容完整后“另存为” Excel 工作簿（.xlsx），再放进来',
  },
  {
    code: 'E_ENCRYPTED',
    trigger: 'an Office EncryptedPackage container named .xlsx',
    run: () => run({ 'a.xlsx': encryptedContainer(), 'source.yaml': META }),
    message:
      'c/sources/2031/a.xlsx → Excel 工作簿设置了打开密码（内容已加密），程序无法读取。请在 Excel 或 WPS 表格 中输入密码打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码，另存为未加密的文件后再放进来',
  },
  {
    code: 'E_ZIP_TOO_MANY_ENTRIES',
    trigger: 'a zip of 10 001 empty entries named .xlsx',
    run: () =>
      run({
        'a.xlsx': zipSync(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`x/${i}`, new Uint8Array(0)]))),
        'source.yaml': META,
      }),
    message:
      'c/sources/2031/a.xlsx → 文件中有超过 10000 个压缩项，不像正常的Excel 工作簿。请在 Excel 或 WPS 表格中打开这个文件，确认内容完整后“另存为” Excel 工作簿（.xlsx），再放进来',
  },
  {
    code: 'E_ZIP_TOO_LARGE',
    trigger: 'a zip bomb declaring 51 MB, named .xlsx',
    run: () =>
      run({
        'a.xlsx': zipBomb('xl/worksheets/sheet1.xml', 51, { 'xl/workbook.xml': new Uint8Array(10) }),
        'source.yaml': META,
      }),
    message:
      'c/sources/2031/a.xlsx → 文件解压后共 51.0 MB，超过 50.0 MB 的上限（文件可能已损坏，或被构造成“压缩炸弹”）。政府公开的表格解压后通常不到 1 MB。请核对文件来源；如确为原件，请在 Excel 或 WPS 表格中打开，删去表格以外的内容（图片、附件、多余的工作表）后另存为，再放进来',
  },
  {
    code: 'E_WORKBOOK_IS_DOCX',
    trigger: 'keqiao.docx named .xlsx',
    run: () => run({ 'a.xlsx': office('keqiao-2023-q1/keqiao.docx'), 'source.yaml': META }),
    message:
      'c/sources/2031/a.xlsx → 这是 Word 文档，不是 Excel 工作簿。请把文件的扩展名改为 .docx；或在 Excel/WPS 中把表格“另存为” .xlsx',
  },
  {
    code: 'E_WORKBOOK_IS_DOC',
    trigger: 'a Word 97-2003 container named .xls',
    run: () => run({ 'a.xls': legacyDocContainer(), 'source.yaml': META }),
    message:
      'c/sources/2031/a.xls → 这是 Word 97-2003 文档（.doc），不是 Excel 工作簿。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来',
  },
  {
    code: 'E_DOCX_IS_DOC',
    trigger: 'ingest converting a Word 97-2003 container named .docx',
    run: () => convertWordFiles(input([folder('2031', { 'a.docx': legacyDocContainer() })])),
    message:
      'c/sources/2031/a.docx → 这是 Word 97-2003 文档（.doc），只是扩展名写成了 .docx。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来',
  },
  {
    code: 'E_DOCX_IS_XLS',
    trigger: 'ingest converting an Excel 97-2003 container named .docx',
    run: () => convertWordFiles(input([folder('2031', { 'a.docx': cfb('/Workbook') })])),
    message:
      'c/sources/2031/a.docx → 这是 Excel 97-2003 工作簿（.xls），不是 Word 文档。请把文件的扩展名改为 .xls，或在 Excel/WPS 中“另存为” .xlsx',
  },
  {
    code: 'E_DOCX_IS_XLSX',
    trigger: 'ingest converting keqiao.xlsx named .docx',
    run: () => convertWordFiles(input([folder('2031', { 'a.docx': office('keqiao-2023-q1/keqiao.xlsx') })])),
    message:
      'c/sources/2031/a.docx → 这是 Excel 工作簿，不是 Word 文档。请把文件的扩展名改为 .xlsx，或在 Word/WPS 中“另存为” .docx',
  },
  {
    code: 'E_DOCX_NO_TABLE',
    trigger: 'a .docx whose converted HTML has a paragraph and no table',
    run: () => run({ 'a.docx': { bytes: new Uint8Array(0), docxHtml: '<p>2031年工作进展</p>' } }),
    message:
      'c/sources/2031/a.docx → 文档中没有表格。请确认放入的是含有完成情况表格的文档；表格若是图片或文本框，请在 Word/WPS 中改成真正的表格（“插入 → 表格”或“文本转换成表格”）后保存',
  },
  {
    code: 'E_SHEET_TOO_LARGE',
    trigger: 'a sheet whose used range is A1:XFD1048576',
    run: () =>
      run({
        'a.xlsx': rewriteEntry(workbook({ S: TABLE }), 'xl/worksheets/sheet1.xml', (xml) =>
          xml
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace(
              '</sheetData>',
              '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
            ),
        ),
        'source.yaml': META,
      }),
    message:
      'c/sources/2031/a.xlsx → 工作表“S”的内容范围 A1:XFD1048576 过大（超过 100000 个单元格）。请在 Excel 或 WPS 表格中删去表格以外远处的单元格内容，保存后再放进来',
  },
  {
    code: 'E_FORMULA_NOT_CACHED',
    trigger: 'meishan.xlsx with the saved value of G7 removed',
    run: () =>
      run({
        'a.xlsx': rewriteEntry(office('meishan-2019/meishan.xlsx'), 'xl/worksheets/sheet1.xml', (xml) =>
          xml.replace(/(<c r="G7"[^>]*>)<f>([^<]*)<\/f><v>[^<]*<\/v>/, '$1<f>$2</f>'),
        ),
        'source.yaml': META,
      }),
    message:
      'c/sources/2031/a.xlsx → 工作表“完成情况”的 G7 是公式（=ROUND(F7/E7*100,1)），文件中没有保存它的计算结果。请在 Excel 或 WPS 表格中打开并保存一次（保存时会写入计算结果），再放进来',
  },
  {
    code: 'E_NO_READABLE_SHEET',
    trigger: 'a workbook with one empty sheet',
    run: () => run({ 'a.xlsx': workbook({ Sheet1: [] }), 'source.yaml': META }),
    message:
      'c/sources/2031/a.xlsx → 工作簿中没有可读的表格：工作表“Sheet1”是空的。请确认放入的是含有完成情况表格的文件；表格若在隐藏的工作表中，请在 Excel 中取消隐藏后保存',
  },

  // ── Encodings ──
  {
    code: 'E_UTF16',
    trigger: 'the clean table saved as UTF-16LE with a BOM',
    run: () =>
      run({
        't.txt': new Uint8Array([
          0xff,
          0xfe,
          ...new Uint8Array(new Uint16Array([...clean].map((c) => c.charCodeAt(0))).buffer),
        ]),
      }),
    message:
      'c/sources/2031/t.txt:1 → 文件是 UTF-16 编码（Excel 的“Unicode 文本”或记事本的“Unicode”），程序只读 UTF-8。请在 Excel 中打开原表，“另存为”选“CSV UTF-8（逗号分隔）(*.csv)”；或在记事本中“另存为”，编码选“UTF-8”',
  },
  {
    code: 'E_GB18030_NOT_UTF8',
    trigger: 'a page declaring UTF-8 whose table is GBK',
    run: () => run({ 't.html': new Uint8Array([...enc('<meta charset="utf-8">\n'), ...gbk(html(HTML_TABLE))]) }),
    message:
      'c/sources/2031/t.html:2 → 文件不是 UTF-8 编码，看起来是 GB18030/GBK 编码。请先转换为 UTF-8 再放入，例如：iconv -f GB18030 -t UTF-8 原文件 > 新文件（或用文本编辑器“另存为 UTF-8”）',
  },
  {
    code: 'E_NOT_UTF8',
    trigger: 'tests/fixtures/pipeline/not-utf8',
    run: () => textFixture('not-utf8'),
    message:
      'c/sources/2031/input.txt:7 → 文件不是 UTF-8 编码（第 380 个字节无法识别）。请确认文件的编码，转换为 UTF-8 后再放入',
  },
  {
    code: 'E_CHARSET_UNSUPPORTED',
    trigger: 'a page declaring charset big5',
    run: () => run({ 't.html': html(HTML_TABLE, '<meta charset="big5">') }),
    message: 'c/sources/2031/t.html → 文件声明的字符集“big5”不受支持。请把文件另存为 UTF-8（或 GBK/GB18030）后再放入',
  },
  {
    code: 'E_CHARSET_MISMATCH',
    trigger: 'a page declaring gbk with bytes that are neither GBK nor UTF-8',
    run: () => run({ 't.html': new Uint8Array([...enc(html(HTML_TABLE, '<meta charset="gbk">')), 0xff, 0x30]) }),
    message:
      'c/sources/2031/t.html → 文件声明 charset=gbk，但内容不是有效的 GB18030/GBK 编码。请用浏览器“另存为”重新保存网页，或把文件另存为 UTF-8',
  },

  // ── CSV syntax ──
  {
    code: 'E_EMPTY_FILE',
    trigger: 'an empty t.csv',
    run: () => run({ 't.csv': '', 'source.yaml': META }),
    message: 'c/sources/2031/t.csv → 文件是空的。请重新从 Excel 导出表格',
  },
  {
    code: 'E_CSV_UNCLOSED_QUOTE',
    trigger: 'a CSV cell opening a quote on line 2 that never closes',
    run: () => run({ 't.csv': '编号,目标任务,完成情况\n1,"新建公园3个。,已建成\n', 'source.yaml': META }),
    message:
      'c/sources/2031/t.csv:2 → 这一行开始的带引号单元格没有结束引号。请检查该单元格的双引号是否成对；单元格内的引号应写成两个双引号 ""',
  },
  {
    code: 'E_CSV_AFTER_QUOTE',
    trigger: 'a CSV cell "新建"公园 (text after the closing quote)',
    run: () => run({ 't.csv': '编号,目标任务,完成情况\n1,"新建"公园,已建成\n', 'source.yaml': META }),
    message:
      'c/sources/2031/t.csv:2 → 带引号的单元格结束后紧跟着多余的字符“公”。请把整个单元格放在一对双引号中，单元格内的引号写成两个双引号 ""',
  },

  // ── Finding the table ──
  {
    code: 'E_NO_TABLE',
    trigger: 'a page without a table',
    run: () => run({ 't.html': html('<p>正文</p>') }),
    message: 'c/sources/2031/t.html → 文件中没有任何表格内容。请确认放入的是含任务表格的原始文件',
  },
  {
    code: 'E_NO_TITLE',
    trigger: 'tests/fixtures/pipeline/missing-title',
    run: () => textFixture('missing-title'),
    message:
      'c/sources/2031/input.txt → 表格中没有标题行，来源说明中也没有 title。请在 c/sources/2031/source.yaml 中写上标题，例如：\ntitle: 2025年政府工作报告年度完成情况',
  },
  {
    code: 'E_TITLE_WITHOUT_YEAR',
    trigger: 'tests/fixtures/pipeline/title-without-year',
    run: () => textFixture('title-without-year'),
    message:
      'c/sources/2031/input.txt → 标题“政府工作报告年度完成情况(合成测试数据)”中没有年份。请在 c/sources/2031/source.yaml 中写上写明年份的标题，例如：\ntitle: 2025年政府工作报告年度完成情况',
  },
  {
    code: 'E_SHEET_NOT_FOUND',
    trigger: 'source.yaml sheet: 汇总 for a workbook with sheet 表1 only',
    run: () => run({ 'a.xlsx': workbook({ 表1: TABLE }), 'source.yaml': `${META}sheet: 汇总\n` }),
    message:
      'c/sources/2031/source.yaml → sheet: 汇总 不在文件中（文件中的表格：工作表“表1”）。请把 sheet 改为其中之一',
  },
  {
    code: 'E_TABLE_OUT_OF_RANGE',
    trigger: 'source.yaml table: 3 for a text file with one table',
    run: () => run({ 't.txt': clean, 'source.yaml': 'table: 3\n' }),
    message: 'c/sources/2031/source.yaml → table: 3 超出范围（文件中有 1 个表格）。请把 table 改为 1–1 之间的数',
  },
  {
    code: 'E_SEVERAL_TABLES',
    trigger: 'a page with two task tables',
    run: () => run({ 't.html': `${html(HTML_TABLE)}\n${HTML_TABLE}` }),
    message:
      'c/sources/2031/t.html → 文件中有 2 个任务表格：第 1 个表格（表头在第 1 行）、第 2 个表格（表头在第 2 行）。请在 c/sources/2031/source.yaml 中写明读哪一个，例如：\ntable: 1',
  },
  {
    code: 'E_SEVERAL_FINALS',
    trigger: 'a year whose own folder and a subfolder both hold a final report',
    run: () =>
      runPipeline(
        input([
          {
            ...folder('2031', { 't.txt': clean }),
            reports: [{ name: '又一份', files: folder('x', { 't.txt': clean }).files }],
          },
        ]),
      ),
    message:
      'c/sources/2031 → 2031 年有 2 份年度完成情况：sources/2031/t.txt、sources/2031/又一份/t.txt。一年只能有一份年度完成情况；其余是年中进展的，请在它的 source.yaml 中写 kind: progress 和 asOf: 截至日期',
  },
  {
    code: 'E_ASOF_OUTSIDE_YEAR',
    trigger: 'source.yaml asOf in another year',
    run: () => run({ 't.txt': clean, 'source.yaml': 'kind: progress\nasOf: 2030-06-30\n' }),
    message:
      'c/sources/2031/source.yaml → asOf 写的是 2030-06-30，不在 2031 年内。进展报告的截至日期应在 2031 年内，例如 asOf: 2031-06-30',
  },
  {
    code: 'E_ASOF_MISSING',
    trigger: 'kind: progress with no date in the title or source.yaml',
    run: () => run({ 't.txt': clean, 'source.yaml': 'kind: progress\n' }),
    message:
      'c/sources/2031/t.txt → 这是年度中的进展报告（标题“2031年政府工作报告年度完成情况(合成测试数据)”），但标题没有写明截至哪一天。请在 c/sources/2031/source.yaml 中写上截至日期，例如 asOf: 2031-06-30；如果它其实是年度完成情况，请写 kind: final',
  },
  {
    code: 'E_VERSION_MISSING',
    trigger: 'versions: names a file the folder lacks',
    run: () => run({ 'a.txt': clean, 'source.yaml': VERSIONS('a.txt', 'b.txt') }),
    message:
      'c/sources/2031/source.yaml:4 → versions 第 2 个版本的文件“b.txt”不在文件夹中。请改正文件名（与文件夹中的文件名完全一致，包括扩展名），或把这个版本的原始表格放进文件夹',
  },
  {
    code: 'E_VERSION_DATE_ORDER',
    trigger: 'versions: newest first',
    run: () =>
      run({
        'a.txt': clean,
        'b.txt': clean,
        'source.yaml': 'versions:\n  - file: a.txt\n    date: 2032-02-01\n  - file: b.txt\n    date: 2032-01-20\n',
      }),
    message:
      'c/sources/2031/source.yaml:5 → versions 第 2 个版本的日期 2032-01-20 不晚于上一个版本的 2032-02-01。versions 按从旧到新排列：原版在前，修订版在后，日期逐个变晚；请调整顺序或改正日期',
  },
  {
    code: 'E_VERSION_DUPLICATE',
    trigger: 'versions: the same file twice',
    run: () => run({ 'a.txt': clean, 'source.yaml': VERSIONS('a.txt', 'a.txt') }),
    message: 'c/sources/2031/source.yaml:4 → versions 中“a.txt”出现了两次。每个版本列一次：原版和修订版是不同的文件',
  },
  {
    code: 'E_VERSION_FILE_MISMATCH',
    trigger: 'file: names the older version',
    run: () => run({ 'a.txt': clean, 'b.txt': clean, 'source.yaml': VERSIONS('a.txt', 'b.txt', 'file: a.txt\n') }),
    message:
      'c/sources/2031/source.yaml:1 → file 写的是“a.txt”，而 versions 中最新的版本是“b.txt”。有 versions 时，网站使用最新的版本；请删去 file 这一项，或把它改成最新版本的文件名',
  },
  {
    code: 'E_VERSION_WRONG_YEAR',
    trigger: 'an older version titled with another year',
    run: () =>
      run({
        'a.txt': clean.replace('2031年政府工作报告年度完成情况', '2030年政府工作报告年度完成情况'),
        'b.txt': clean,
        'source.yaml': VERSIONS('a.txt', 'b.txt'),
      }),
    message:
      'c/sources/2031/a.txt → 这个版本是 2030 年的表格，却列在 2031 年的 versions 中。versions 只列同一份报告的各个版本；请把它移到 c/sources/2030/，并从 versions 中删去',
  },
  {
    code: 'E_NO_HEADER',
    trigger: 'a page whose only table has one column',
    run: () => run({ 't.html': html('<table><tr><td>新建公园3个。</td></tr><tr><td>已建成。</td></tr></table>') }),
    message:
      'c/sources/2031/t.html → 没有找到表头（文件中的表格都不含两个以上的列名）。请确认放入的是含任务表格的原始文件；任务表格的表头应有“目标任务”“完成情况”一类的列名',
  },
  {
    code: 'E_MISSING_COLUMN',
    trigger: 'tests/fixtures/pipeline/no-result-column',
    run: () => textFixture('no-result-column'),
    message:
      'c/sources/2031/input.txt:5 → 表头中找不到完成情况列（表头为：编号、目标任务、进度、备注）。不要改动原始文件；请在 c/sources/2031/source.yaml 中写明哪一列是完成情况，例如：\ncolumns:\n  进度: result',
  },

  // ── Rows ──
  {
    code: 'E_NO_ROWS',
    trigger: 'tests/fixtures/pipeline/no-rows',
    run: () => textFixture('no-rows'),
    message: 'c/sources/2031/input.txt → 表格只有表头，没有任务行。请确认放入的文件包含全部任务行',
  },
  {
    code: 'E_EXTRA_CELL',
    trigger: 'tests/fixtures/pipeline/extra-cell',
    run: () => textFixture('extra-cell'),
    message: `c/sources/2031/input.txt:7 → 这一行比表头多出 1 个单元格（第 4 列没有表头，却有内容“多余”）。多半是单元格文字里有“|”，被当成了分隔符。${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 7\n    column: 完成情况\n    value: "完成｜多余"\n    reason: "原表单元格内含分隔符“|”"`,
  },
  {
    code: 'E_NUMBER_EMPTY',
    trigger: 'a CSV whose first 编号 cell is empty',
    run: () => run({ 't.csv': '编号,目标任务,完成情况\n,新建公园3个。,已建成公园3个。\n', 'source.yaml': META }),
    message: `c/sources/2031/t.csv:2 → 编号单元格为空。${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 2\n    column: 编号\n    value: "1"\n    reason: 原表此格未编号`,
  },
  {
    code: 'E_NUMBER_NOT_INTEGER',
    trigger: 'tests/fixtures/pipeline/number-not-integer',
    run: () => textFixture('number-not-integer'),
    message: `c/sources/2031/input.txt:7 → 编号“(二)”不是正整数。${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 7\n    column: 编号\n    value: "2"\n    reason: "原表编号为“(二)”"`,
  },
  {
    code: 'E_EMPTY_CELL',
    trigger: 'tests/fixtures/pipeline/empty-cell',
    run: () => textFixture('empty-cell'),
    message: `c/sources/2031/input.txt:7 → 完成情况单元格为空。如原表确实没有内容，${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 7\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空`,
  },
  {
    code: 'E_NUMBER_DUPLICATE',
    trigger: 'tests/fixtures/pipeline/duplicate-number',
    run: () => textFixture('duplicate-number'),
    message: `c/sources/2031/input.txt:8 → 编号 2 重复（第 7 行已有）。请先核对是否重复粘贴了一行；如原表确实编错了号，${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 8\n    column: 编号\n    value: "3"\n    reason: "原表编号为“2”"`,
  },
  {
    code: 'E_NUMBER_SEQUENCE',
    trigger: 'tests/fixtures/pipeline/missing-number',
    run: () => textFixture('missing-number'),
    message: `c/sources/2031/input.txt:7 → 编号应为 2，实际为 3。编号须从 1 开始连续递增。请先核对是否缺了一行；如原表确实编错了号，${CORRECTION} c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 7\n    column: 编号\n    value: "2"\n    reason: "原表编号为“3”"`,
  },

  // ── source.yaml corrections ──
  {
    code: 'E_CORRECTION_ROW',
    trigger: 'a correction of row 99 in a table of rows 6–8',
    run: () =>
      run({
        't.txt': clean,
        'source.yaml': 'corrections:\n  - row: 99\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n',
      }),
    message:
      'c/sources/2031/source.yaml:2 → 第 1 条更正的 row: 99 不是表格中的任务行（任务行为第 6–8 行）。请把 row 改为出错信息中写明的行号',
  },
  {
    code: 'E_CORRECTION_ROW_AMBIGUOUS',
    trigger: 'a correction of line 1 of a page whose whole table is on line 1',
    run: () =>
      run({
        't.html': html(HTML_TABLE),
        'source.yaml': 'corrections:\n  - row: 1\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n',
      }),
    message:
      'c/sources/2031/source.yaml:2 → 第 1 条更正的 row: 1 对应表格中的 2 行（原始文件的这一行里有多个表格行）。这种文件无法按行更正；请联系开发人员',
  },
  {
    code: 'E_CORRECTION_COLUMN',
    trigger: 'a correction of column 进度 in a table without it',
    run: () =>
      run({
        't.txt': clean,
        'source.yaml': 'corrections:\n  - row: 6\n    column: 进度\n    value: 未公开\n    reason: 原表此格为空\n',
      }),
    message:
      'c/sources/2031/source.yaml:3 → 第 1 条更正的 column: 进度 不是表头中的列（表头为：编号、目标任务、完成情况）。请把 column 改为表头中的列名，照原样抄写',
  },
  {
    code: 'E_CORRECTION_DUPLICATE',
    trigger: 'two corrections of row 6 完成情况',
    run: () =>
      run({
        't.txt': clean,
        'source.yaml':
          'corrections:\n  - row: 6\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n  - row: 6\n    column: 完成情况\n    value: 已完成\n    reason: 原表此格为空\n',
      }),
    message:
      'c/sources/2031/source.yaml:6 → 第 2 条更正与前面的更正是同一单元格（第 6 行“完成情况”）。同一单元格只能更正一次，请删除其中一条',
  },

  // ── overrides/<year>.yaml ──
  {
    code: 'E_OVERRIDES_YEAR',
    trigger: 'overrides/2031.yaml saying year: 2030',
    run: () => run({ 't.txt': clean }, { overrides: 'year: 2030\n' }),
    message:
      'c/overrides/2031.yaml:1 → year 写的是 2030，但这是 2031 年的更正文件。请把 year 改为 2031，或把文件改名为 2030.yaml',
  },
  {
    code: 'E_OVERRIDES_NO_REPORT',
    trigger: 'overrides/2031.yaml while the 2031 table is in a subfolder',
    run: () =>
      runPipeline(
        input([
          {
            ...folder('2031', {}, 'year: 2031\noverrides: []\n'),
            reports: [{ name: '年度', files: folder('x', { 't.txt': clean }).files }],
          },
        ]),
      ),
    message:
      'c/overrides/2031.yaml → sources/2031/ 文件夹本身没有表格，报告都在子文件夹中（年度），这个文件中的更正无处可用。请把更正移到对应子文件夹的更正文件中，例如 overrides/2031/年度.yaml（每个子文件夹一份，文件名与子文件夹同名）',
  },
  {
    code: 'E_OVERRIDES_NO_FOLDER',
    trigger: 'overrides/2031/半年.yaml with no sources/2031/半年/',
    run: () =>
      runPipeline(
        input([{ ...folder('2031', { 't.txt': clean }), reportOverrides: [{ name: '半年', text: 'year: 2031\n' }] }]),
      ),
    message:
      'c/overrides/2031/半年.yaml → 没有子文件夹 sources/2031/半年/，这个文件中的更正无处可用。这一年没有子文件夹；更正这一年的表格请写在 overrides/<年份>.yaml 中',
  },
  {
    code: 'E_OVERRIDE_DUPLICATE',
    trigger: 'two overrides of task 1',
    run: () =>
      overrides(
        '  - task: 1\n    shortTitle: { value: 公园, reason: 简短一些 }\n  - task: 1\n    shortTitle: { value: 公园, reason: 简短一些 }\n',
      ),
    message: 'c/overrides/2031.yaml:5 → 编号 1 有两条更正。请把同一任务的更正合并为一条',
  },
  {
    code: 'E_OVERRIDE_NO_TASK',
    trigger: 'an override of task 9 in a year of 3',
    run: () => overrides('  - task: 9\n    status: { value: 已完成, reason: 不存在的任务 }\n'),
    message:
      'c/overrides/2031.yaml:3 → 第 1 条 override：任务编号 9 不存在（本年共 3 项）。请改正 task 编号，或删除这条更正',
  },
  {
    code: 'E_OVERRIDE_SUB_ITEMS',
    trigger: 'an override of 编号 6 in the real 上海 2024 table, whose row 6 is split into 6.1 and 6.2',
    run: () => {
      const dir = 'tests/fixtures/years/real-layout/2024';
      const files = Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(`${dir}/${f}`))]));
      return run(files, {
        year: '2024',
        overrides: 'year: 2024\noverrides:\n  - task: 6\n    status: { value: 已完成, reason: 完成情况写明已完成 }\n',
      });
    },
    message:
      'c/overrides/2024.yaml:3 → 第 1 条 override：编号 6 分为 2 个子项（6.1、6.2），更正须指明其中一项。请把 task 改为子项编号并加引号，例如 task: "6.1"；要更正几个子项就写几条',
  },
  {
    code: 'E_OVERRIDE_AREA',
    trigger: 'an override to area nope',
    run: () => overrides('  - task: 2\n    area: { slug: nope, reason: 理由写在这里 }\n'),
    message:
      'c/overrides/2031.yaml:4 → 第 1 条 override（编号 2）：领域“nope”不在 taxonomy.yaml 中。可用的领域：parks、other',
  },
  {
    code: 'E_OVERRIDE_SHORT_TITLE',
    trigger: 'a short title 修路工程 not in the target text',
    run: () => overrides('  - task: 2\n    shortTitle: { value: 修路工程, reason: 改写得更通俗 }\n'),
    message:
      'c/overrides/2031.yaml:4 → 第 1 条 override（编号 2）：短标题“修路工程”不是目标任务原文中的一段文字。短标题只能从目标任务原文中截取连续的一段，不能改写或添加字词',
  },
  {
    code: 'E_OVERRIDE_METRIC',
    trigger: 'metric: 2 of a task with one metric',
    run: () =>
      overrides('  - task: 1\n    metrics:\n      - metric: 2\n        verdict: met\n        reason: 公园口径需核实\n'),
    message:
      'c/overrides/2031.yaml:5 → 第 1 条 override（编号 1）：任务 1 只有 1 个指标，没有第 2 个。metric 写任务页“量化指标”表中的序号（从 1 起，本任务为 1～1）',
  },
  {
    code: 'E_OVERRIDE_METRIC_NOT_IN_TEXT',
    trigger: 'a metric override whose figure is not in the completion text',
    run: () =>
      overrides(
        '  - task: 1\n    metrics:\n      - metric: 1\n        actual: 建成公园5个\n        reason: 原文另有数字\n',
      ),
    message:
      'c/overrides/2031.yaml:5 → 第 1 条 override（编号 1）：第 1 个指标的更正写的“建成公园5个”不在完成情况原文中。请从原文逐字复制数字及单位，如“2479套”',
  },
  {
    code: 'E_OVERRIDE_METRIC_NO_FIGURE',
    trigger: 'a metric override whose text is in the completion text but holds no figure',
    run: () =>
      overrides(
        '  - task: 1\n    metrics:\n      - metric: 1\n        actual: 已建成公园\n        reason: 只抄了文字\n',
      ),
    message:
      'c/overrides/2031.yaml:5 → 第 1 条 override（编号 1）：第 1 个指标的更正写的“已建成公园”中没有可识别的数字和单位。请只复制数字及其单位，如“1010个”',
  },

  // ── Every YAML file (through source.yaml) ──
  {
    code: 'E_YAML_SEVERAL',
    trigger: 'source.yaml with a tab and a full-width colon',
    run: () => run({ 't.txt': clean, 'source.yaml': 'region：某区\nmeta:\n\tpublisher: 合成测试办公室\n' }),
    message:
      'c/sources/2031/source.yaml 有 2 处问题（一并列出，请逐条改正后再运行）：\n  c/sources/2031/source.yaml:1 → “region”后面用了全角冒号“：”。请改成半角冒号加一个空格，写成“region: 某区”\n  c/sources/2031/source.yaml:3 → 行首用了制表符（Tab）缩进。请把行首的 Tab 换成空格（每级两个空格）',
  },
  {
    code: 'E_YAML_TAB_INDENT',
    trigger: 'source.yaml indented with a tab',
    run: () => run({ 't.txt': clean, 'source.yaml': 'meta:\n\tpublisher: 合成测试办公室\n' }),
    message: 'c/sources/2031/source.yaml:2 → 行首用了制表符（Tab）缩进。请把行首的 Tab 换成空格（每级两个空格）',
  },
  {
    code: 'E_YAML_FULL_WIDTH_INDENT',
    trigger: 'source.yaml indented with a full-width space',
    run: () => run({ 't.txt': clean, 'source.yaml': 'region: 某区\n\u3000retrieved: 2032-01-21\n' }),
    message:
      'c/sources/2031/source.yaml:2 → 行首有全角空格（中文输入法下的空格）。请删去这个全角空格，改用半角空格缩进（每级两个空格）',
  },
  {
    code: 'E_YAML_FULL_WIDTH_COLON',
    trigger: 'source.yaml region：某区',
    run: () => run({ 't.txt': clean, 'source.yaml': 'region：某区\n' }),
    message:
      'c/sources/2031/source.yaml:1 → “region”后面用了全角冒号“：”。请改成半角冒号加一个空格，写成“region: 某区”',
  },
  {
    code: 'E_YAML_FULL_WIDTH_SPACE',
    trigger: 'source.yaml region: followed by a full-width space',
    run: () => run({ 't.txt': clean, 'source.yaml': 'region:\u3000某区\n' }),
    message: 'c/sources/2031/source.yaml:1 → “region:”后面是全角空格。请把冒号后的全角空格换成半角空格',
  },
  {
    code: 'E_YAML_NO_SPACE',
    trigger: 'source.yaml url:https://…',
    run: () => run({ 't.txt': clean, 'source.yaml': 'url:https://www.zh.gov.cn/a\n' }),
    message:
      'c/sources/2031/source.yaml:1 → “url:”后面缺少空格。请在冒号后加一个空格，写成“url: https://www.zh.gov.cn/a”',
  },
  {
    code: 'E_YAML_SYNTAX',
    trigger: 'source.yaml with a line meta (no colon)',
    run: () => run({ 't.txt': clean, 'source.yaml': 'region: 某区\nmeta\n  publisher: 合成测试办公室\n' }),
    message:
      'c/sources/2031/source.yaml:2 → YAML 格式错误：这一行不是“名称: 内容”的格式（或上一行没有写完）。请检查冒号是否为半角、冒号后是否有空格，长内容请写在一行内或加引号',
  },
  {
    code: 'E_YAML_UNKNOWN_KEY',
    trigger: 'source.yaml meta.writen (misspelt)',
    run: () => run({ 't.txt': clean, 'source.yaml': 'meta:\n  writen: 2032-01-20\n' }),
    message:
      'c/sources/2031/source.yaml:2 → meta：不认识“writen”这一项。是不是想写“written”？这里可写的项：indexNumber、topic、written、genre、publisher、disclosure',
  },
  {
    code: 'E_YAML_MISSING_KEYS',
    trigger: 'a source.yaml correction without value and reason',
    run: () => run({ 't.txt': clean, 'source.yaml': 'corrections:\n  - row: 6\n    column: 完成情况\n' }),
    message:
      'c/sources/2031/source.yaml:2 → 第 1 条更正（第 6 行 完成情况）：缺少 value、reason。请在这一条（以“- ”开头的那一项）中补上（可直接复制，注意缩进与上下行对齐）：\n      value: （更正后的内容，如“未公开”）\n      reason: （写明理由，至少 4 个字）',
  },
  {
    code: 'E_YAML_BAD_VALUE',
    trigger: 'source.yaml table: 第二个',
    run: () => run({ 't.txt': clean, 'source.yaml': 'table: 第二个\n' }),
    message:
      'c/sources/2031/source.yaml:1 → table：写的是“第二个”，这里应写数字（不加引号）。来源说明文件可写的项：url、retrieved（取得日期）、region、title、meta、file、versions（修订版本）、columns、table、sheet、corrections、kind（报告类型）、asOf（截至日期），见 README“添加新一年的报告”',
  },
  {
    code: 'E_META_CONFLICT',
    trigger: 'source.yaml publisher 别的单位 against the table’s 合成测试办公室',
    run: () => run({ 't.txt': clean, 'source.yaml': 'meta:\n  publisher: 别的单位\n' }),
    message:
      'c/sources/2031/source.yaml:2 → 发布机构“别的单位”与原始表格中的“合成测试办公室”（c/sources/2031/t.txt）不一致。原始表格已写明发布机构，请删除来源说明中的这一项或改为一致',
  },
  {
    code: 'E_META_MISSING',
    trigger: 'a CSV with a title and no source.yaml',
    run: () => run({ 't.csv': '2031年政府工作报告年度完成情况\n编号,目标任务,完成情况\n1,新建公园3个。,已建成。\n' }),
    message:
      'c/sources/2031/t.csv → 原始表格没有写明发布机构、成文日期，来源说明文件中也没有。请在来源说明文件 c/sources/2031/source.yaml 中（没有这个文件就新建一个）写上下面几行（可直接复制，把括号中的说明换成实际内容）：\n      meta:\n        publisher: （发布机构，如“区政府办公室”）\n        written: （成文日期，写成 2025-01-26 这样）',
  },
  // ── The archive bundle (scripts/archive/) ──
  {
    code: 'E_ARCHIVE_BUILD_FAILED',
    trigger: 'npm run archive building from a content folder that does not exist',
    run: () => buildSite(join(EMPTY, 'dist'), { ...process.env, GZBG_CONTENT_DIR: join(EMPTY, 'none') }, 'ignore'),
    message: `${join(EMPTY, 'dist')} → 构建网站失败，没有生成存档包。请按上方构建输出中的提示改正，再运行 npm run archive`,
  },
  {
    code: 'E_ARCHIVE_NO_SITE',
    trigger: '--dist naming an empty folder',
    run: () => checkBuiltSite(EMPTY),
    message: `${EMPTY} → 这个目录中没有 index.html，不是构建好的网站。请先运行 npm run build，或用 --dist 指向已构建的网站目录，如 npm run archive -- --dist dist`,
  },
  {
    code: 'E_ARCHIVE_BAD_NAME',
    trigger: '--name ../gzbg',
    run: () => checkBundleName('../gzbg'),
    message:
      '--name → 存档包名称“../gzbg”含有不能用于文件名的字符。--name 只能含字母、数字、点、横线和下划线，如 --name gzbg',
  },
  {
    code: 'E_ARCHIVE_BAD_EPOCH',
    trigger: 'SOURCE_DATE_EPOCH=yesterday',
    run: () => bundleDate(EMPTY, { SOURCE_DATE_EPOCH: 'yesterday' }),
    message:
      'SOURCE_DATE_EPOCH → 应为整数秒（Unix 时间），现为“yesterday”。请改为整数秒，如 SOURCE_DATE_EPOCH=1737849600；或不设置它，存档日期就取报告中最晚的成文日期',
  },
  {
    code: 'E_ARCHIVE_NO_REPORTS',
    trigger: 'a content folder without reports/ and no SOURCE_DATE_EPOCH',
    run: () => bundleDate(EMPTY, {}),
    message: `${join(EMPTY, 'reports')} → 这里没有生成的报告，无法确定存档日期。请先运行 npm run ingest，或设置 SOURCE_DATE_EPOCH`,
  },
  {
    code: 'E_ARCHIVE_REPORT_META',
    trigger: 'a generated report without meta.written',
    run: () => reportMetas(NO_META),
    message: `${join(NO_META, 'reports/2031/index.md')} → 缺少 meta.written 或 source.file。这是 npm run ingest 生成的文件，请不要手改；重新运行 npm run ingest 后再打包`,
  },
  {
    code: 'E_VERIFY_NO_ARGUMENT',
    trigger: 'npm run verify-archive without a bundle',
    run: () => verifyBundle(undefined),
    message:
      'npm run verify-archive → 没有指明要校验哪个存档包。用法：npm run verify-archive -- <存档包 .zip 或解压后的目录>',
  },
  {
    code: 'E_VERIFY_NOT_FOUND',
    trigger: 'a bundle path that does not exist',
    run: () => verifyBundle(join(EMPTY, 'gzbg.zip')),
    message: `${join(EMPTY, 'gzbg.zip')} → 找不到这个文件或目录。请检查路径：应为 npm run archive 写出的 .zip 文件，或它解压后的目录`,
  },
  {
    code: 'E_VERIFY_UNREADABLE',
    trigger: 'a .zip that is not a zip file',
    run: () => verifyBundle(NOT_ZIP),
    message: `${NOT_ZIP} → 无法读取这个 zip 文件：它已损坏、不完整，或不是 zip 文件。请重新下载或复制存档包后再校验；也可以先解压，再校验解压出的目录`,
  },
  {
    code: 'E_VERIFY_NO_MANIFEST',
    trigger: 'an unzipped bundle whose SHA256SUMS was deleted',
    run: () => verifyBundle(NO_MANIFEST),
    message: `${NO_MANIFEST} → 其中没有校验清单 SHA256SUMS，无法校验。这不是本项目生成的存档包，或清单已被删除；请用原始存档包重新校验`,
  },
  {
    code: 'E_MANIFEST_LINE',
    trigger: 'a SHA256SUMS line that is not a checksum',
    run: () => verifyBundle(BAD_LINE),
    message: `${BAD_LINE} 中的 SHA256SUMS:1 → 这一行格式不对：not a checksum line。每行应为“64 位 sha256、两个空格、文件路径”；清单由 npm run archive 写出，请不要手改，改过的请从原始存档包中取回`,
  },
  {
    code: 'E_MANIFEST_PATH',
    trigger: 'a SHA256SUMS line whose path climbs out with ..',
    run: () => verifyBundle(BAD_PATH),
    message: `${BAD_PATH} 中的 SHA256SUMS:1 → 路径“../etc/passwd”是绝对路径或含有“..”。清单中只能是存档包内的相对路径；这份清单已被改动，请从原始存档包中取回`,
  },
  {
    code: 'E_MANIFEST_DUPLICATE',
    trigger: 'a SHA256SUMS listing one file twice',
    run: () => verifyBundle(TWICE),
    message: `${TWICE} 中的 SHA256SUMS:2 → 重复列出了“site/index.html”。每个文件只列一行；这份清单已被改动，请从原始存档包中取回`,
  },
];
/** Point the site's content folder elsewhere for one call. */
function withContentDir<T>(dir: string, f: () => T): T {
  const before = process.env.GZBG_CONTENT_DIR;
  process.env.GZBG_CONTENT_DIR = dir;
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env.GZBG_CONTENT_DIR;
    else process.env.GZBG_CONTENT_DIR = before;
  }
}

async function caught(f: () => unknown): Promise<SourceError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError, got none');
}

describe('the error catalogue: every entry, triggered through the real code path', { timeout: 30_000 }, () => {
  for (const c of cases) {
    it(`${c.code}: ${c.trigger}`, async () => {
      const e = await caught(c.run);
      expect(e.message).toBe(c.message);
      expect(e.code).toBe(c.code);
      // A file's several YAML problems each carry their own catalogued code.
      if (e instanceof YamlProblems) for (const p of e.problems) expect(ERROR_CODES).toContain(p.code);
    });
  }
});

describe('the catalogue itself', () => {
  it('every code has a trigger case above, and every case names a code of the catalogue', () => {
    const triggered = new Set(cases.map((c) => c.code));
    expect(ERROR_CODES.filter((code) => !triggered.has(code))).toEqual([]);
    expect([...triggered].filter((code) => !ERROR_CODES.includes(code))).toEqual([]);
  });
  it('the README lists every code with its title', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const e of Object.values(Errors)) expect(readme).toContain(`| \`${e.code}\` | ${e.title} |`);
  });
  it('codes are unique and E_UPPER_SNAKE; titles, messages and hints use full-width punctuation in Chinese', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^E_[A-Z0-9]+(_[A-Z0-9]+)*$/);
    const halfWidth = /[\u4e00-\u9fff”）][,;:]|[,;:][\u4e00-\u9fff“]|[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]/;
    for (const c of cases)
      expect(c.message.split('\n')[0]!.replace(/\(\*\.csv\)|\(二\)|\(合成测试数据\)|“名称: 内容”/g, '')).not.toMatch(
        halfWidth,
      );
    for (const e of Object.values(Errors)) expect(e.title).not.toMatch(halfWidth);
  });
});

/**
 * Files that may still build a SourceError (or write a Chinese error) outside the catalogue, each
 * with the reason. Shrink this list; never grow it without saying why.
 */
const ALLOWED: Record<string, string> = {
  // The catalogue builds every SourceError; source.ts defines the class.
  'src/schema/errors.ts': 'the catalogue',
  'src/schema/source.ts': 'the class itself',
  // Build guards (src/integration: a stylesheet the single-file edition cannot find, a navigation
  // element in it, a page the recommended CSP would block, ingest failing inside astro build): a
  // template or build fault for developers, not an editor's input; ingest's own errors are catalogued.
  'src/integration/': 'build guards (developers)',
  // Build-time guard of the search index (build helper's, on main since its merge): a corrupt build output, not content.
  'src/search/offline-index.ts': 'build helper (search index build guard)',
  // Developer tools, not editor-facing.
  'scripts/bench.ts': 'benchmark harness (developers)',
  'scripts/bench/': 'benchmark harness (developers)',
  // A guard for a year getStaticPaths never offers (a programming error, not an editor's).
  'src/lib/site.ts': 'yearData guard',
};
const allowed = (file: string) => Object.keys(ALLOWED).some((k) => (k.endsWith('/') ? file.startsWith(k) : file === k));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

/** Files that build a SourceError themselves (`new SourceError(`, or a subclass other than YamlProblems). */
function inlineSourceErrors(files: string[]): string[] {
  return files.filter((f) => {
    const text = readFileSync(f, 'utf8');
    return (
      /new\s+SourceError\s*\(/.test(text) ||
      (/extends\s+SourceError\b/.test(text) && !f.endsWith('src/pipeline/yaml-file.ts'))
    );
  });
}
/**
 * Errors built with Chinese text outside the catalogue: `new Error(` or any `new …Error(` (a class of
 * its own, such as the archive's old ManifestError) whose arguments, up to the closing `);` even across
 * lines, hold Chinese — an editor would get it without a code or a fix. Named by the line of the `new`.
 */
function chineseErrors(files: string[]): string[] {
  return files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [...text.matchAll(/new\s+\w*Error\s*\(/g)]
      .filter((m) => {
        const rest = text.slice(m.index);
        const end = rest.search(/\);?\s*$/m);
        return /[\u4e00-\u9fff]/.test(rest.slice(0, end < 0 ? 400 : end));
      })
      .map((m) => `${f}:${text.slice(0, m.index).split('\n').length}`);
  });
}

describe('no editor-facing error outside the catalogue (source scan of src/ and scripts/)', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'].filter((f) => !allowed(f));
  it('no `new SourceError(` and no subclass outside src/schema/errors.ts (YamlProblems in yaml-file.ts excepted)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(inlineSourceErrors(files)).toEqual([]);
  });
  it('no plain Error carrying Chinese text', () => {
    expect(chineseErrors(files)).toEqual([]);
  });
  it('the scan finds a planted inline SourceError and a Chinese Error (the checks can fail)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.ts'), "throw new SourceError('f', 1, '问题', '改法');\n");
    writeFileSync(join(dir, 'b.ts'), 'if (x) throw new Error(`没有 ${year} 年的报告`);\n');
    writeFileSync(
      join(dir, 'c.ts'),
      "const a = 1;\nthrow new ManifestError(\n  `第 ${i} 行格式不对`,\n);\nthrow new Error('plain');\n",
    );
    const planted = ['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f));
    expect(inlineSourceErrors(planted)).toEqual([join(dir, 'a.ts')]);
    expect(chineseErrors(planted)).toEqual([
      `${join(dir, 'a.ts')}:1`,
      `${join(dir, 'b.ts')}:1`,
      `${join(dir, 'c.ts')}:2`,
    ]);
  });
});
