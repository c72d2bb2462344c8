/**
 * npm run accuracy [-- --write --date YYYY-MM-DD]
 *
 * Scores the extraction rules against the hand-annotated evaluation corpus, per part (development,
 * held-out): target recall and precision, pairing, verdict agreement, false «达到目标», false «已完成».
 * With --write, records the held-out figures and the date measured in
 * src/pipeline/extract/accuracy.json, which the methodology page publishes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { derive } from '../src/pipeline/extract/index.ts';
import { normalizeCell } from '../src/pipeline/normalize.ts';
import { loadTaxonomy } from './accuracy/taxonomy.ts';
import { PARTS, loadPart, partSources } from './accuracy/corpus.ts';
import { formatScore, published, scoreRows } from './accuracy/score.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, date: { type: 'string' } } });
const taxonomy = loadTaxonomy();
const scores = Object.fromEntries(
  PARTS.map((part) => [
    part,
    scoreRows(loadPart(part), (row) => derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy)),
  ]),
) as Record<(typeof PARTS)[number], ReturnType<typeof scoreRows>>;
for (const part of PARTS) console.log(formatScore(part, scores[part]) + '\n');

if (values.write) {
  const measured = values.date ?? new Date().toISOString().slice(0, 10);
  const out = {
    measured,
    heldout: published(scores.heldout),
    heldoutSources: partSources('heldout'),
    development: published(scores.development),
  };
  writeFileSync(new URL('../src/pipeline/extract/accuracy.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote src/pipeline/extract/accuracy.json (measured ${measured})`);
}
