import { SourceError } from './source.ts';

/**
 * Every editor-facing error, as a named entry (issue 15 point 3), in the manner of Astro's
 * `errors-data.ts`: a stable code, a short title, the problem (`message`) and the fix (`hint`), both
 * in Chinese with full-width punctuation. Call sites pass only the facts (file, line, params):
 *
 *   throw sourceError(Errors.EmptyCell, file, line, { column, sidecar, block });
 *
 * To add one: add an entry here (code `E_…`, unique; a one-line JSDoc saying when it happens), throw
 * it with `sourceError`, and add a trigger case to tests/unit/schema/errors.test.ts — that test
 * fails for an entry without a case, and for a `new SourceError(` outside this module.
 *
 * Lives in src/schema so the pipeline (which imports only src/schema), scripts/ and src/lib share it.
 */

/** One catalogued error: `message(params)` is the problem, `hint(params)` what the editor does about it. */
export interface ErrorEntry<P = void> {
  /** Stable across wording changes; shown in the CLI as `✗ [E_…]` and searchable in the README. */
  readonly code: `E_${string}`;
  /** What went wrong in a few words (for the README and for people scanning a log). */
  readonly title: string;
  readonly message: (params: P) => string;
  readonly hint: (params: P) => string;
}

const entry = <P = void>(e: ErrorEntry<P>): ErrorEntry<P> => e;

/** The error for an entry: names the file and line, carries the entry's code. */
export function sourceError<P>(
  e: ErrorEntry<P>,
  file: string,
  line: number | undefined,
  ...[params]: P extends void ? [] : [P]
): SourceError {
  return new SourceError(file, line, e.message(params as P), e.hint(params as P), e.code);
}

/** One problem of a YAML file (see src/pipeline/yaml-file.ts) from an entry: line, texts and code. */
export function problemOf<P>(
  e: ErrorEntry<P>,
  line: number | undefined,
  ...[params]: P extends void ? [] : [P]
): { line: number | undefined; problem: string; fix: string; code: string } {
  return { line, problem: e.message(params as P), fix: e.hint(params as P), code: e.code };
}

export type OfficeKind = 'workbook' | 'document';
const KIND_NAME: Record<OfficeKind, string> = { workbook: 'Excel 工作簿', document: 'Word 文档' };
const SAVE_AS: Record<OfficeKind, string> = {
  workbook: '请在 Excel 或 WPS 表格中打开这个文件，确认内容完整后“另存为” Excel 工作簿（.xlsx），再放进来',
  document: '请在 Word 或 WPS 文字中打开这个文件，确认内容完整后“另存为” Word 文档（.docx），再放进来',
};
const SAVE_AS_DOCX = '请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来';
const TITLE_EXAMPLE = 'title: 2025年政府工作报告年度完成情况';

/** The fix of a refusal that a correction beside the source settles (never an edit of the raw file). */
export const correctionHint = (sidecar: string, lead: string, block: string): string =>
  `${lead}不要改动原始文件（网站公布它的 SHA-256）；请在 ${sidecar} 中写上更正，例如：\n${block}`;

/** A correction-settled refusal's params: where the sidecar is and the `corrections:` block to copy. */
interface Correction {
  sidecar: string;
  block: string;
}

/**
 * File types governments also attach that no reader takes, with the way to save them as one that
 * does. (`.et`/`.wps` are WPS Office's own formats; WPS saves .xlsx/.xls/.docx as well.)
 */
export const REFUSED_FORMATS: Readonly<Record<string, { problem: string; fix: string }>> = (() => {
  const word = { problem: '', fix: SAVE_AS_DOCX };
  const sheet = { problem: '', fix: '请在 Excel 或 WPS 表格中打开，“另存为” Excel 工作簿（.xlsx），再放进来' };
  const elsewhere =
    '请到发布单位网站找同一表格的网页版或 Excel/Word 附件（.html、.xlsx、.docx）；确实没有时，请逐字录入为 .xlsx 或 .csv，并在 source.yaml 中写明原件地址';
  const image = { problem: '图片中的表格无法逐字读取', fix: elsewhere };
  return {
    '.doc': { ...word, problem: '这是 Word 97-2003 文档（.doc），程序不能直接读取' },
    '.wps': { ...word, problem: '这是 WPS 文字文档（.wps），程序不能直接读取' },
    '.rtf': { ...word, problem: '这是 RTF 文档（.rtf），程序不能直接读取' },
    '.odt': { ...word, problem: '这是 OpenDocument 文档（.odt），程序不能直接读取' },
    '.et': { ...sheet, problem: '这是 WPS 表格文件（.et），程序不能直接读取' },
    '.ods': { ...sheet, problem: '这是 OpenDocument 表格（.ods），程序不能直接读取' },
    '.numbers': { ...sheet, problem: '这是 Numbers 表格（.numbers），程序不能直接读取' },
    '.pdf': { problem: 'PDF 文件中的表格无法可靠地逐字读取', fix: elsewhere },
    '.ofd': { problem: 'OFD 版式文件中的表格无法可靠地逐字读取', fix: elsewhere },
    '.png': image,
    '.jpg': image,
    '.jpeg': image,
    '.gif': image,
    '.bmp': image,
    '.tif': image,
    '.tiff': image,
    '.webp': image,
  };
})();

/** Known YAML parser error codes (the `yaml` library's) as an editor reads them: [problem, fix]. */
const YAML_SYNTAX: Record<string, [string, string]> = {
  MULTILINE_IMPLICIT_KEY: [
    '这一行不是“名称: 内容”的格式（或上一行没有写完）',
    '请检查冒号是否为半角、冒号后是否有空格，长内容请写在一行内或加引号',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    '一行里写了两个“名称: ”，或下一行的缩进多于这一行',
    '每行只写一项；下级内容另起一行并多缩进两个空格，或把含冒号的内容加上引号',
  ],
  BAD_INDENT: ['缩进不对，或括号、引号没有配对', '同一级的各行缩进要对齐；[ 要有 ]，{ 要有 }，引号要成对'],
  TAB_AS_INDENT: ['用了制表符（Tab）缩进', '请把 Tab 换成空格'],
  DUPLICATE_KEY: ['同一层里这个名称写了两次', '请删去重复的一项，或把两项合并'],
  MISSING_CHAR: ['缺少配对的符号（引号、括号或冒号）', '请检查这一行的引号和括号是否成对'],
  BAD_DQ_ESCAPE: ['双引号中的反斜杠“\\”写法不对', '请去掉反斜杠，或改用单引号'],
  BAD_SCALAR_START: ['内容以 YAML 的特殊符号开头（如 @、`、%）', '请把这项内容用引号括起来'],
  UNEXPECTED_TOKEN: ['这里多出了无法识别的内容（常因缩进不对）', '请对照上下行检查缩进，同一级的各行要对齐'],
  MULTIPLE_DOCS: ['文件中出现了“---”分隔的第二部分', '一个文件只写一部分，请删去多余的“---”'],
};
const yamlSyntax = (code: string): [string, string] =>
  YAML_SYNTAX[code] ?? ['YAML 格式有误', '请检查缩进、冒号（半角，后面加空格）和引号'];

