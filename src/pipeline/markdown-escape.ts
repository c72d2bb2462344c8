/**
 * Make source text inert in Markdown: the result parses (CommonMark + GFM) back to exactly the
 * same text, as one paragraph, with no emphasis, link, autolink, HTML, code, list, quote, table or
 * strikethrough. CommonMark lets a backslash escape any ASCII punctuation, so every one is escaped
 * (this also breaks GFM's www./http:// autolink literals). Whitespace that Markdown would swallow
 * or treat as structure (line ends, tabs, leading/trailing spaces) becomes a numeric character
 * reference, which the parser turns back into the same character.
 */
const ASCII_PUNCT = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  const escaped = text.replace(ASCII_PUNCT, (c) => `\\${c}`);
  return escaped
    .replace(/[^\S ]/gu, (c) => `&#${c.codePointAt(0)};`)
    .replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
}
