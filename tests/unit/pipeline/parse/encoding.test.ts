import { describe, expect, it } from 'vitest';
import { decodeSource, encodingFromLabel } from '../../../../src/pipeline/parse/encoding.ts';
import { gbk, refusal, utf8 } from './helpers.ts';

const text = '编号,目标任务\n1,新增口袋公园5个\n';

describe('decodeSource(bytes, file, declared?)', () => {
  it('reads UTF-8 without a warning, with or without BOM', () => {
    expect(decodeSource(utf8(text), 'f')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'f').text).toBe(text);
  });
  it('converts undeclared GBK bytes explicitly and says so', () => {
    const d = decodeSource(gbk(text), 'f');
    expect(d).toEqual({
      text,
      encoding: 'gb18030',
      warning: '文件编码为 GB18030/GBK（文件未声明编码，按字节判断），已显式转换为 UTF-8 读取',
    });
  });
  it('obeys a declared GBK charset and says so', () => {
    expect(decodeSource(gbk(text), 'f', 'GB2312').warning).toBe(
      '文件编码为 GB18030/GBK（按文件声明的 charset=GB2312），已显式转换为 UTF-8 读取',
    );
  });
  it('reads UTF-8 bytes under a stale GBK declaration as UTF-8, and says so', () => {
    expect(decodeSource(utf8(text), 'f', 'gbk')).toEqual({
      text,
      encoding: 'utf-8',
      warning: '文件声明 charset=gbk，但内容是有效的 UTF-8 编码（浏览器另存网页时常会这样），已按 UTF-8 读取',
    });
    expect(decodeSource(utf8('plain ascii'), 'f', 'gbk').encoding).toBe('gb18030');
  });
  it('refuses GBK bytes in a file that declares UTF-8, naming the line', () => {
    const e = refusal(() => decodeSource(new Uint8Array([...utf8('ok\n'), ...gbk(text)]), 'x.html', 'utf-8'));
    expect(e.line).toBe(2);
    expect(e.problem).toBe('文件不是 UTF-8 编码，看起来是 GB18030/GBK 编码');
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const e = refusal(() => decodeSource(new Uint8Array([0x61, 0x0a, 0xff, 0xff]), 'f'));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/^文件不是 UTF-8 编码/);
  });
  it('refuses an undecodable declared GBK file and an unknown charset', () => {
    expect(refusal(() => decodeSource(new Uint8Array([0xff, 0x30]), 'f', 'gbk')).problem).toBe(
      '文件声明 charset=gbk，但内容不是有效的 GB18030/GBK 编码',
    );
    expect(refusal(() => encodingFromLabel('big5', 'f')).problem).toBe('文件声明的字符集“big5”不受支持');
  });
  it('refuses UTF-16 (Excel “Unicode text”) with the export to use instead', () => {
    const e = refusal(() => decodeSource(new Uint8Array([0xff, 0xfe, 0x31, 0x00]), 'f.tsv'));
    expect(e.message).toMatch(
      /^f\.tsv:1 → 文件是 UTF-16 编码（Excel 的“Unicode 文本”.*另存为”选“CSV UTF-8（逗号分隔）/,
    );
  });
});
