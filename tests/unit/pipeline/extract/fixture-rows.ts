import { derive, type Derived } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { loadTaxonomy } from '../../../../scripts/accuracy/taxonomy.ts';

export const taxonomy = loadTaxonomy();

/** The rules' reading of one corpus row. */
export function deriveRow(row: { target: string; completion: string }): Derived {
  return derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
}
