import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, readOfficeDocument, refusedFormat } from '../../../../src/pipeline/parse/index.ts';
import { MAX_SHEET_CELLS, readWorkbook } from '../../../../src/pipeline/parse/xlsx.ts';
import { MAX_UNPACKED_BYTES } from '../../../../src/pipeline/parse/zip-guard.ts';
import { SourceError } from '../../../../src/schema/source.ts';
import {
  encryptedContainer,
  fixture,
  legacyDocContainer,
  refusal,
  rewriteEntry,
  texts,
  zipBomb,
} from './office-helpers.ts';

const book = (sheets: Record<string, XLSX.WorkSheet>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array => {
  const wb = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, sheet, name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
};

describe('readWorkbook: the 柯桥 table (序号 merged over two sub-rows)', () => {
  for (const ext of ['xlsx', 'xls'] as const) {
    it(`.${ext}: merges expanded, covered cells repeat and point at their origin, sheet row numbers, C7 names`, () => {
      const doc = readWorkbook(fixture(`keqiao-2023-q1/keqiao.${ext}`), `keqiao.${ext}`);
      expect(doc.format).toBe(ext);
      expect(doc.warnings).toEqual([]);
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0]!;
      expect(t.name).toBe('工作表“民生实事”');
      expect(t.rowNumbers).toEqual([1, 2, 3, 4, 5]);
      const rows = texts(t.rows);
      expect(rows[0]).toEqual(Array(6).fill('2023年度省政府民生实事涉我区工作任务一季度进展情况'));
      expect(rows[1]).toEqual([
        '序号',
        '工作任务',
        '责任单位',
        '一季度目标',
        '进展情况、存在问题及下一步打算',
        '目标完成情况',
      ]);
      expect(rows[2]!.slice(0, 4)).toEqual(['1', '新改扩建公办中小学校1所', '教体局', '室内安装、装修及场外施工']);
      expect(rows[3]!.slice(0, 4)).toEqual(['1', '新增学位810个', '教体局', '室内安装、装修及场外施工']);
      expect(rows[3]![5]).toBe('顺利推进');
      expect(rows[4]![0]).toBe('2');
      // Covered cells point at the merge's first cell; a cell of its own points at itself.
      expect(t.rows[3]![0]!.origin).toEqual({ row: 3, col: 1 });
      expect(t.rows[3]![4]!.origin).toEqual({ row: 3, col: 5 });
      expect(t.rows[3]![1]!.origin).toEqual({ row: 4, col: 2 });
      expect(t.rows[0]![5]!.origin).toEqual({ row: 1, col: 1 });
      expect(t.cellName(3, 1)).toBe('B4');
      expect(t.cellName(4, 5)).toBe('F5');
    });
  }
});

describe('readWorkbook: the 眉山 table (four header levels, hidden row, formulas, hidden and empty sheets)', () => {
  it('.xlsx: header levels expanded, hidden row skipped, formulas by cached value, each with a 提醒', () => {
    const doc = readWorkbook(fixture('meishan-2019/meishan.xlsx'), 'meishan.xlsx');
    expect(doc.tables.map((t) => t.name)).toEqual(['工作表“完成情况”']);
    const t = doc.tables[0]!;
    expect(t.rowNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14]);
    const rows = texts(t.rows);
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual(Array(5).fill('地区'));
    expect(t.rows[5]![0]!.origin).toEqual({ row: 2, col: 1 });
    expect(rows[3]).toEqual([
      '地区',
      '城镇新增就业(人)',
      '城镇新增就业(人)',
      '城镇新增就业(人)',
      '城镇失业人员再就业(人)',
      '城镇失业人员再就业(人)',
      '城镇失业人员再就业(人)',
    ]);
    expect(rows[5]).toEqual(['地区', '目标', '任务\n进度', '完成比例(%)', '目标', '任务\n进度', '完成比例(%)']);
    expect(rows[6]).toEqual(['全市', '27800', '52242', '187.9', '4400', '5358', '121.8']);
    expect(rows[7]![0]).toBe('东坡区');
    expect(rows.flat()).not.toContain('眉山天府新区');
    expect(t.cellName(6, 3)).toBe('D7');
    expect(t.cellName(7, 0)).toBe('A9');
    expect(doc.warnings).toEqual([
      '工作表“完成情况”的第 8 行是隐藏行，已跳过；如需读取，请在 Excel 中取消隐藏后保存',
      '工作表“完成情况”的 D7、G7 是公式，按文件中保存的计算结果读取',
      '工作表“底稿”是隐藏的工作表，已跳过；如需读取，请在 Excel 中取消隐藏后保存',
    ]);
  });

  it('.xls (BIFF8): the same merges and hidden sheet (SheetJS writes no hidden rows or formulas to .xls)', () => {
    const doc = readWorkbook(fixture('meishan-2019/meishan.xls'), 'meishan.xls');
    const t = doc.tables[0]!;
    expect(doc.format).toBe('xls');
    expect(texts(t.rows)[5]).toEqual([
      '地区',
      '目标',
      '任务\n进度',
      '完成比例(%)',
      '目标',
      '任务\n进度',
      '完成比例(%)',
    ]);
    expect(t.rows[4]![6]!.origin).toEqual({ row: 5, col: 2 });
    expect(texts(t.rows)[7]![0]).toBe('眉山天府新区');
    expect(doc.warnings).toEqual(['工作表“底稿”是隐藏的工作表，已跳过；如需读取，请在 Excel 中取消隐藏后保存']);
  });

  it('names the formula cells covered by a merge once', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['序号', '完成比例', '子项'],
      [1, null, '甲'],
      [null, null, '乙'],
    ]);
    sheet['B2'] = { t: 'n', v: 1.08, f: 'A2+0.08', z: '0%' };
    sheet['!merges'] = [XLSX.utils.decode_range('B2:B3')];
    const doc = readWorkbook(book({ S: sheet }), 'a.xlsx');
    expect(texts(doc.tables[0]!.rows)).toEqual([
      ['序号', '完成比例', '子项'],
      ['1', '108%', '甲'],
      ['', '108%', '乙'],
    ]);
    expect(doc.warnings).toEqual(['工作表“S”的 B2 是公式，按文件中保存的计算结果读取']);
  });
});

