/** Reading the evaluation corpus from tests/fixtures/extract/corpus/<part>/*.yaml (I/O only). */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { CorpusRow } from './score.ts';

export const CORPUS = new URL('../../tests/fixtures/extract/corpus/', import.meta.url);
export const PARTS = ['development', 'heldout'] as const;
export type Part = (typeof PARTS)[number];

/** Every row of one part, file by file in name order; `only` keeps one file (its name). */
export function loadPart(part: Part, only?: string): CorpusRow[] {
  const dir = new URL(`${part}/`, CORPUS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (!only || f === only))
    .sort()
    .flatMap((f) => (parse(readFileSync(new URL(f, dir), 'utf8')) as { rows: CorpusRow[] }).rows);
}

/** Who published the rows of one part: each file's source header (title, publisher, date). */
export function partSources(part: Part): { publisher: string; title: string; date: string }[] {
  const dir = new URL(`${part}/`, CORPUS);
  type Source = { title: string; publisher: string; date?: string | Date };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const doc = parse(readFileSync(new URL(f, dir), 'utf8')) as { source?: Source; sources?: Source[] };
      return doc.source ? [doc.source] : (doc.sources ?? []);
    })
    .map((s) => ({ publisher: s.publisher, title: s.title, date: String(s.date ?? '') }));
}
