import type { SearchRecord } from './records.ts';

/**
 * The plain-script index for pages opened from disk (file://), where browsers block fetch and
 * modules: a classic script assigning every search record to a global. The site writes it as an
 * Astro endpoint (src/pages/search/offline-index.js.ts); the build's Pagefind step reads the
 * records back from it, so both indexes hold the same records and nothing parses the content twice.
 */
/**
 * The globalThis key of the hook a build sets (src/integration/index.ts) and the offline-index
 * endpoint calls with its script as soon as it is rendered, so that Pagefind indexes while Astro
 * renders the other pages (src/integration/search-index.ts startEarlyIndex). A registered symbol:
 * the same key in the integration and in Astro's bundle of the page, which hold their own copies
 * of this module.
 */
export const OFFLINE_INDEX_RENDERED = Symbol.for('gzbg.offline-index-rendered');

const HEAD = `// 由构建生成，请勿手工编辑：离线（file://）搜索用的任务索引。\nwindow.GZBG_SEARCH_INDEX = `;
const TAIL = ';\n';

/** The script for `records` (deterministic: records in the order given). */
export function offlineIndexScript(records: readonly SearchRecord[]): string {
  return `${HEAD}${JSON.stringify({ records })}${TAIL}`;
}

/** The records of a script written by offlineIndexScript; throws on anything else. */
export function recordsFromOfflineIndex(script: string): SearchRecord[] {
  if (!script.startsWith(HEAD) || !script.endsWith(TAIL))
    throw new Error('search/offline-index.js 不是构建生成的离线索引（开头或结尾不符），无法据此生成 Pagefind 索引。');
  const { records } = JSON.parse(script.slice(HEAD.length, -TAIL.length)) as { records: SearchRecord[] };
  return records;
}
