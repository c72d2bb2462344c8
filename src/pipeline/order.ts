/**
 * Code-unit order for sorting strings. `localeCompare` without a locale follows the machine's
 * LANG (pinyin under zh_CN, code points under C), so output sorted with it differs between
 * machines; this order is the same everywhere (issue 7: reproducible builds).
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
