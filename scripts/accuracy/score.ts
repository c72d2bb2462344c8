/**
 * Pure scoring of the rules against the hand-annotated evaluation corpus (issue 14 point 5).
 * No I/O: the rows and the reading function come in, numbers and the list of misses go out.
 */

/** One annotated metric of a row: the target figure as written, and what a careful reader gives it. */
export interface AnnotatedMetric {
  /** Verbatim span of the target figure (5所, 8000人以上). */
  target: string;
  comparator: string;
  /** Verbatim span of the result figure, a list of spans for parts, or null when none reports on it. */
  actual: string | string[] | null;
  basis?: string;
  verdict: 'met' | 'not_met' | 'unclear';
}

/** One annotated row of a completion or progress table. */
export interface CorpusRow {
  id: string;
  target: string;
  completion: string;
  status: 'completed' | 'in_progress' | 'not_met' | 'unclear';
  area?: string;
  metrics: AnnotatedMetric[];
}

/** What the rules read from a row: the part of `Derived` the score looks at. */
export interface Reading {
  status: { value: string };
  metrics: {
    target: { text: string; comparator: string };
    actual: { text: string; parts: { text: string }[] } | null;
    verdict: string;
  }[];
}

/** [agreeing, all] */
export type Ratio = [number, number];

export interface PartScore {
  rows: number;
  /** Annotated target figures the rules found (same verbatim span) / annotated. */
  targetRecall: Ratio;
  /** Target figures the rules found that are annotated / found. */
  targetPrecision: Ratio;
  /** Found annotated targets paired with the annotated result (or with none when none) / found. */
  pairing: Ratio;
  /** Found annotated targets given the annotated verdict / found. */
  verdicts: Ratio;
  /** Found annotated targets given the annotated comparator / found. */
  comparators: Ratio;
  statuses: Ratio;
  /** «达到目标» where the annotation is not met: the worst error. */
  falseMet: string[];
  /** «已完成» where the annotation is not completed. */
  falseCompleted: string[];
  misses: string[];
}

const resultOf = (m: Reading['metrics'][number]): string | string[] | null =>
  m.actual === null ? null : m.actual.parts.length > 0 ? m.actual.parts.map((p) => p.text) : m.actual.text;

/** Score the readings of `rows` (read by `read`) against their annotations. */
export function scoreRows(rows: readonly CorpusRow[], read: (row: CorpusRow) => Reading): PartScore {
  const s: PartScore = {
    rows: rows.length,
    targetRecall: [0, 0],
    targetPrecision: [0, 0],
    pairing: [0, 0],
    verdicts: [0, 0],
    comparators: [0, 0],
    statuses: [0, 0],
    falseMet: [],
    falseCompleted: [],
    misses: [],
  };
  const tally = (r: Ratio, ok: boolean, miss: string) => {
    r[1]++;
    if (ok) r[0]++;
    else s.misses.push(miss);
  };
  for (const row of rows) {
    const d = read(row);
    tally(s.statuses, d.status.value === row.status, `${row.id}: status ${d.status.value} ≠ ${row.status}`);
    if (d.status.value === 'completed' && row.status !== 'completed') s.falseCompleted.push(row.id);
    // The k-th annotated metric with a given span matches the k-th derived metric with that span.
    const unused = [...d.metrics];
    const matched = row.metrics.map((a) => {
      const i = unused.findIndex((m) => m.target.text === a.target);
      return i < 0 ? null : unused.splice(i, 1)[0]!;
    });
    for (const m of unused) tally(s.targetPrecision, false, `${row.id}: extra target ${m.target.text}`);
    s.targetPrecision[0] += matched.filter(Boolean).length;
    s.targetPrecision[1] += matched.filter(Boolean).length;
    row.metrics.forEach((a, k) => {
      const m = matched[k];
      tally(s.targetRecall, !!m, `${row.id}: missed target ${a.target}`);
      if (!m) return;
      const got = resultOf(m);
      tally(
        s.pairing,
        JSON.stringify(got) === JSON.stringify(a.actual),
        `${row.id}: ${a.target} paired ${JSON.stringify(got)} ≠ ${JSON.stringify(a.actual)}`,
      );
      tally(s.verdicts, m.verdict === a.verdict, `${row.id}: ${a.target} verdict ${m.verdict} ≠ ${a.verdict}`);
      tally(
        s.comparators,
        m.target.comparator === a.comparator,
        `${row.id}: ${a.target} comparator ${m.target.comparator} ≠ ${a.comparator}`,
      );
      if (m.verdict === 'met' && a.verdict !== 'met') s.falseMet.push(`${row.id}: ${a.target}`);
    });
  }
  return s;
}

export const rate = ([ok, all]: Ratio): number | null => (all === 0 ? null : ok / all);

const pct = (r: Ratio) => `${r[0]}/${r[1]} (${r[1] === 0 ? '—' : ((100 * r[0]) / r[1]).toFixed(1) + '%'})`;

/** The printed table of one part, with its misses. */
export function formatScore(name: string, s: PartScore, withMisses = true): string {
  return [
    `${name}: ${s.rows} rows`,
    `  target recall      ${pct(s.targetRecall)}`,
    `  target precision   ${pct(s.targetPrecision)}`,
    `  pairing            ${pct(s.pairing)}`,
    `  verdict agreement  ${pct(s.verdicts)}`,
    `  comparators        ${pct(s.comparators)}`,
    `  status agreement   ${pct(s.statuses)}`,
    `  false «达到目标»    ${s.falseMet.length}${s.falseMet.length ? '  ' + s.falseMet.join('; ') : ''}`,
    `  false «已完成»      ${s.falseCompleted.length}${s.falseCompleted.length ? '  ' + s.falseCompleted.join('; ') : ''}`,
    ...(withMisses ? s.misses.map((m) => `  miss: ${m}`) : []),
  ].join('\n');
}

/** The published summary of one part (the methodology page reads it). */
export interface PublishedScore {
  rows: number;
  targetRecall: Ratio;
  targetPrecision: Ratio;
  pairing: Ratio;
  verdicts: Ratio;
  statuses: Ratio;
  falseMet: number;
  falseCompleted: number;
}

export function published(s: PartScore): PublishedScore {
  return {
    rows: s.rows,
    targetRecall: s.targetRecall,
    targetPrecision: s.targetPrecision,
    pairing: s.pairing,
    verdicts: s.verdicts,
    statuses: s.statuses,
    falseMet: s.falseMet.length,
    falseCompleted: s.falseCompleted.length,
  };
}
