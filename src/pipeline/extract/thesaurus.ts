import { THESAURUS } from './lexicon/thesaurus.ts';

/** Variants longest first, so 托育学位 is read before 托位 could be. */
const VARIANTS = THESAURUS.flatMap((e) => e.variants.map((v) => [v, e.canonical] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The text with every thesaurus variant replaced by its canonical word (GDP → 地区生产总值). */
export function canonical(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const hit = VARIANTS.find(([v]) => text.startsWith(v, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else out += text[i++];
  }
  return out;
}
