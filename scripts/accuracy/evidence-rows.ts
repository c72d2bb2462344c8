/** The rows that may stand behind a lexicon entry: the development corpus and lexicon-rows.yaml (I/O only). */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { CORPUS } from './corpus.ts';

export interface EvidenceRow {
  /** file stem#row id, as evidence.ts refers to it. */
  ref: string;
  text: string;
}

export function evidenceRows(): EvidenceRow[] {
  const dev = new URL('development/', CORPUS);
  const read = (url: URL, stem: string) =>
    (parse(readFileSync(url, 'utf8')) as { rows: { id: string; target: string; completion: string }[] }).rows.map(
      (r) => ({ ref: `${stem}#${r.id}`, text: `${r.target}\n${r.completion}` }),
    );
  return [
    ...readdirSync(dev)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => read(new URL(f, dev), f.replace(/\.yaml$/, ''))),
    ...read(new URL('../lexicon-rows.yaml', CORPUS), 'lexicon-rows'),
  ];
}

/** Does a row need this entry: it contains the word, or the pattern matches it. */
export function needs(text: string, entry: string, kind: 'word' | 'pattern'): boolean {
  return kind === 'pattern' ? new RegExp(entry, 'u').test(text) : text.includes(entry);
}
