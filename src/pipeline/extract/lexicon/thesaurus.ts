/**
 * Synonyms and abbreviations of report subjects (issue 14 point 3; GLOSSARY "Abbreviations"):
 * each variant is read as its canonical word when a target is paired with its result. Data only,
 * exported for the search feature to reuse. Its fixture rows: lexicon/evidence.ts.
 */
export interface ThesaurusEntry {
  /** The word the pairing compares in. */
  canonical: string;
  /** Other ways reports write it. */
  variants: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  { canonical: '地区生产总值', variants: ['GDP'] },
  { canonical: '居民消费价格', variants: ['CPI'] },
  { canonical: '规模以上', variants: ['规上'] },
  { canonical: '托位', variants: ['托育学位'] },
  { canonical: '小微企业园', variants: ['小微园区', '小微园'] },
];
