import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { derive, type Derived } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { parseSource } from '../../../../src/pipeline/parse/index.ts';
import { loadTaxonomy } from '../../../../scripts/accuracy/taxonomy.ts';

export const taxonomy = loadTaxonomy();

/** The rules' reading of one corpus row. */
export function deriveRow(row: { target: string; completion: string }): Derived {
  return derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
}

const SOURCE_2024 = '2024年政府工作报告年度完成情况.txt';
const rows2024 = parseSource(
  new Uint8Array(readFileSync(new URL(`../../../../content/sources/2024/${SOURCE_2024}`, import.meta.url))),
  SOURCE_2024,
  {},
).rows;

/** Row `n` of the real 2024 source (镇海区, content/sources/2024), verbatim target and completion. */
export function sourceRow(n: number): { target: string; completion: string } {
  const row = rows2024.find((r) => r.number === n);
  if (!row) throw new Error(`content/sources/2024 has no row ${n}`);
  return { target: row.target, completion: row.completion };
}

/** Row `id` of a development file of the evaluation corpus (tests/fixtures/extract/corpus/development). */
export function devRow(file: string, id: string): { target: string; completion: string } {
  const url = new URL(`../../../fixtures/extract/corpus/development/${file}`, import.meta.url);
  const rows = (parseYaml(readFileSync(url, 'utf8')) as { rows: { id: string; target: string; completion: string }[] })
    .rows;
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`${file} has no row ${id}`);
  return row;
}
