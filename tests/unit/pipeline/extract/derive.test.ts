import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { extensionOf, parseSource, SOURCE_FORMATS } from '../../../../src/pipeline/parse/index.ts';
import { taxonomy } from './fixture-rows.ts';

// Invariants over every committed source row (whatever years exist): no expected readings here.
const sources = new URL('../../../../content/sources/', import.meta.url);
const rows = readdirSync(sources).flatMap((year) =>
  readdirSync(new URL(`${year}/`, sources))
    .filter((f) => extensionOf(f) in SOURCE_FORMATS)
    .flatMap((f) =>
      parseSource(readFileSync(new URL(`${year}/${f}`, sources)), f, {}).rows.map((r) => ({
        id: `${year}#${r.number}`,
        ...r,
      })),
    ),
);

describe('derive() on every source row', () => {
  it('reads some rows', () => expect(rows.length).toBeGreaterThan(0));
  it('gives spans that are verbatim substrings of their cells', () => {
    for (const row of rows) {
      const d = derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
      for (const m of d.metrics) {
        expect(row.target.slice(m.target.start, m.target.end), row.id).toBe(m.target.text);
        for (const s of m.actual ? [m.actual, ...m.actual.parts] : [])
          expect(row.completion.slice(s.start, s.end), row.id).toBe(s.text);
        expect(m.reason.length, row.id).toBeGreaterThan(0);
        if (m.basis !== 'same') expect(m.verdict, row.id).toBe('unclear');
      }
      for (const s of d.status.evidence) expect(row.completion.slice(s.start, s.end), row.id).toBe(s.text);
    }
  });
  it('is pure: the same cells give the same reading', () => {
    for (const row of rows.slice(0, 30)) {
      const a = derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
      const b = derive(normalizeCell(row.target), normalizeCell(row.completion), taxonomy);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });
  it('gives a known area, a short title that is a prefix of the display text, and a Chinese reason', () => {
    const slugs = new Set(taxonomy.areas.map((a) => a.slug));
    for (const row of rows) {
      const target = normalizeCell(row.target);
      const d = derive(target, normalizeCell(row.completion), taxonomy);
      expect(slugs.has(d.area.slug), row.id).toBe(true);
      expect(target.display.startsWith(d.shortTitle.replace(/…$/, '')), row.id).toBe(true);
      expect(d.status.reason, row.id).toMatch(/\p{Script=Han}/u);
    }
  });
});
