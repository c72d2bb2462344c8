import { areaReasons } from './reasons.ts';
import type { Task, Taxonomy } from '../../schema/index.ts';
import { byCodeUnit } from '../order.ts';

/** The completion text tells what was done, the target what the task is about: it weighs less. */
export const COMPLETION_WEIGHT = 0.25;

/**
 * The primary policy area of a task: each taxonomy keyword found scores its weight (default 1)
 * per occurrence in the target text, and a quarter of that in the completion text. Highest total
 * wins; a tie goes to the area listed first. No keyword at all → the taxonomy's fallback area.
 * The matched keywords are the evidence, strongest first.
 */
export function areaOf(target: string, completion: string, taxonomy: Taxonomy): Task['area'] {
  let best: { slug: string; score: number; evidence: [string, number][] } | null = null;
  for (const area of taxonomy.areas) {
    if (area.slug === taxonomy.fallback) continue;
    let score = 0;
    const evidence: [string, number][] = [];
    for (const k of area.keywords) {
      const word = typeof k === 'string' ? k : k.word;
      const weight = typeof k === 'string' ? 1 : k.weight;
      const s = weight * (count(target, word) + COMPLETION_WEIGHT * count(completion, word));
      if (s > 0) {
        score += s;
        evidence.push([word, s]);
      }
    }
    if (score > 0 && (!best || score > best.score + 1e-9)) best = { slug: area.slug, score, evidence };
  }
  const nameOf = (slug: string) => taxonomy.areas.find((a) => a.slug === slug)?.name ?? slug;
  if (!best)
    return {
      slug: taxonomy.fallback,
      evidence: [],
      reason: areaReasons.fallback(nameOf(taxonomy.fallback)),
    };
  const evidence = best.evidence.sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0])).map(([w]) => w);
  const shown = evidence.slice(0, 3);
  return {
    slug: best.slug,
    evidence,
    reason: areaReasons.best(shown, nameOf(best.slug), Math.round(best.score * 100) / 100),
  };
}

function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
