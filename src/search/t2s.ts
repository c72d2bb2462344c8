import { to } from 'opencc-js/preset/t2cn';

/**
 * OpenCC's traditional → simplified (mainland) dictionaries, as opencc-js ships them: the one
 * dictionary group of its `to.cn` locale (TSPhrases, then TSCharacters). Only this group is sent
 * to the browser (about 37 KB, not the 110 KB of opencc-js's t2cn bundle with the Hong Kong and
 * Taiwan variants, nor its 1 MB simplified → traditional phrases), and search-core.js applies it
 * with OpenCC's own rule: at each position the longest entry of the group, the first dictionary
 * winning a tie (tests/unit/search/t2s.test.ts checks the result against opencc-js).
 */
export function t2sDictionary(): string {
  const groups = to.cn;
  if (!groups || groups.length !== 1)
    throw new Error(
      'opencc-js: expected exactly one dictionary group in to.cn (a dependency upgrade changed its data).',
    );
  return groups[0]!
    .map((dict) => (typeof dict === 'string' ? dict : dict.map(([from, into]) => `${from} ${into}`).join('|')))
    .join('|');
}

const HEAD = `// 由构建生成，请勿手工编辑：OpenCC 繁体→简体词典（opencc-js，Apache-2.0），搜索时把查询词转为简体。\nwindow.GZBG_T2S = `;

/** The classic script the search page loads (from file:// too): the dictionary as one string. */
export function t2sScript(): string {
  return `${HEAD}${JSON.stringify(t2sDictionary())};\n`;
}
