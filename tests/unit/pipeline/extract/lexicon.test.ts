import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceRows, needs } from '../../../../scripts/accuracy/evidence-rows.ts';
import { EVIDENCE } from '../../../../src/pipeline/extract/lexicon/evidence.ts';
import { LEXICON } from '../../../../src/pipeline/extract/lexicon/registry.ts';

// Issue 14 point 4: the lexicon is data, every entry backed by a fixture row that needs it.
describe('every lexicon entry has a fixture row behind it', () => {
  const rows = new Map(evidenceRows().map((r) => [r.ref, r.text]));
  for (const list of LEXICON) {
    it(`${list.name}: each entry is named by at least one fixture row that contains it`, () => {
      const missing: string[] = [];
      for (const entry of list.entries) {
        const refs = EVIDENCE[list.name]?.[entry] ?? [];
        if (refs.length === 0) missing.push(`${entry}: no fixture row`);
        for (const ref of refs) {
          const text = rows.get(ref);
          if (text === undefined) missing.push(`${entry}: ${ref} is not a fixture row`);
          else if (!needs(text, entry, list.kind)) missing.push(`${entry}: ${ref} does not contain it`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
  it('lists no evidence for entries the lexicon no longer has', () => {
    const names = new Map(LEXICON.map((l) => [l.name, new Set(l.entries)]));
    const stale = Object.entries(EVIDENCE).flatMap(([name, entries]) =>
      Object.keys(entries)
        .filter((e) => !names.get(name)?.has(e))
        .map((e) => `${name}: ${e}`),
    );
    expect(stale).toEqual([]);
  });
});

// Rule modules read like the methodology page: their words come from the lexicon, their sentences
// from reasons.ts. Comments may quote Chinese; code may not.
describe('rule modules hold no Chinese words', () => {
  const dir = new URL('../../../../src/pipeline/extract/', import.meta.url);
  // Every module of the rules: all but the lexicon (data) and reasons.ts (the sentences).
  const RULES = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'lexicon.ts' && f !== 'reasons.ts');
  for (const file of RULES) {
    it(file, () => {
      const code = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code.match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
    });
  }
  it('covers the rule modules', () => expect(RULES.length).toBeGreaterThanOrEqual(20));
});