describe('readWorkbook: the 崇川 table (task text merged over two header columns)', () => {
  it('the merged cell repeats under 主要任务 and 全年目标任务, pointing at B', () => {
    const t = readWorkbook(fixture('chongchuan-2023-11/chongchuan.xlsx'), 'chongchuan.xlsx').tables[0]!;
    const rows = texts(t.rows);
    expect(rows[1]).toEqual([
      '序号',
      '主要任务',
      '全年目标任务',
      '分管 领导',
      '牵头 单位',
      '责任主体与协同单位',
      '1-10月推进情况',
      '1-11月推进情况',
      '是否达序',
      '说明',
    ]);
    expect(rows[3]!.slice(0, 3)).toEqual([
      '25',
      '新增四分类“三定一督”达标小区210个。',
      '新增四分类“三定一督”达标小区210个。',
    ]);
    expect(rows[3]![9]).toBe(
      '前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。',
    );
    expect(t.rows[3]![2]!.origin).toEqual({ row: 4, col: 2 });
    expect(t.cellName(3, 2)).toBe('C4');
  });
});

describe('readWorkbook: number formats as Excel shows them', () => {
  for (const bookType of ['xlsx', 'biff8'] as const) {
    it(`${bookType}: 1.1 formatted 0% is 110%; dates as formatted; general numbers as typed`, () => {
      const sheet = XLSX.utils.aoa_to_sheet([
        ['形象进度', '日期', '数'],
        [1.1, 45296, 2150],
      ]);
      sheet['A2']!.z = '0%';
      sheet['B2']!.z = 'yyyy"年"m"月"d"日"';
      const doc = readWorkbook(book({ S: sheet }, bookType), bookType === 'xlsx' ? 'a.xlsx' : 'a.xls');
      expect(texts(doc.tables[0]!.rows)[1]).toEqual(['110%', '2024年1月5日', '2150']);
    });
  }
});

describe('readWorkbook: what else is found under an Excel name', () => {
  it('an "xls" that is an HTML table (as many systems export): read with its spans', () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td colspan="2">2019年十大民生工程项目完成情况表</td></tr>' +
      '<tr><td rowspan="2">全市</td><td>27800</td></tr><tr><td>52242</td></tr></table></body></html>';
    const t = readWorkbook(new TextEncoder().encode(html), 'export.xls').tables[0]!;
    expect(texts(t.rows)).toEqual([
      ['2019年十大民生工程项目完成情况表', '2019年十大民生工程项目完成情况表'],
      ['全市', '27800'],
      ['全市', '52242'],
    ]);
    expect(t.rows[2]![0]!.origin).toEqual({ row: 2, col: 1 });
  });

  it('hidden columns are read, with a 提醒 to check them', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['序号', '内部备注', '目标任务'],
      [1, '仅供内部', '新增学位810个'],
    ]);
    sheet['!cols'] = [{}, { hidden: true }];
    const doc = readWorkbook(book({ S: sheet }), 'a.xlsx');
    expect(texts(doc.tables[0]!.rows)[1]).toEqual(['1', '仅供内部', '新增学位810个']);
    expect(doc.warnings).toEqual(['工作表“S”的 B 列是隐藏列，仍按原样读取；请核对其内容是否应当公开']);
  });
});

