import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../src/pipeline/parse/index.ts';
import { SourceError } from '../../../../src/schema/source.ts';
import { FIXTURES, realSources } from '../real-source.ts';

const read = (p: string) => new Uint8Array(readFileSync(p));

describe('parseSource(bytes, file) on the real sources', () => {
  const sources = realSources();
  it('finds at least one real source', () => expect(sources.length).toBeGreaterThan(0));
  for (const { year, file, bytes } of sources) {
    it(`${file}: year from the title, metadata, rows numbered 1..N with their lines`, () => {
      const parsed = parseSource(bytes, file);
      expect(parsed.year).toBe(Number(year));
      expect(parsed.title).toContain(`${year}年`);
      expect(parsed.meta.publisher).toBeTruthy();
      expect(parsed.meta.written).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(parsed.rows.map((r) => r.number)).toEqual(parsed.rows.map((_, i) => i + 1));
      const lines = new TextDecoder().decode(bytes).split('\n');
      for (const row of parsed.rows) {
        const line = lines[row.line - 1]!;
        expect(line.startsWith(`${row.number} | `)).toBe(true);
        expect(line).toContain(row.target);
        expect(line).toContain(row.completion);
      }
      expect(parsed.warnings).toEqual([]);
    });
  }

  it('2024: six metadata fields and 90 rows (the file this project exists for)', () => {
    const file = 'content/sources/2024/2024年政府工作报告年度完成情况.txt';
    const parsed = parseSource(read(file), file);
    expect(parsed.meta).toEqual({
      indexNumber: '734247248/2025-223489',
      topic: '综合政务/政务公开',
      written: '2025-01-26',
      genre: '其他',
      publisher: '区政府办公室',
      disclosure: '主动公开',
    });
    expect(parsed.rows).toHaveLength(90);
    expect(parsed.rows[0]).toMatchObject({ number: 1, line: 6, target: '地区生产总值增长6%左右。' });
    expect(parsed.rows[89]!.line).toBe(95);
  });
});

describe('parseSource tolerates what real files carry', () => {
  it('BOM, CRLF, trailing spaces, blank lines, full-width ｜, leading bar, no trailing bar, no final newline', () => {
    const messy = parseSource(read(join(FIXTURES, 'messy/input.txt')), 'messy.txt');
    const clean = parseSource(read(join(FIXTURES, 'messy/clean.txt')), 'clean.txt');
    expect({ ...messy, rows: messy.rows.map(({ line: _, position: __, ...r }) => r) }).toEqual({
      ...clean,
      rows: clean.rows.map(({ line: _, position: __, ...r }) => r),
    });
    expect(messy.rows.map((r) => r.line)).toEqual([8, 10, 11]);
  });
});

describe('parseSource reads pipe text in GBK/GB18030 like CSV and HTML', () => {
  it('converts with a warning, the raw bytes untouched', () => {
    const p = parseSource(read(join(FIXTURES, 'gb18030-text/input.txt')), 'gb18030-text/input.txt');
    expect([p.encoding, p.warnings[0]]).toEqual([
      'gb18030',
      '文件编码为 GB18030/GBK（文件未声明编码，按字节判断），已显式转换为 UTF-8 读取',
    ]);
    expect(p.rows.length).toBeGreaterThan(0);
  });
  it('refuses UTF-16 (Excel’s “Unicode 文本” saved as .txt), saying how to export instead', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'编号'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(() => parseSource(utf16, 'x.txt')).toThrow('x.txt:1 → 文件是 UTF-16 编码（Excel 的“Unicode 文本”');
  });
});

describe('parseSource refuses malformed sources, naming file, line and fix', () => {
  const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, 'error.txt')));
  it('has a fixture per refusal', () => expect(cases.length).toBeGreaterThanOrEqual(11));
  for (const c of cases) {
    it(c, () => {
      const expected = readFileSync(join(FIXTURES, c, 'error.txt'), 'utf8').trimEnd();
      const run = () => parseSource(read(join(FIXTURES, c, 'input.txt')), `${c}/input.txt`);
      expect(run).toThrow(SourceError);
      expect(run).toThrow(expected);
    });
  }
  it('refuses an unknown file type and names the accepted ones', () => {
    expect(() => parseSource(new Uint8Array(), 'x/表格.xyz')).toThrow(
      'x/表格.xyz → 无法识别的文件类型。原始表格应为 .txt、.html、.htm、.csv、.tsv、.xlsx、.xls、.docx 文件',
    );
  });
});
