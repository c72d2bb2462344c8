/**
 * Chinese numerals: the script's digits and powers of ten (两 = 2, 十 = 10), the alphabet of
 * numbers.ts. Not vocabulary of reports, so not listed in the lexicon registry.
 */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Every character of a Chinese number. */
export const NUMERALS = [...Object.keys(CN_DIGITS), ...Object.keys(CN_UNITS)].join('');
/** 十 may open a number on its own (十七). */
export const TEN = '十';
