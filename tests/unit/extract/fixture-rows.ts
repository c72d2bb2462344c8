import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { derive, type Derived } from '../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../src/pipeline/normalize.ts';
import { Taxonomy } from '../../../src/schema/index.ts';

/** One annotated fixture row (tests/fixtures/extract/rows.yaml). */
export interface AnnotatedRow {
  id: string;
  target: string;
  completion: string;
  area: string;
  status: string;
  metrics: { target: string; comparator: string; actual: string | string[] | null; basis: string; verdict: string }[];
}

export const taxonomy = Taxonomy.parse(
  parse(readFileSync(new URL('../../../content/taxonomy.yaml', import.meta.url), 'utf8')),
);

/** rows.yaml (the rules were written against it) or heldout.yaml (written afterwards, never tuned on). */
export function loadRows(
  file: 'rows.yaml' | 'heldout.yaml' | 'heldout-2.yaml' | 'heldout-3.yaml' | 'heldout-4.yaml' = 'rows.yaml',
): AnnotatedRow[] {
  return (
    parse(readFileSync(new URL(`../../fixtures/extract/${file}`, import.meta.url), 'utf8')) as { rows: AnnotatedRow[] }
  ).rows;
}

export function deriveRow(row: Pick<AnnotatedRow, 'target' | 'completion'>): Derived {
  return derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
}

export interface Score {
  rows: number;
  /** Annotated target metrics found (same verbatim span) / annotated. */
  metricRecall: [number, number];
  /** Derived metrics that are annotated / derived. */
  metricPrecision: [number, number];
  pairs: [number, number];
  bases: [number, number];
  verdicts: [number, number];
  /** Derived `met` where the annotation is not met: the worst error. */
  falseMet: string[];
  areas: [number, number];
  statuses: [number, number];
  misses: string[];
}

/** Compare the rules' reading of every row with its annotation. */
export function score(rows: AnnotatedRow[]): Score {
  const s: Score = {
    rows: rows.length,
    metricRecall: [0, 0],
    metricPrecision: [0, 0],
    pairs: [0, 0],
    bases: [0, 0],
    verdicts: [0, 0],
    falseMet: [],
    areas: [0, 0],
    statuses: [0, 0],
    misses: [],
  };
  const tally = (pair: [number, number], ok: boolean, miss: string) => {
    pair[1]++;
    if (ok) pair[0]++;
    else s.misses.push(miss);
  };
  for (const row of rows) {
    const d = deriveRow(row);
    tally(s.areas, d.area.slug === row.area, `${row.id}: area ${d.area.slug} ≠ ${row.area}`);
    tally(s.statuses, d.status.value === row.status, `${row.id}: status ${d.status.value} ≠ ${row.status}`);
    for (const m of d.metrics)
      tally(
        s.metricPrecision,
        row.metrics.some((a) => a.target === m.target.text),
        `${row.id}: extra metric ${m.target.text}`,
      );
    for (const a of row.metrics) {
      const m = d.metrics.find((x) => x.target.text === a.target);
      tally(s.metricRecall, !!m, `${row.id}: missed metric ${a.target}`);
      if (!m) continue;
      const got =
        m.actual === null ? null : m.actual.parts.length > 0 ? m.actual.parts.map((p) => p.text) : m.actual.text;
      tally(
        s.pairs,
        JSON.stringify(got) === JSON.stringify(a.actual),
        `${row.id}: ${a.target} paired ${JSON.stringify(got)} ≠ ${JSON.stringify(a.actual)}`,
      );
      tally(s.bases, m.basis === a.basis, `${row.id}: ${a.target} basis ${m.basis} ≠ ${a.basis}`);
      tally(
        s.verdicts,
        m.verdict === a.verdict && m.target.comparator === a.comparator,
        `${row.id}: ${a.target} ${m.target.comparator} ${m.verdict} ≠ ${a.comparator} ${a.verdict}`,
      );
      if (m.verdict === 'met' && a.verdict !== 'met') s.falseMet.push(`${row.id}: ${a.target}`);
    }
  }
  return s;
}

export function report(s: Score): string {
  const pct = ([ok, all]: [number, number]) =>
    `${ok}/${all} (${all === 0 ? '—' : ((100 * ok) / all).toFixed(1) + '%'})`;
  return [
    `figures accuracy on ${s.rows} annotated fixture rows`,
    `  target metrics  recall ${pct(s.metricRecall)}  precision ${pct(s.metricPrecision)}`,
    `  pairs           ${pct(s.pairs)}`,
    `  bases           ${pct(s.bases)}`,
    `  verdicts        ${pct(s.verdicts)}  (false met: ${s.falseMet.length})`,
    `  areas           ${pct(s.areas)}`,
    `  statuses        ${pct(s.statuses)}`,
    ...s.misses.map((m) => `  miss: ${m}`),
  ].join('\n');
}
