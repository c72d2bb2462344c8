import fc from 'fast-check';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { convertDocx, readDocx, readDocxHtml } from '../../../../src/pipeline/parse/docx.ts';
import { parseSource, readOfficeDocument } from '../../../../src/pipeline/parse/index.ts';
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

const KEQIAO = 'keqiao-2023-q1/keqiao.docx';

describe('readDocx: the 柯桥 table with Word vertical merges', () => {
  it('mammoth keeps w:vMerge as rowspan, and the grid repeats the merged cells with their origin', async () => {
    const html = await convertDocx(fixture(KEQIAO), 'keqiao.docx');
    expect(html).toContain('<td rowspan="2"><p>1</p></td>');
    const doc = readDocxHtml(html, 'keqiao.docx');
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('2023年度省政府民生实事涉我区工作任务一季度进展情况');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.name).toBe('第 1 个表格');
    expect(t.rowNumbers).toEqual([1, 2, 3, 4]);
    const rows = texts(t.rows);
    expect(rows[0]).toEqual([
      '序号',
      '工作任务',
      '责任单位',
      '一季度目标',
      '进展情况、存在问题及下一步打算',
      '目标完成情况',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(['1', '新改扩建公办中小学校1所', '教体局', '室内安装、装修及场外施工']);
    expect(rows[2]!.slice(0, 4)).toEqual(['1', '新增学位810个', '教体局', '室内安装、装修及场外施工']);
    expect(rows[2]![5]).toBe('顺利推进');
    expect(rows[3]![1]).toBe('完成“县中崛起”一对一结对帮扶学校2所');
    expect(t.rows[2]![0]!.origin).toEqual({ row: 2, col: 1 });
    expect(t.rows[2]![1]!.origin).toEqual({ row: 3, col: 2 });
    expect(t.cellName(2, 1)).toBe('第 1 个表格第 3 行第 2 列');
    // The same through readDocx and the index's Office entry point.
    expect(texts((await readDocx(fixture(KEQIAO), 'k.docx')).tables[0]!.rows)).toEqual(rows);
    expect(texts(readOfficeDocument(fixture(KEQIAO), 'k.docx', { docxHtml: html }).tables[0]!.rows)).toEqual(rows);
  });

  it('Word grid spans (w:gridSpan) become colspans; paragraphs in a cell become lines; title only with a year and 进展/进度/完成情况', async () => {
    const cell = (lines: string[], columnSpan?: number) =>
      new TableCell({
        children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })),
        ...(columnSpan ? { columnSpan } : {}),
      });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('附件'),
            new Paragraph('2019年十大民生工程项目完成情况表'),
            new Table({
              rows: [
                new TableRow({ children: [cell(['地区']), cell(['城镇新增就业(人)'], 3)] }),
                new TableRow({
                  children: [cell(['地区']), cell(['目标']), cell(['任务', '进度']), cell(['完成比例(%)'])],
                }),
                new TableRow({ children: [cell(['全市']), cell(['27800']), cell(['52242']), cell(['187.9'])] }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const doc = await readDocx(bytes, 'meishan.docx');
    expect(doc.title).toBe('2019年十大民生工程项目完成情况表');
    const t = doc.tables[0]!;
    expect(texts(t.rows)).toEqual([
      ['地区', '城镇新增就业(人)', '城镇新增就业(人)', '城镇新增就业(人)'],
      ['地区', '目标', '任务\n进度', '完成比例(%)'],
      ['全市', '27800', '52242', '187.9'],
    ]);
    expect(t.rows[0]![3]!.origin).toEqual({ row: 1, col: 2 });
  });

  it('several tables are numbered in document order; empty ones are skipped', () => {
    const doc = readDocxHtml(
      '<p>说明</p><table><tr><td></td></tr></table><table><tr><td>序号</td></tr></table><table><tr><td>目标任务</td></tr></table>',
      'a.docx',
    );
    expect(doc.title).toBeUndefined();
    expect(doc.tables.map((t) => t.name)).toEqual(['第 2 个表格', '第 3 个表格']);
  });
});

describe('readDocx: the 崇川 table (task text spanning two header columns, w:gridSpan in the body)', () => {
  it('the spanned cell repeats under both headers and points at its first column', async () => {
    const doc = await readDocx(fixture('chongchuan-2023-11/chongchuan.docx'), 'chongchuan.docx');
    expect(doc.title).toBe('2023年区政府重点民生实事项目推进情况(1-11月)');
    const t = doc.tables[0]!;
    const rows = texts(t.rows);
    expect(rows[0]).toHaveLength(10);
    expect(rows[0]!.slice(0, 4)).toEqual(['序号', '主要任务', '全年目标任务', '分管 领导']);
    expect(rows[1]).toEqual([
      '24',
      '优化提升50条背街后巷交通组织。',
      '优化提升50条背街后巷交通组织。',
      '徐国江',
      '城管局',
      '市政局、相关街道',
      '已进场施工,完成30%。',
      '已进场施工,完成60%。',
      '是',
      '',
    ]);
    expect(rows[2]![8]).toBe('否');
    expect(t.rows[2]![2]!.origin).toEqual({ row: 3, col: 2 });
  });
});

describe('readDocx: bad input', () => {
  it('a document without a table', async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('2024年工作进展')] }] })),
    );
    expect(await refusal(() => readDocx(bytes, 'no-table.docx'))).toBe(
      'no-table.docx → 文档中没有表格。请确认放入的是含有完成情况表格的文档；表格若是图片或文本框，请在 Word/WPS 中改成真正的表格（“插入 → 表格”或“文本转换成表格”）后保存',
    );
  });

  it('a corrupt document: truncated, not a zip, a zip without word/document.xml', async () => {
    expect(await refusal(() => readDocx(fixture(KEQIAO).subarray(0, 4000), 'cut.docx'))).toBe(
      'cut.docx → 文件已损坏，或不是Word 文档（压缩结构无法读取）。请在 Word 或 WPS 文字中打开这个文件，确认内容完整后“另存为” Word 文档（.docx），再放进来',
    );
    expect(await refusal(() => readDocx(new TextEncoder().encode('<html>'), 'text.docx'))).toMatch(
      /^text\.docx → 文件已损坏，或不是Word 文档。/,
    );
    const noBody = rewriteEntry(fixture(KEQIAO), '[Content_Types].xml', (x) => x);
    const { unzipSync, zipSync } = await import('fflate');
    const entries = unzipSync(noBody);
    delete entries['word/document.xml'];
    expect(await refusal(() => readDocx(zipSync(entries), 'nobody.docx'))).toMatch(
      /^nobody\.docx → 文件已损坏，或不是Word 文档（压缩包中没有正文 word\/document\.xml）/,
    );
  });

  it('a password-protected document (Office EncryptedPackage container)', async () => {
    expect(await refusal(() => readDocx(encryptedContainer(), 'secret.docx'))).toBe(
      'secret.docx → Word 文档设置了打开密码（内容已加密），程序无法读取。请在 Word 或 WPS 文字 中输入密码打开，在“文件 → 信息 → 保护文档 → 用密码进行加密”中清空密码，另存为未加密的文件后再放进来',
    );
  });

  it('a .doc renamed .docx, and an Excel workbook named .docx', async () => {
    expect(await refusal(() => readDocx(legacyDocContainer(), 'old.docx'))).toBe(
      'old.docx → 这是 Word 97-2003 文档（.doc），只是扩展名写成了 .docx。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来',
    );
    expect(await refusal(() => readDocx(fixture('keqiao-2023-q1/keqiao.xlsx'), 'book.docx'))).toMatch(
      /^book\.docx → 这是 Excel 工作簿，不是 Word 文档。/,
    );
  });

  it('a zip bomb is refused from its directory, before mammoth inflates anything', async () => {
    const bomb = zipBomb('word/media/image1.png', 51, { 'word/document.xml': new Uint8Array(10) });
    const started = performance.now();
    expect(await refusal(() => readDocx(bomb, 'bomb.docx'))).toMatch(
      /^bomb\.docx → 文件解压后共 51\.0 MB，超过 50\.0 MB 的上限/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('parseSource refuses a .docx whose HTML the I/O layer did not prepare (a wiring error, not an editor error)', () => {
    expect(() => parseSource(fixture(KEQIAO), 'k.docx')).toThrow(/convertDocx .* must run before/);
  });
});

/** Any input ends in a SourceDocument or a SourceError: never another exception, never a hang. */
async function endsWell(bytes: Uint8Array): Promise<boolean> {
  try {
    const doc = await readDocx(bytes, 'a.docx');
    for (const t of doc.tables) expect(t.rows.length).toBe(t.rowNumbers.length);
    return true;
  } catch (error) {
    if (error instanceof SourceError) return true;
    throw error;
  }
}

describe('readDocx: properties', () => {
  it('arbitrary bytes, and arbitrary bytes behind a zip or CFB signature', async () => {
    const heads = [[], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2048 }), (head, tail) =>
        endsWell(new Uint8Array([...head, ...tail])),
      ),
      { numRuns: 200 },
    );
  });

  it('the real fixture with bytes changed or cut short', async () => {
    const original = fixture(KEQIAO);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        (edits, cut) => {
          const bytes = original.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          return endsWell(cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length));
        },
      ),
      { numRuns: 150 },
    );
  }, 20_000);

  it('arbitrary HTML (what mammoth hands on) ends in a document or a SourceError', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<table>',
            '</table>',
            '<tr>',
            '<td rowspan="3">',
            '<td colspan="2">',
            '</td>',
            '<p>',
            '2024年进展',
            'x',
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          try {
            readDocxHtml(parts.join(''), 'a.docx');
          } catch (error) {
            if (!(error instanceof SourceError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
