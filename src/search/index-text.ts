/**
 * Text as handed to Pagefind's indexer: a zero-width space between every two Han characters and
 * between digits and Latin letters, so that every Han character is its own indexed word.
 *
 * Why: Pagefind segments Chinese into dictionary words and matches query words as prefixes, so a
 * query that starts inside a word (体化 in 一体化, 作站 in 工作站) found nothing. With one word per
 * character the search page can ask for the characters as an exact phrase and find every page that
 * contains the query as a substring. Pagefind strips U+200B from the text it returns, and the
 * character index is smaller than the word index (few distinct characters).
 */
const ZWSP = '\u200B';
const BETWEEN = /(?<=\p{Script=Han})(?=\p{Script=Han})|(?<=\p{Nd})(?=[A-Za-z])|(?<=[A-Za-z])(?=\p{Nd})/gu;

export function indexText(text: string): string {
  return text.replace(BETWEEN, ZWSP);
}
