import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../src/pipeline/parse/index.ts';
import { ROLE_WORDS } from '../../../../src/pipeline/parse/header-words.ts';
import { SourceError, type ParsedSource } from '../../../../src/schema/source.ts';
import type { Sidecar } from '../../../../src/schema/sidecar.ts';
import { columnRoles } from '../../../../src/schema/task.ts';

/**
 * Properties of every reader this module owns (pipe text, CSV/TSV, HTML) and of the table reader
 * behind them: whatever the input — bytes, strings, random tables with random spans, random
 * source.yaml `columns:`/`corrections:` — the result is rows or a SourceError, never another
 * exception and never a hang; and rows, when they come, are well formed.
 */
const enc = (s: string) => new TextEncoder().encode(s);

/** Run the parser; a SourceError is a fine answer, anything else thrown fails the property. */
function outcome(bytes: Uint8Array, file: string, sidecar?: Sidecar): ParsedSource | SourceError {
  try {
    return parseSource(bytes, file, sidecar ? { sidecar } : {});
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
}

/** Rows are numbered 1..N (sub-items sharing a number), with non-empty target and result. */
function wellFormed(p: ParsedSource | SourceError): void {
  if (p instanceof SourceError) {
    expect(p.problem.length).toBeGreaterThan(0);
    return;
  }
  expect(p.rows.length).toBeGreaterThan(0);
  let expected = 1;
  p.rows.forEach((r, i) => {
    if (r.sub === undefined || r.sub === 1) expect(r.number).toBe(expected++);
    else expect([r.number, r.sub]).toEqual([p.rows[i - 1]!.number, p.rows[i - 1]!.sub! + 1]);
    expect(r.target.trim()).not.toBe('');
    expect(r.completion.trim()).not.toBe('');
  });
  expect(p.year).toBeGreaterThanOrEqual(1940);
}

const words = ROLE_WORDS.flatMap((r) => r.words);
/** Cell texts likely to make real tables: header words, numbers, a title, notes, empties, noise. */
const cellText = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map(String),
  fc.constantFrom(...words, '2031年政府工作报告年度完成情况', '注:合成', '一', '二', '35%', '序时推进', ''),
  fc.integer({ min: 0, max: 12 }).map(String),
  fc.string({ maxLength: 6 }),
);
const sidecar: fc.Arbitrary<Sidecar> = fc.record(
  {
    title: fc.constantFrom('2031年合成', '合成'),
    columns: fc.dictionary(fc.constantFrom(...words, '进度', '其他'), fc.constantFrom(...columnRoles), { maxKeys: 2 }),
    corrections: fc.array(
      fc.record({
        row: fc.integer({ min: 1, max: 12 }),
        column: fc.constantFrom(...words),
        value: fc.constantFrom('未公开', '3', 'x'),
        reason: fc.constant('合成测试更正'),
      }),
      { maxLength: 2 },
    ),
    table: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: [] },
);

describe('readers never crash or hang', { timeout: 20_000 }, () => {
  it('pipe text: arbitrary bytes and arbitrary bar-separated lines', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => wellFormed(outcome(b, 'x.txt'))),
      { numRuns: 300 },
    );
    const line = fc.array(cellText, { maxLength: 5 }).map((cells) => cells.join(' | '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), sidecar, (lines, side) =>
        wellFormed(outcome(enc(lines.join('\n')), 'x.txt', side)),
      ),
      { numRuns: 300 },
    );
  });
  it('CSV/TSV: arbitrary bytes and arbitrary quoted records', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (b, tsv) =>
        wellFormed(outcome(b, tsv ? 'x.tsv' : 'x.csv')),
      ),
      { numRuns: 300 },
    );
    const field = fc.oneof(
      cellText,
      cellText.map((t) => `"${t.replace(/"/g, '""')},\n"`),
      fc.constantFrom('"', '""', 'a"b'),
    );
    const record = fc.array(field, { maxLength: 5 }).map((f) => f.join(','));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), sidecar, (records, side) =>
        wellFormed(outcome(enc(records.join('\r\n')), 'x.csv', side)),
      ),
      { numRuns: 300 },
    );
  });
  it('HTML and the table reader: random tables with random rowspan/colspan, any sidecar', () => {
    const cell = fc.record({
      text: cellText,
      rowspan: fc.integer({ min: 0, max: 4 }),
      colspan: fc.integer({ min: 0, max: 3 }),
      th: fc.boolean(),
    });
    // Half the tables start with a header that has a target and a result, so many of them read.
    const headerRow = fc
      .shuffledSubarray(['编号', '重点工作', '进度状态', '形象进度(%)', '备注', '其他'], { maxLength: 3 })
      .chain((extra) => fc.shuffledSubarray(['目标任务', '完成情况', ...extra], { minLength: 2 + extra.length }))
      .map((hs) => hs.map((text) => ({ text, rowspan: 0, colspan: 0, th: true })));
    const rowsArb = fc.oneof(
      fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 9 }),
      fc
        .tuple(headerRow, fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }))
        .map(([h, body]) => [h, ...body]),
    );
    const table = rowsArb.map(
      (rows) =>
        `<table>\n${rows
          .map(
            (r) =>
              `<tr>${r
                .map((c) => {
                  const tag = c.th ? 'th' : 'td';
                  const attrs = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}`;
                  return `<${tag}${attrs}>${c.text.replace(/</g, '&lt;')}</${tag}>`;
                })
                .join('')}</tr>`,
          )
          .join('\n')}\n</table>`,
    );
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 2 }), fc.boolean(), sidecar, (tables, titled, side) =>
        wellFormed(
          outcome(enc(`${titled ? '<title>2031年合成</title>' : ''}\n${tables.join('\n<p>x</p>\n')}`), 'x.html', side),
        ),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => wellFormed(outcome(enc(s), 'x.html'))),
      { numRuns: 200 },
    );
  });
});