export const Errors = {
  // ── Folders and files (src/pipeline/run.ts, scripts/ingest-io.ts, src/lib/site.ts) ──

  /** A folder under sources/ whose name is not a four-digit year. */
  FolderNotYear: entry<{ folder: string }>({
    code: 'E_FOLDER_NOT_YEAR',
    title: '文件夹名不是年份',
    message: ({ folder }) => `文件夹名“${folder}”不是年份`,
    hint: () => '每年的原始表格放在以年份命名的文件夹中，如 content/sources/2025/',
  }),
  /** The table's title names another year than the folder it sits in. */
  TitleYearMismatch: entry<{ year: number; folder: string; content: string }>({
    code: 'E_TITLE_YEAR_MISMATCH',
    title: '表格标题的年份与文件夹不符',
    message: ({ year, folder }) => `这是 ${year} 年的表格（标题写的是 ${year} 年），却放在 ${folder} 文件夹中`,
    hint: ({ year, content }) =>
      `请把它移到 ${content}/sources/${year}/（没有就新建这个文件夹）；原始表格的内容不要改动`,
  }),
  /** One of several tables in a year folder belongs to another year. */
  TableInWrongFolder: entry<{ year: number; folder: string; content: string }>({
    code: 'E_TABLE_IN_WRONG_FOLDER',
    title: '别的年份的表格放错了文件夹',
    message: ({ year, folder }) => `这是 ${year} 年的表格，却放在 ${folder} 文件夹中`,
    hint: ({ year, folder, content }) =>
      `请把它移到 ${content}/sources/${year}/（没有就新建这个文件夹）；${folder} 年自己的原始表格请保留，不要删除`,
  }),
  /** source.yaml's `file:` names a file the folder does not hold. */
  SidecarFileMissing: entry<{ named: string }>({
    code: 'E_SIDECAR_FILE_MISSING',
    title: 'file 指定的文件不存在',
    message: ({ named }) => `file 指定的“${named}”不在文件夹中`,
    hint: () => '请改正 file，或把原始表格放进这个文件夹',
  }),
  /** A year folder without any file in a format we read. */
  NoSource: entry<{ formats: string[] }>({
    code: 'E_NO_SOURCE',
    title: '文件夹中没有原始表格',
    message: () => '文件夹中没有原始表格',
    hint: ({ formats }) => `请放入 ${formats.join('、')} 格式的原始表格，或删除这个文件夹`,
  }),
  /** A year folder with several readable tables and no `file:` choosing one. */
  SeveralSources: entry<{ names: string[]; sidecar: string }>({
    code: 'E_SEVERAL_SOURCES',
    title: '文件夹中有多个原始表格',
    message: ({ names }) => `文件夹中有多个原始表格：${names.join('、')}`,
    hint: ({ names, sidecar }) =>
      `请在 ${sidecar} 中用 file: 指明使用哪一个（例如 file: ${names[0]}），其余文件可以留在文件夹中`,
  }),
  /** The content folder has no taxonomy.yaml (wrong --content or GZBG_CONTENT_DIR). */
  TaxonomyMissing: entry<{ content: string }>({
    code: 'E_TAXONOMY_MISSING',
    title: '找不到政策领域分类文件',
    message: () => '找不到政策领域分类文件',
    hint: ({ content }) =>
      `请确认内容文件夹 ${content} 是否正确（--content 或 GZBG_CONTENT_DIR），其中应有 taxonomy.yaml 和 sources/`,
  }),
  /** A settings file the site reads (site.yaml, taxonomy.yaml, indicators.yaml) is missing. */
  SettingsFileMissing: entry({
    code: 'E_SETTINGS_FILE_MISSING',
    title: '找不到设置文件',
    message: () => '找不到这个设置文件',
    hint: () => '请确认内容文件夹是否正确，文件是否存在',
  }),

  /** A generated task's area is no longer in taxonomy.yaml (the taxonomy changed after ingest). */
  AreaNotInTaxonomy: entry<{ year: number; id: string; slug: string }>({
    code: 'E_AREA_NOT_IN_TAXONOMY',
    title: '任务的领域不在分类中',
    message: ({ year, id, slug }) => `${year} 年第 ${id} 项任务的领域「${slug}」不在 content/taxonomy.yaml 中`,
    hint: () => '请在 taxonomy.yaml 中添加该领域，或重新运行 npm run ingest',
  }),
  /** A year's generated task files do not match its report's task count (a partial copy, a stale folder). */
  TaskCountMismatch: entry<{ year: number; expected: number; found: number }>({
    code: 'E_TASK_COUNT_MISMATCH',
    title: '任务数与报告不符',
    message: ({ year, expected, found }) => `${year} 年报告记有 ${expected} 项任务，内容目录中却有 ${found} 项`,
    hint: () => '请重新运行 npm run ingest',
  }),

  /** A generated report names a raw file outside sources/ (a hand-edited or stale report). */
  SourceOutsideSources: entry<{ year: number; file: string }>({
    code: 'E_SOURCE_OUTSIDE_SOURCES',
    title: '原始文件不在 sources 文件夹中',
    message: ({ year, file }) => `${year} 年报告的原始文件路径“${file}”不在 sources/ 下`,
    hint: () => '生成的报告不要手改；请重新运行 npm run ingest',
  }),
  /** A raw file's bytes no longer match the sha256 its generated report records. */
  SourceChanged: entry<{ year: number }>({
    code: 'E_SOURCE_CHANGED',
    title: '原始文件与报告记录的不一致',
    message: ({ year }) => `这个文件的 sha256 与 ${year} 年报告记录的不一致：原始文件被改动过，或内容没有重新生成`,
    hint: () =>
      '原始文件要与政府发布的逐字节相同：改动过的请恢复原样（要更正单元格，写在 source.yaml 的 corrections: 中）；换了新文件的请重新运行 npm run ingest',
  }),

  // ── File types and containers (src/pipeline/parse/index.ts, xlsx.ts, docx.ts, zip-guard.ts) ──

  /** A file type no reader takes (.doc, .pdf, .et, .wps, images…): how to save it as one that does. */
  RefusedFormat: entry<{ ext: string }>({
    code: 'E_REFUSED_FORMAT',
    title: '不能读取的文件类型',
    message: ({ ext }) => REFUSED_FORMATS[ext]!.problem,
    hint: ({ ext }) => REFUSED_FORMATS[ext]!.fix,
  }),
  /** An extension that is neither a source format nor a known refused one. */
  UnknownFormat: entry<{ formats: string[] }>({
    code: 'E_UNKNOWN_FORMAT',
    title: '无法识别的文件类型',
    message: () => '无法识别的文件类型',
    hint: ({ formats }) => `原始表格应为 ${formats.join('、')} 文件`,
  }),
  /** The Office reader was handed a file that is not .xlsx, .xls or .docx. */
  NotOffice: entry({
    code: 'E_NOT_OFFICE',
    title: '不是 Excel 或 Word 文件',
    message: () => '不是 Excel 或 Word 文件',
    hint: () => '请放入 .xlsx、.xls 或 .docx 文件',
  }),
  /** An Office file that cannot be opened (damaged, or another kind of file renamed). */
  Corrupt: entry<{ kind: OfficeKind; detail?: string }>({
    code: 'E_CORRUPT',
    title: '文件已损坏',
    message: ({ kind, detail }) => `文件已损坏，或不是${KIND_NAME[kind]}${detail ? `（${detail}）` : ''}`,
    hint: ({ kind }) => SAVE_AS[kind],
  }),
  /** An Office file saved with an opening password. */
  Encrypted: entry<{ kind: OfficeKind }>({
    code: 'E_ENCRYPTED',
    title: '文件设置了打开密码',
    message: ({ kind }) => `${KIND_NAME[kind]}设置了打开密码（内容已加密），程序无法读取`,
    hint: ({ kind }) =>
      `请在 ${kind === 'workbook' ? 'Excel 或 WPS 表格' : 'Word 或 WPS 文字'} 中输入密码打开，在“文件 → 信息 → 保护${kind === 'workbook' ? '工作簿' : '文档'} → 用密码进行加密”中清空密码，另存为未加密的文件后再放进来`,
  }),
  /** A zip listing more entries than any real workbook or document. */
  ZipTooManyEntries: entry<{ kind: OfficeKind; max: number }>({
    code: 'E_ZIP_TOO_MANY_ENTRIES',
    title: '压缩项过多',
    message: ({ kind, max }) => `文件中有超过 ${max} 个压缩项，不像正常的${KIND_NAME[kind]}`,
    hint: ({ kind }) => SAVE_AS[kind],
  }),
  /** A zip declaring more unpacked bytes than the limit (damaged, or a zip bomb). */
  ZipTooLarge: entry<{ kind: OfficeKind; total: string; max: string }>({
    code: 'E_ZIP_TOO_LARGE',
    title: '解压后过大',
    message: ({ total, max }) => `文件解压后共 ${total}，超过 ${max} 的上限（文件可能已损坏，或被构造成“压缩炸弹”）`,
    hint: ({ kind }) =>
      `政府公开的表格解压后通常不到 1 MB。请核对文件来源；如确为原件，请在${kind === 'workbook' ? ' Excel 或 WPS 表格' : ' Word 或 WPS 文字'}中打开，删去表格以外的内容（图片、附件、多余的工作表）后另存为，再放进来`,
  }),
  /** A .xlsx/.xls that is in fact a Word document (.docx inside). */
  WorkbookIsDocx: entry({
    code: 'E_WORKBOOK_IS_DOCX',
    title: 'Excel 文件其实是 Word 文档',
    message: () => '这是 Word 文档，不是 Excel 工作簿',
    hint: () => '请把文件的扩展名改为 .docx；或在 Excel/WPS 中把表格“另存为” .xlsx',
  }),
  /** A .xlsx/.xls that is in fact a Word 97-2003 document. */
  WorkbookIsDoc: entry({
    code: 'E_WORKBOOK_IS_DOC',
    title: 'Excel 文件其实是 Word 97-2003 文档',
    message: () => '这是 Word 97-2003 文档（.doc），不是 Excel 工作簿',
    hint: () => SAVE_AS_DOCX,
  }),
  /** A .docx that is in fact a Word 97-2003 document. */
  DocxIsDoc: entry({
    code: 'E_DOCX_IS_DOC',
    title: '.docx 文件其实是 .doc',
    message: () => '这是 Word 97-2003 文档（.doc），只是扩展名写成了 .docx',
    hint: () => SAVE_AS_DOCX,
  }),
  /** A .docx that is in fact an Excel 97-2003 workbook. */
  DocxIsXls: entry({
    code: 'E_DOCX_IS_XLS',
    title: 'Word 文件其实是 .xls',
    message: () => '这是 Excel 97-2003 工作簿（.xls），不是 Word 文档',
    hint: () => '请把文件的扩展名改为 .xls，或在 Excel/WPS 中“另存为” .xlsx',
  }),
  /** A .docx that is in fact an Excel workbook (.xlsx inside). */
  DocxIsXlsx: entry({
    code: 'E_DOCX_IS_XLSX',
    title: 'Word 文件其实是 Excel 工作簿',
    message: () => '这是 Excel 工作簿，不是 Word 文档',
    hint: () => '请把文件的扩展名改为 .xlsx，或在 Word/WPS 中“另存为” .docx',
  }),
  /** A Word document without a real table (the table is a picture or a text box). */
  DocxNoTable: entry({
    code: 'E_DOCX_NO_TABLE',
    title: '文档中没有表格',
    message: () => '文档中没有表格',
    hint: () =>
      '请确认放入的是含有完成情况表格的文档；表格若是图片或文本框，请在 Word/WPS 中改成真正的表格（“插入 → 表格”或“文本转换成表格”）后保存',
  }),
  /** A sheet whose used range is larger than the cell limit (stray content far from the table). */
  SheetTooLarge: entry<{ sheet: string; range: string; max: number }>({
    code: 'E_SHEET_TOO_LARGE',
    title: '工作表内容范围过大',
    message: ({ sheet, range, max }) => `${sheet}的内容范围 ${range} 过大（超过 ${max} 个单元格）`,
    hint: () => '请在 Excel 或 WPS 表格中删去表格以外远处的单元格内容，保存后再放进来',
  }),
  /** A formula cell saved without its computed value (a file written by a program, never opened). */
  FormulaNotCached: entry<{ sheet: string; address: string; formula: string }>({
    code: 'E_FORMULA_NOT_CACHED',
    title: '公式没有保存计算结果',
    message: ({ sheet, address, formula }) => `${sheet}的 ${address} 是公式（=${formula}），文件中没有保存它的计算结果`,
    hint: () => '请在 Excel 或 WPS 表格中打开并保存一次（保存时会写入计算结果），再放进来',
  }),
  /** Every sheet of a workbook is empty or hidden. */
  NoReadableSheet: entry<{ empty: string[]; hidden: string[] }>({
    code: 'E_NO_READABLE_SHEET',
    title: '工作簿中没有可读的表格',
    message: ({ empty, hidden }) =>
      empty.length > 0
        ? `工作簿中没有可读的表格：${empty.join('、')}是空的${hidden.length > 0 ? `，${hidden.join('、')}是隐藏的` : ''}`
        : `工作簿中没有可读的表格${hidden.length > 0 ? `：${hidden.join('、')}是隐藏的` : ''}`,
    hint: () => '请确认放入的是含有完成情况表格的文件；表格若在隐藏的工作表中，请在 Excel 中取消隐藏后保存',
  }),

  // ── Encodings (src/pipeline/parse/decode.ts, encoding.ts) ──

  /** A text table saved as UTF-16 (Excel's “Unicode 文本”, Notepad's “Unicode”). */
  Utf16: entry<{ bom: boolean }>({
    code: 'E_UTF16',
    title: '文件是 UTF-16 编码',
    message: ({ bom }) =>
      `文件是 UTF-16 编码（Excel 的“Unicode 文本”或记事本的“Unicode”${bom ? '' : '，文件中有大量 00 字节'}），程序只读 UTF-8`,
    hint: () => '请在 Excel 中打开原表，“另存为”选“CSV UTF-8（逗号分隔）(*.csv)”；或在记事本中“另存为”，编码选“UTF-8”',
  }),
  /** A CSV that is not UTF-8 and looks like GB18030/GBK. */
  Gb18030NotUtf8: entry({
    code: 'E_GB18030_NOT_UTF8',
    title: '文件是 GB18030/GBK 编码',
    message: () => '文件不是 UTF-8 编码，看起来是 GB18030/GBK 编码',
    hint: () =>
      '请先转换为 UTF-8 再放入，例如：iconv -f GB18030 -t UTF-8 原文件 > 新文件（或用文本编辑器“另存为 UTF-8”）',
  }),
  /** A text file that is not UTF-8 (nor GB18030), naming the first byte that is not. */
  NotUtf8: entry<{ byte: number }>({
    code: 'E_NOT_UTF8',
    title: '文件不是 UTF-8 编码',
    message: ({ byte }) => `文件不是 UTF-8 编码（第 ${byte} 个字节无法识别）`,
    hint: () => '请确认文件的编码，转换为 UTF-8 后再放入',
  }),
  /** A web page declaring a charset we do not decode. */
  CharsetUnsupported: entry<{ label: string }>({
    code: 'E_CHARSET_UNSUPPORTED',
    title: '字符集不受支持',
    message: ({ label }) => `文件声明的字符集“${label}”不受支持`,
    hint: () => '请把文件另存为 UTF-8（或 GBK/GB18030）后再放入',
  }),
  /** A web page declaring GBK/GB18030 whose bytes are neither that nor UTF-8. */
  CharsetMismatch: entry<{ declared: string }>({
    code: 'E_CHARSET_MISMATCH',
    title: '内容与声明的字符集不符',
    message: ({ declared }) => `文件声明 charset=${declared}，但内容不是有效的 GB18030/GBK 编码`,
    hint: () => '请用浏览器“另存为”重新保存网页，或把文件另存为 UTF-8',
  }),

  // ── CSV syntax (src/pipeline/parse/csv-records.ts, csv.ts) ──

  /** A CSV/TSV file with no records at all. */
  EmptyFile: entry({
    code: 'E_EMPTY_FILE',
    title: '文件是空的',
    message: () => '文件是空的',
    hint: () => '请重新从 Excel 导出表格',
  }),
  /** A quoted CSV cell whose closing quote never comes. */
  CsvUnclosedQuote: entry({
    code: 'E_CSV_UNCLOSED_QUOTE',
    title: '引号没有结束',
    message: () => '这一行开始的带引号单元格没有结束引号',
    hint: () => '请检查该单元格的双引号是否成对；单元格内的引号应写成两个双引号 ""',
  }),
  /** Characters after a quoted CSV cell's closing quote. */
  CsvAfterQuote: entry<{ next: string }>({
    code: 'E_CSV_AFTER_QUOTE',
    title: '引号后多出字符',
    message: ({ next }) => `带引号的单元格结束后紧跟着多余的字符“${next}”`,
    hint: () => '请把整个单元格放在一对双引号中，单元格内的引号写成两个双引号 ""',
  }),

  // ── Finding the table (src/pipeline/parse/table.ts, year.ts) ──

  /** No table content at all in the file. */
  NoTable: entry({
    code: 'E_NO_TABLE',
    title: '文件中没有表格',
    message: () => '文件中没有任何表格内容',
    hint: () => '请确认放入的是含任务表格的原始文件',
  }),
  /** Neither a title row in the table nor `title:` in source.yaml. */
  NoTitle: entry<{ sidecar: string }>({
    code: 'E_NO_TITLE',
    title: '没有标题',
    message: () => '表格中没有标题行，来源说明中也没有 title',
    hint: ({ sidecar }) => `请在 ${sidecar} 中写上标题，例如：\n${TITLE_EXAMPLE}`,
  }),
  /** The title names no year. */
  TitleWithoutYear: entry<{ title: string; sidecar: string }>({
    code: 'E_TITLE_WITHOUT_YEAR',
    title: '标题中没有年份',
    message: ({ title }) => `标题“${title}”中没有年份`,
    hint: ({ sidecar }) => `请在 ${sidecar} 中写上写明年份的标题，例如：\n${TITLE_EXAMPLE}`,
  }),
  /** source.yaml's `sheet:` names a sheet the file does not have. */
  SheetNotFound: entry<{ sheet: string; tables: string[] }>({
    code: 'E_SHEET_NOT_FOUND',
    title: 'sheet 指定的工作表不存在',
    message: ({ sheet, tables }) => `sheet: ${sheet} 不在文件中（文件中的表格：${tables.join('、')}）`,
    hint: () => '请把 sheet 改为其中之一',
  }),
  /** source.yaml's `table:` is larger than the number of tables. */
  TableOutOfRange: entry<{ table: number; count: number }>({
    code: 'E_TABLE_OUT_OF_RANGE',
    title: 'table 超出范围',
    message: ({ table, count }) => `table: ${table} 超出范围（文件中有 ${count} 个表格）`,
    hint: ({ count }) => `请把 table 改为 1–${count} 之间的数`,
  }),
  /** Several task tables in one file and no `table:`/`sheet:` choosing one. */
  SeveralTables: entry<{ list: string[]; sidecar: string; first: number; named: boolean }>({
    code: 'E_SEVERAL_TABLES',
    title: '文件中有多个任务表格',
    message: ({ list }) => `文件中有 ${list.length} 个任务表格：${list.join('、')}`,
    hint: ({ sidecar, first, named }) =>
      `请在 ${sidecar} 中写明读哪一个，例如：\ntable: ${first}${named ? `\n（或 sheet: 工作表名称）` : ''}`,
  }),
  /** No table in the file has a header of two or more column names. */
  NoHeader: entry({
    code: 'E_NO_HEADER',
    title: '没有找到表头',
    message: () => '没有找到表头（文件中的表格都不含两个以上的列名）',
    hint: () => '请确认放入的是含任务表格的原始文件；任务表格的表头应有“目标任务”“完成情况”一类的列名',
  }),
  /** The header has no target or no result column: the `columns:` lines that name them. */
  MissingColumn: entry<{ missing: string[]; found: string[]; sidecar: string; block: string }>({
    code: 'E_MISSING_COLUMN',
    title: '表头中缺少目标任务或完成情况列',
    message: ({ missing, found }) => `表头中找不到${missing.join('和')}列（表头为：${found.join('、')}）`,
    hint: ({ missing, sidecar, block }) =>
      `不要改动原始文件；请在 ${sidecar} 中写明哪一列是${missing.join('、')}，例如：\n${block}`,
  }),

  // ── Rows (src/pipeline/parse/rows.ts) ──

  /** A header and no task rows under it. */
  NoRows: entry({
    code: 'E_NO_ROWS',
    title: '没有任务行',
    message: () => '表格只有表头，没有任务行',
    hint: () => '请确认放入的文件包含全部任务行',
  }),
  /** A row with content in columns the header lacks (usually a “|” inside a cell of a text table). */
  ExtraCell: entry<Correction & { count: number; columns: number[]; content: string }>({
    code: 'E_EXTRA_CELL',
    title: '这一行比表头多出单元格',
    message: ({ count, columns, content }) =>
      `这一行比表头多出 ${count} 个单元格（第 ${columns.join('、')} 列没有表头，却有内容“${content}”）`,
    hint: ({ sidecar, block }) => correctionHint(sidecar, '多半是单元格文字里有“|”，被当成了分隔符。', block),
  }),
  /** A task row whose 编号 cell is empty. */
  NumberEmpty: entry<Correction>({
    code: 'E_NUMBER_EMPTY',
    title: '编号为空',
    message: () => '编号单元格为空',
    hint: ({ sidecar, block }) => correctionHint(sidecar, '', block),
  }),
  /** A 编号 that is not a positive whole number (0, “(二)”, “1.2”…). */
  NumberNotInteger: entry<Correction & { text: string }>({
    code: 'E_NUMBER_NOT_INTEGER',
    title: '编号不是正整数',
    message: ({ text }) => `编号“${text}”不是正整数`,
    hint: ({ sidecar, block }) => correctionHint(sidecar, '', block),
  }),
  /** An empty target or result cell. */
  EmptyCell: entry<Correction & { column: string }>({
    code: 'E_EMPTY_CELL',
    title: '单元格为空',
    message: ({ column }) => `${column}单元格为空`,
    hint: ({ sidecar, block }) => correctionHint(sidecar, '如原表确实没有内容，', block),
  }),
  /** The same 编号 twice (a pasted row). */
  NumberDuplicate: entry<Correction & { number: number; first: number }>({
    code: 'E_NUMBER_DUPLICATE',
    title: '编号重复',
    message: ({ number, first }) => `编号 ${number} 重复（第 ${first} 行已有）`,
    hint: ({ sidecar, block }) => correctionHint(sidecar, '请先核对是否重复粘贴了一行；如原表确实编错了号，', block),
  }),
  /** 编号 not running 1..N (a lost row). */
  NumberSequence: entry<Correction & { expected: number; actual: number }>({
    code: 'E_NUMBER_SEQUENCE',
    title: '编号不连续',
    message: ({ expected, actual }) => `编号应为 ${expected}，实际为 ${actual}`,
    hint: ({ sidecar, block }) =>
      correctionHint(sidecar, '编号须从 1 开始连续递增。请先核对是否缺了一行；如原表确实编错了号，', block),
  }),

  // ── source.yaml corrections (src/pipeline/parse/corrections.ts) ──

  /** A correction's `row:` is not a task row of the table. */
  CorrectionRow: entry<{ index: number; row: number; range: string }>({
    code: 'E_CORRECTION_ROW',
    title: '更正的行号不是任务行',
    message: ({ index, row, range }) => `第 ${index} 条更正的 row: ${row} 不是表格中的任务行（任务行为${range}）`,
    hint: () => '请把 row 改为出错信息中写明的行号',
  }),
  /** A correction's `row:` is one line of the raw file holding several table rows. */
  CorrectionRowAmbiguous: entry<{ index: number; row: number; count: number }>({
    code: 'E_CORRECTION_ROW_AMBIGUOUS',
    title: '更正的行号对应多行',
    message: ({ index, row, count }) =>
      `第 ${index} 条更正的 row: ${row} 对应表格中的 ${count} 行（原始文件的这一行里有多个表格行）`,
    hint: () => '这种文件无法按行更正；请联系开发人员',
  }),
  /** A correction's `column:` is not a header of the table. */
  CorrectionColumn: entry<{ index: number; column: string; headers: string[] }>({
    code: 'E_CORRECTION_COLUMN',
    title: '更正的列名不在表头中',
    message: ({ index, column, headers }) =>
      `第 ${index} 条更正的 column: ${column} 不是表头中的列（表头为：${headers.join('、')}）`,
    hint: () => '请把 column 改为表头中的列名，照原样抄写',
  }),
  /** Two corrections of the same cell. */
  CorrectionDuplicate: entry<{ index: number; row: number; column: string }>({
    code: 'E_CORRECTION_DUPLICATE',
    title: '同一单元格更正了两次',
    message: ({ index, row, column }) => `第 ${index} 条更正与前面的更正是同一单元格（第 ${row} 行“${column}”）`,
    hint: () => '同一单元格只能更正一次，请删除其中一条',
  }),

  // ── overrides/<year>.yaml (src/pipeline/overrides.ts) ──

  /** An overrides file whose `year:` is not the year in its name. */
  OverridesYear: entry<{ written: number; year: number }>({
    code: 'E_OVERRIDES_YEAR',
    title: '更正文件的年份不符',
    message: ({ written, year }) => `year 写的是 ${written}，但这是 ${year} 年的更正文件`,
    hint: ({ written, year }) => `请把 year 改为 ${year}，或把文件改名为 ${written}.yaml`,
  }),
  /** overrides/<year>.yaml while the year folder's reports are all in subfolders. */
  OverridesNoReport: entry<{ year: string; subfolders: string[] }>({
    code: 'E_OVERRIDES_NO_REPORT',
    title: '更正文件没有对应的表格',
    message: ({ year, subfolders }) =>
      `sources/${year}/ 文件夹本身没有表格，报告都在子文件夹中（${subfolders.join('、')}），这个文件中的更正无处可用`,
    hint: ({ year, subfolders }) =>
      `请把更正移到对应子文件夹的更正文件中，例如 overrides/${year}/${subfolders[0] ?? '子文件夹名'}.yaml（每个子文件夹一份，文件名与子文件夹同名）`,
  }),
  /** overrides/<year>/<name>.yaml with no sources/<year>/<name>/ subfolder. */
  OverridesNoFolder: entry<{ year: string; name: string; subfolders: string[] }>({
    code: 'E_OVERRIDES_NO_FOLDER',
    title: '更正文件没有对应的子文件夹',
    message: ({ year, name }) => `没有子文件夹 sources/${year}/${name}/，这个文件中的更正无处可用`,
    hint: ({ subfolders }) =>
      subfolders.length > 0
        ? `文件名须与子文件夹同名，现有的子文件夹：${subfolders.join('、')}`
        : '这一年没有子文件夹；更正这一年的表格请写在 overrides/<年份>.yaml 中',
  }),
  /** Two overrides of the same task. */
  OverrideDuplicate: entry<{ task: string }>({
    code: 'E_OVERRIDE_DUPLICATE',
    title: '同一任务有两条更正',
    message: ({ task }) => `编号 ${task} 有两条更正`,
    hint: () => '请把同一任务的更正合并为一条',
  }),
  /** An override's `task:` is not a 编号 of that year. */
  OverrideNoTask: entry<{ index: number; task: string; count: number }>({
    code: 'E_OVERRIDE_NO_TASK',
    title: '更正的任务编号不存在',
    message: ({ index, task, count }) => `第 ${index} 条 override：任务编号 ${task} 不存在（本年共 ${count} 项）`,
    hint: () => '请改正 task 编号，或删除这条更正',
  }),
  /** An override's `task:` is a 编号 whose row is split into sub-items: it must name one of them. */
  OverrideSubItems: entry<{ index: number; task: string; subs: string[] }>({
    code: 'E_OVERRIDE_SUB_ITEMS',
    title: '更正的任务分为子项',
    message: ({ index, task, subs }) =>
      `第 ${index} 条 override：编号 ${task} 分为 ${subs.length} 个子项（${subs.join('、')}），更正须指明其中一项`,
    hint: ({ subs }) => `请把 task 改为子项编号并加引号，例如 task: "${subs[0]}"；要更正几个子项就写几条`,
  }),
  /** An override's `area.slug` is not in taxonomy.yaml. */
  OverrideArea: entry<{ index: number; task: string; slug: string; areas: string[] }>({
    code: 'E_OVERRIDE_AREA',
    title: '更正的领域不在分类中',
    message: ({ index, task, slug }) => `第 ${index} 条 override（编号 ${task}）：领域“${slug}”不在 taxonomy.yaml 中`,
    hint: ({ areas }) => `可用的领域：${areas.join('、')}`,
  }),
  /** An override's short title is not a piece of the task's own text. */
  OverrideShortTitle: entry<{ index: number; task: string; value: string }>({
    code: 'E_OVERRIDE_SHORT_TITLE',
    title: '短标题不是原文中的一段',
    message: ({ index, task, value }) =>
      `第 ${index} 条 override（编号 ${task}）：短标题“${value}”不是目标任务原文中的一段文字`,
    hint: () => '短标题只能从目标任务原文中截取连续的一段，不能改写或添加字词',
  }),
  /** An override's `metric:` is beyond the task's metrics. */
  OverrideMetric: entry<{ index: number; task: string; count: number; at: number }>({
    code: 'E_OVERRIDE_METRIC',
    title: '更正的指标序号不存在',
    message: ({ index, task, count, at }) =>
      `第 ${index} 条 override（编号 ${task}）：任务 ${task} 只有 ${count} 个指标，没有第 ${at} 个`,
    hint: ({ count }) => `metric 写任务页“量化指标”表中的序号（从 1 起，本任务为 1～${count}）`,
  }),

  /** A metric override whose `actual`/`parts` text is not in the task's completion text. */
  OverrideMetricNotInText: entry<{ index: number; task: string; metric: number; text: string }>({
    code: 'E_OVERRIDE_METRIC_NOT_IN_TEXT',
    title: '指标更正的文字不在完成情况原文中',
    message: ({ index, task, metric, text }) =>
      `第 ${index} 条 override（编号 ${task}）：第 ${metric} 个指标的更正写的“${text}”不在完成情况原文中`,
    hint: () => '请从原文逐字复制数字及单位，如“2479套”',
  }),
  /** A metric override whose text is in the completion text but holds no figure with a unit. */
  OverrideMetricNoFigure: entry<{ index: number; task: string; metric: number; text: string }>({
    code: 'E_OVERRIDE_METRIC_NO_FIGURE',
    title: '指标更正的文字中没有数字和单位',
    message: ({ index, task, metric, text }) =>
      `第 ${index} 条 override（编号 ${task}）：第 ${metric} 个指标的更正写的“${text}”中没有可识别的数字和单位`,
    hint: () => '请只复制数字及其单位，如“1010个”',
  }),

  // ── Every YAML file (src/pipeline/yaml-file.ts, sidecar.ts) ──

  /** Several problems in one YAML file, listed together (each keeps its own code). */
  YamlSeveral: entry<{ file: string; count: number }>({
    code: 'E_YAML_SEVERAL',
    title: 'YAML 文件中有多处问题',
    message: ({ file, count }) => `${file} 有 ${count} 处问题（一并列出，请逐条改正后再运行）`,
    hint: () => '',
  }),
  /** A line indented with a tab. */
  YamlTabIndent: entry({
    code: 'E_YAML_TAB_INDENT',
    title: '用了 Tab 缩进',
    message: () => '行首用了制表符（Tab）缩进',
    hint: () => '请把行首的 Tab 换成空格（每级两个空格）',
  }),
  /** A line indented with a full-width space. */
  YamlFullWidthIndent: entry({
    code: 'E_YAML_FULL_WIDTH_INDENT',
    title: '用了全角空格缩进',
    message: () => '行首有全角空格（中文输入法下的空格）',
    hint: () => '请删去这个全角空格，改用半角空格缩进（每级两个空格）',
  }),
  /** A key followed by a full-width colon. */
  YamlFullWidthColon: entry<{ name: string; after: string }>({
    code: 'E_YAML_FULL_WIDTH_COLON',
    title: '用了全角冒号',
    message: ({ name }) => `“${name}”后面用了全角冒号“：”`,
    hint: ({ name, after }) => `请改成半角冒号加一个空格，写成“${name}: ${after}”`,
  }),
  /** A key's colon followed by a full-width space. */
  YamlFullWidthSpace: entry<{ name: string }>({
    code: 'E_YAML_FULL_WIDTH_SPACE',
    title: '冒号后是全角空格',
    message: ({ name }) => `“${name}:”后面是全角空格`,
    hint: () => '请把冒号后的全角空格换成半角空格',
  }),
  /** A key's colon with no space after it. */
  YamlNoSpace: entry<{ name: string; after: string }>({
    code: 'E_YAML_NO_SPACE',
    title: '冒号后缺少空格',
    message: ({ name }) => `“${name}:”后面缺少空格`,
    hint: ({ name, after }) => `请在冒号后加一个空格，写成“${name}: ${after}”`,
  }),
  /** A YAML syntax error, by the parser's code (unknown codes read as a general format error). */
  YamlSyntax: entry<{ parserCode: string }>({
    code: 'E_YAML_SYNTAX',
    title: 'YAML 格式错误',
    message: ({ parserCode }) => `YAML 格式错误：${yamlSyntax(parserCode)[0]}`,
    hint: ({ parserCode }) => yamlSyntax(parserCode)[1],
  }),
  /** A key the schema does not know, with a nudge towards the key meant and the keys allowed there. */
  YamlUnknownKey: entry<{ where: string; key: string; nudge: string; known: string[]; hint: string }>({
    code: 'E_YAML_UNKNOWN_KEY',
    title: '不认识的项',
    message: ({ where, key }) => `${where}不认识“${key}”这一项`,
    hint: ({ nudge, known, hint }) =>
      known.length > 0 ? `${nudge}这里可写的项：${known.join('、')}` : `${nudge}${hint}`,
  }),
  /** Required keys missing from one entry, with the lines to copy. */
  YamlMissingKeys: entry<{ where: string; keys: string[]; under: string; block: string }>({
    code: 'E_YAML_MISSING_KEYS',
    title: '缺少必填项',
    message: ({ where, keys }) => `${where}缺少 ${keys.join('、')}`,
    hint: ({ under, block }) => `请在${under}补上（可直接复制，注意缩进与上下行对齐）：\n${block}`,
  }),
  /** A value of the wrong type, outside its list or range (`what` says which, in the editor's words). */
  YamlBadValue: entry<{ where: string; what: string; hint: string }>({
    code: 'E_YAML_BAD_VALUE',
    title: '值不符合要求',
    message: ({ where, what }) => `${where}${what}`,
    hint: ({ hint }) => hint,
  }),
  /** source.yaml says otherwise than the source about a field the source already gives. */
  MetaConflict: entry<{ label: string; sidecarValue: string; sourceValue: string; source: string }>({
    code: 'E_META_CONFLICT',
    title: '来源说明与原始表格不一致',
    message: ({ label, sidecarValue, sourceValue, source }) =>
      `${label}“${sidecarValue}”与原始表格中的“${sourceValue}”（${source}）不一致`,
    hint: ({ label }) => `原始表格已写明${label}，请删除来源说明中的这一项或改为一致`,
  }),
  /** Title, 发布机构 or 成文日期 given by neither the source nor source.yaml. */
  MetaMissing: entry<{ labels: string[]; sidecar: string; create: string; merge: string; lines: string[] }>({
    code: 'E_META_MISSING',
    title: '缺少标题、发布机构或成文日期',
    message: ({ labels }) => `原始表格没有写明${labels.join('、')}，来源说明文件中也没有`,
    hint: ({ sidecar, create, merge, lines }) =>
      `请在来源说明文件 ${sidecar} 中${create}写上下面几行（可直接复制，把括号中的说明换成实际内容）${merge}：\n${lines.map((l) => `      ${l}`).join('\n')}`,
  }),
  /** A year folder holds more than one final report (年度完成情况) among its reports. */
  SeveralFinals: entry<{ year: string; files: string[] }>({
    code: 'E_SEVERAL_FINALS',
    title: '一年有多份年度完成情况',
    message: ({ year, files }) => `${year} 年有 ${files.length} 份年度完成情况：${files.join('、')}`,
    hint: () =>
      '一年只能有一份年度完成情况；其余是年中进展的，请在它的 source.yaml 中写 kind: progress 和 asOf: 截至日期',
  }),
  /** A report's as-of date (asOf, from source.yaml or the title) falls outside its year. */
  AsOfOutsideYear: entry<{ asOf: string; year: number }>({
    code: 'E_ASOF_OUTSIDE_YEAR',
    title: '截至日期不在报告年度内',
    message: ({ asOf, year }) => `asOf 写的是 ${asOf}，不在 ${year} 年内`,
    hint: ({ year }) => `进展报告的截至日期应在 ${year} 年内，例如 asOf: ${year}-06-30`,
  }),
  /** An in-year progress report whose title says no date and whose source.yaml has no asOf. */
  AsOfMissing: entry<{ title: string; year: number; sidecar: string }>({
    code: 'E_ASOF_MISSING',
    title: '进展报告没有截至日期',
    message: ({ title }) => `这是年度中的进展报告（标题“${title}”），但标题没有写明截至哪一天`,
    hint: ({ year, sidecar }) =>
      `请在 ${sidecar} 中写上截至日期，例如 asOf: ${year}-06-30；如果它其实是年度完成情况，请写 kind: final`,
  }),
  /** A file listed under source.yaml `versions:` is not in the folder. */
  VersionMissing: entry<{ n: number; file: string }>({
    code: 'E_VERSION_MISSING',
    title: 'versions 中的文件不在文件夹中',
    message: ({ n, file }) => `versions 第 ${n} 个版本的文件“${file}”不在文件夹中`,
    hint: () => '请改正文件名（与文件夹中的文件名完全一致，包括扩展名），或把这个版本的原始表格放进文件夹',
  }),
  /** `versions:` dates do not run from oldest to newest. */
  VersionDateOrder: entry<{ n: number; date: string; previous: string }>({
    code: 'E_VERSION_DATE_ORDER',
    title: 'versions 的日期没有从旧到新',
    message: ({ n, date, previous }) => `versions 第 ${n} 个版本的日期 ${date} 不晚于上一个版本的 ${previous}`,
    hint: () => 'versions 按从旧到新排列：原版在前，修订版在后，日期逐个变晚；请调整顺序或改正日期',
  }),
  /** The same file listed twice under `versions:`. */
  VersionDuplicate: entry<{ file: string }>({
    code: 'E_VERSION_DUPLICATE',
    title: 'versions 中同一文件出现两次',
    message: ({ file }) => `versions 中“${file}”出现了两次`,
    hint: () => '每个版本列一次：原版和修订版是不同的文件',
  }),
  /** source.yaml `file:` names another file than the newest of `versions:`. */
  VersionFileMismatch: entry<{ file: string; last: string }>({
    code: 'E_VERSION_FILE_MISMATCH',
    title: 'file 与最新版本不一致',
    message: ({ file, last }) => `file 写的是“${file}”，而 versions 中最新的版本是“${last}”`,
    hint: () => '有 versions 时，网站使用最新的版本；请删去 file 这一项，或把它改成最新版本的文件名',
  }),
  /** A version listed under `versions:` is a table of another year. */
  VersionWrongYear: entry<{ year: number; folder: string; content: string }>({
    code: 'E_VERSION_WRONG_YEAR',
    title: '版本的年份与文件夹不一致',
    message: ({ year, folder }) => `这个版本是 ${year} 年的表格，却列在 ${folder} 年的 versions 中`,
    hint: ({ year, content }) =>
      `versions 只列同一份报告的各个版本；请把它移到 ${content}/sources/${year}/，并从 versions 中删去`,
  }),
  // ── The archive bundle (scripts/archive.ts, scripts/archive/, scripts/verify-archive.ts) ──

  /** `npm run archive` built the site first and the build failed (the build's own output says why). */
  ArchiveBuildFailed: entry({
    code: 'E_ARCHIVE_BUILD_FAILED',
    title: '构建失败，未生成存档包',
    message: () => '构建网站失败，没有生成存档包',
    hint: () => '请按上方构建输出中的提示改正，再运行 npm run archive',
  }),
  /** The folder to bundle (`--dist`, or the build's output) holds no index.html. */
  ArchiveNoSite: entry({
    code: 'E_ARCHIVE_NO_SITE',
    title: '要打包的目录不是构建好的网站',
    message: () => '这个目录中没有 index.html，不是构建好的网站',
    hint: () => '请先运行 npm run build，或用 --dist 指向已构建的网站目录，如 npm run archive -- --dist dist',
  }),
  /** `--name` holds characters that do not belong in a file name. */
  ArchiveBadName: entry<{ name: string }>({
    code: 'E_ARCHIVE_BAD_NAME',
    title: '存档包名称含有不能用的字符',
    message: ({ name }) => `存档包名称“${name}”含有不能用于文件名的字符`,
    hint: () => '--name 只能含字母、数字、点、横线和下划线，如 --name gzbg',
  }),
  /** SOURCE_DATE_EPOCH is set but is not a whole number of seconds. */
  ArchiveBadEpoch: entry<{ epoch: string }>({
    code: 'E_ARCHIVE_BAD_EPOCH',
    title: 'SOURCE_DATE_EPOCH 不是整数秒',
    message: ({ epoch }) => `应为整数秒（Unix 时间），现为“${epoch}”`,
    hint: () => '请改为整数秒，如 SOURCE_DATE_EPOCH=1737849600；或不设置它，存档日期就取报告中最晚的成文日期',
  }),
  /** No generated report to take the bundle's date from, and no SOURCE_DATE_EPOCH. */
  ArchiveNoReports: entry({
    code: 'E_ARCHIVE_NO_REPORTS',
    title: '没有报告，无法确定存档日期',
    message: () => '这里没有生成的报告，无法确定存档日期',
    hint: () => '请先运行 npm run ingest，或设置 SOURCE_DATE_EPOCH',
  }),
  /** A generated report (content/reports/<year>/index.md) lacks meta.written or source.file. */
  ArchiveReportMeta: entry({
    code: 'E_ARCHIVE_REPORT_META',
    title: '生成的报告缺少成文日期或原始文件',
    message: () => '缺少 meta.written 或 source.file',
    hint: () => '这是 npm run ingest 生成的文件，请不要手改；重新运行 npm run ingest 后再打包',
  }),
  /** `npm run verify-archive` was run without saying which bundle. */
  VerifyNoArgument: entry({
    code: 'E_VERIFY_NO_ARGUMENT',
    title: '没有指明要校验的存档包',
    message: () => '没有指明要校验哪个存档包',
    hint: () => '用法：npm run verify-archive -- <存档包 .zip 或解压后的目录>',
  }),
  /** The bundle to verify does not exist. */
  VerifyNotFound: entry({
    code: 'E_VERIFY_NOT_FOUND',
    title: '找不到要校验的存档包',
    message: () => '找不到这个文件或目录',
    hint: () => '请检查路径：应为 npm run archive 写出的 .zip 文件，或它解压后的目录',
  }),
  /** The bundle to verify cannot be read as a zip file. */
  VerifyUnreadable: entry({
    code: 'E_VERIFY_UNREADABLE',
    title: '存档包无法读取',
    message: () => '无法读取这个 zip 文件：它已损坏、不完整，或不是 zip 文件',
    hint: () => '请重新下载或复制存档包后再校验；也可以先解压，再校验解压出的目录',
  }),
  /** The bundle holds no SHA256SUMS, so nothing can be checked. */
  VerifyNoManifest: entry({
    code: 'E_VERIFY_NO_MANIFEST',
    title: '存档包中没有校验清单',
    message: () => '其中没有校验清单 SHA256SUMS，无法校验',
    hint: () => '这不是本项目生成的存档包，或清单已被删除；请用原始存档包重新校验',
  }),
  /** A line of SHA256SUMS that is not `<64 hex>  <path>`. */
  ManifestLine: entry<{ text: string }>({
    code: 'E_MANIFEST_LINE',
    title: '校验清单的一行格式不对',
    message: ({ text }) => `这一行格式不对：${text}`,
    hint: () =>
      '每行应为“64 位 sha256、两个空格、文件路径”；清单由 npm run archive 写出，请不要手改，改过的请从原始存档包中取回',
  }),
  /** A path in SHA256SUMS that is absolute or climbs out of the bundle with `..`. */
  ManifestPath: entry<{ path: string }>({
    code: 'E_MANIFEST_PATH',
    title: '校验清单中的路径超出存档包',
    message: ({ path }) => `路径“${path}”是绝对路径或含有“..”`,
    hint: () => '清单中只能是存档包内的相对路径；这份清单已被改动，请从原始存档包中取回',
  }),
  /** The same path listed twice in SHA256SUMS. */
  ManifestDuplicate: entry<{ path: string }>({
    code: 'E_MANIFEST_DUPLICATE',
    title: '校验清单重复列出同一文件',
    message: ({ path }) => `重复列出了“${path}”`,
    hint: () => '每个文件只列一行；这份清单已被改动，请从原始存档包中取回',
  }),
} as const;

/** Every entry, for the README and the test that each has a trigger case. */
export const ERROR_CODES: readonly string[] = Object.values(Errors).map((e) => e.code);