describe('readWorkbook: bad input', () => {
  it('a formula without a saved value: names the sheet, the cell and the fix', async () => {
    const bytes = rewriteEntry(fixture('meishan-2019/meishan.xlsx'), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/(<c r="G7"[^>]*>)<f>([^<]*)<\/f><v>[^<]*<\/v>/, '$1<f>$2</f>'),
    );
    expect(await refusal(() => readWorkbook(bytes, 'meishan.xlsx'))).toBe(
      'meishan.xlsx → 工作表“完成情况”的 G7 是公式（=ROUND(F7/E7*100,1)），文件中没有保存它的计算结果。请在 Excel 或 WPS 表格中打开并保存一次（保存时会写入计算结果），再放进来',
    );
  });

  it('a corrupt file: a truncated workbook, text with an .xlsx name, random bytes as .xls', async () => {
    const truncated = fixture('keqiao-2023-q1/keqiao.xlsx').subarray(0, 3000);
    expect(await refusal(() => readWorkbook(truncated, 'a.xlsx'))).toBe(
      'a.xlsx → 文件已损坏，或不是Excel 工作簿（压缩结构无法读取）。请在 Excel 或 WPS 表格中打开这个文件，确认内容完整后“另存为” Excel 工作簿（.xlsx），再放进来',
    );
    expect(await refusal(() => readWorkbook(new TextEncoder().encode('序号,目标任务\n1,x'), 'b.xlsx'))).toMatch(
      /^b\.xlsx → 文件已损坏，或不是Excel 工作簿。/,
    );
    expect(await refusal(() => readWorkbook(new Uint8Array([1, 2, 3, 4, 5]), 'c.xls'))).toMatch(/^c\.xls → 文件已损坏/);
    expect(await refusal(() => readWorkbook(fixture('keqiao-2023-q1/keqiao.xls').subarray(0, 1500), 'd.xls'))).toMatch(
      /^d\.xls → 文件已损坏，或不是Excel 工作簿（复合文档结构无法读取）/,
    );
  });

  it('a password-protected workbook (Office EncryptedPackage container): save it without the password', async () => {
    for (const name of ['secret.xlsx', 'secret.xls'])
      expect(await refusal(() => readWorkbook(encryptedContainer(), name))).toBe(
        `${name} → Excel 工作簿设置了打开密码（内容已加密），程序无法读取。请在 Excel 或 WPS 表格 中输入密码打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码，另存为未加密的文件后再放进来`,
      );
  });

  it(`a zip bomb: the directory declares more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB unpacked, refused before inflating`, async () => {
    // The test builds the bomb (slow: fflate compresses 51 MB); the reader only reads its directory.
    const bomb = zipBomb('xl/worksheets/sheet1.xml', 51, { 'xl/workbook.xml': new Uint8Array(10) });
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    expect(await refusal(() => readWorkbook(bomb, 'bomb.xlsx'))).toMatch(
      /^bomb\.xlsx → 文件解压后共 51\.0 MB，超过 50\.0 MB 的上限（文件可能已损坏，或被构造成“压缩炸弹”）。政府公开的表格解压后通常不到 1 MB/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('an empty workbook, and one whose only sheet with content is hidden', async () => {
    expect(await refusal(() => readWorkbook(book({ Sheet1: XLSX.utils.aoa_to_sheet([]) }), 'empty.xlsx'))).toBe(
      'empty.xlsx → 工作簿中没有可读的表格：工作表“Sheet1”是空的。请确认放入的是含有完成情况表格的文件；表格若在隐藏的工作表中，请在 Excel 中取消隐藏后保存',
    );
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['序号']]), '表');
    wb.Workbook = { Sheets: [{ Hidden: 1 }] } as XLSX.WorkBook['Workbook'];
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(await refusal(() => readWorkbook(bytes, 'hidden.xlsx'))).toMatch(
      /^hidden\.xlsx → 工作簿中没有可读的表格：工作表“表”是隐藏的。/,
    );
  });

  it('content far outside the table: refused with the range, not laid out cell by cell', async () => {
    // Written into the sheet XML: SheetJS's writer would walk the whole range.
    const bytes = rewriteEntry(book({ S: XLSX.utils.aoa_to_sheet([['序号']]) }), 'xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        ),
    );
    expect(await refusal(() => readWorkbook(bytes, 'far.xlsx'))).toBe(
      `far.xlsx → 工作表“S”的内容范围 A1:XFD1048576 过大（超过 ${MAX_SHEET_CELLS} 个单元格）。请在 Excel 或 WPS 表格中删去表格以外远处的单元格内容，保存后再放进来`,
    );
  });

  it('a Word file or a .doc under an Excel name says what it is', async () => {
    expect(await refusal(() => readWorkbook(fixture('keqiao-2023-q1/keqiao.docx'), 'x.xlsx'))).toMatch(
      /^x\.xlsx → 这是 Word 文档，不是 Excel 工作簿。/,
    );
    expect(await refusal(() => readWorkbook(legacyDocContainer(), 'y.xls'))).toMatch(
      /^y\.xls → 这是 Word 97-2003 文档（\.doc），不是 Excel 工作簿。/,
    );
  });
});

