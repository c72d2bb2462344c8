/**
 * Vertical metrics of one line of label text, as fractions of the font size. Browsers measure a
 * text box by the font's ascent and descent (about 1.45em for Noto Sans CJK, less for most other
 * Chinese system fonts), so a line gets 1.5em and its baseline sits 1.2em below the line's top:
 * labels on consecutive lines never touch, whichever system font the reader has.
 */
export const textLine = { height: 1.5, baseline: 1.2 } as const;
