/**
 * Synonyms and abbreviations of report subjects (issue 14 point 3; GLOSSARY "Abbreviations"):
 * each variant is read as its canonical word when a target is paired with its result. Data only,
 * exported for the search feature to reuse. Each entry lists the fixture rows that need it.
 */
export interface ThesaurusEntry {
  /** The word the pairing compares in. */
  canonical: string;
  /** Other ways reports write it. */
  variants: readonly string[];
  fixtures: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  { canonical: '地区生产总值', variants: ['GDP'], fixtures: [] },
  { canonical: '居民消费价格', variants: ['CPI'], fixtures: [] },
  { canonical: '规模以上', variants: ['规上'], fixtures: [] },
  { canonical: '托位', variants: ['托育学位', '托育位'], fixtures: [] },
  { canonical: '小微企业园', variants: ['小微园区', '小微园'], fixtures: [] },
  { canonical: '高新技术企业', variants: ['高企'], fixtures: [] },
];
