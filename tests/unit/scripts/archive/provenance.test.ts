import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorialNotes } from '../../../../scripts/archive/provenance.ts';

const dir = mkdtempSync(join(tmpdir(), 'gzbg-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editorialNotes', () => {
  it('lists the year file’s overrides, then those of each subfolder report, each with its file', async () => {
    mkdirSync(join(dir, 'overrides', '2031'), { recursive: true });
    const status = (task: string, reason: string) =>
      `overrides:\n  - task: ${task}\n    status: { value: 待核实, reason: ${reason} }\n`;
    writeFileSync(join(dir, 'overrides', '2031.yaml'), `year: 2031\n${status('2', '年度理由写在这里')}`);
    writeFileSync(
      join(dir, 'overrides', '2031', '半年度进展.yaml'),
      `year: 2031\n${status('"3.1"', '半年理由写在这里')}`,
    );
    const notes = await editorialNotes(dir);
    expect(notes.map((n) => [n.file, n.what, n.reason])).toEqual([
      ['overrides/2031.yaml', '编号 2 / task 2：状态 status → 待核实', '年度理由写在这里'],
      ['overrides/2031/半年度进展.yaml', '编号 3.1 / task 3.1：状态 status → 待核实', '半年理由写在这里'],
    ]);
  });
});