describe('parse/index: Office formats registered, others refused with how to save them', () => {
  it('.xlsx/.xls/.docx go to the Office readers (their errors come through)', async () => {
    expect(readOfficeDocument(fixture('keqiao-2023-q1/keqiao.xlsx'), 'k.xlsx').tables).toHaveLength(1);
    expect(await refusal(() => parseSource(encryptedContainer(), 'p.xlsx'))).toMatch(
      /^p\.xlsx → Excel 工作簿设置了打开密码/,
    );
  });

  it('.doc, .wps, .et, .pdf, .ofd and images', async () => {
    const cases: [string, RegExp][] = [
      [
        'a.doc',
        /^a\.doc → 这是 Word 97-2003 文档（\.doc），程序不能直接读取。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（\.docx）/,
      ],
      ['a.wps', /^a\.wps → 这是 WPS 文字文档（\.wps）.*“另存为” Word 文档（\.docx）/],
      ['a.et', /^a\.et → 这是 WPS 表格文件（\.et）.*“另存为” Excel 工作簿（\.xlsx）/],
      ['a.PDF', /^a\.PDF → PDF 文件中的表格无法可靠地逐字读取。请到发布单位网站找同一表格的网页版或 Excel\/Word 附件/],
      ['a.ofd', /^a\.ofd → OFD 版式文件/],
      ['a.png', /^a\.png → 图片中的表格无法逐字读取。/],
      ['a.jpg', /^a\.jpg → 图片中的表格无法逐字读取。/],
    ];
    for (const [file, message] of cases) {
      expect(refusedFormat(file)?.message).toMatch(message);
      expect(await refusal(() => parseSource(new Uint8Array(10), file))).toMatch(message);
    }
    expect(refusedFormat('a.xlsx')).toBeUndefined();
  });
});

/** Any input ends in a SourceDocument or a SourceError: never another exception, never a hang. */
const endsWell = (bytes: Uint8Array, file: string): boolean => {
  try {
    const doc = readWorkbook(bytes, file);
    for (const t of doc.tables) {
      expect(t.rows.length).toBe(t.rowNumbers.length);
      const width = t.rows[0]?.length ?? 0;
      for (const row of t.rows) expect(row).toHaveLength(width);
    }
    return true;
  } catch (error) {
    if (error instanceof SourceError) return true;
    throw error;
  }
};

describe('readWorkbook: properties', () => {
  it('arbitrary bytes, under either name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.xlsx', 'a.xls'), (bytes, file) =>
        endsWell(bytes, file),
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes behind a zip, CFB or BIFF signature', () => {
    const heads = [
      [0x50, 0x4b, 3, 4],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0x09, 0x08],
      [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...heads),
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('a.xlsx', 'a.xls'),
        (head, tail, file) => endsWell(new Uint8Array([...head, ...tail]), file),
      ),
      { numRuns: 300 },
    );
  });

  it('real fixtures with bytes changed, cut short or spliced', () => {
    const files = [
      'keqiao-2023-q1/keqiao.xlsx',
      'meishan-2019/meishan.xlsx',
      'keqiao-2023-q1/keqiao.xls',
      'meishan-2019/meishan.xls',
    ];
    const originals = files.map(fixture);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        (which, edits, cut) => {
          const bytes = originals[which]!.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const mutated = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          return endsWell(mutated, files[which]!.replace(/^.*\//, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
