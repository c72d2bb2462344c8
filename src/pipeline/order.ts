/**
 * Code-unit order for sorting strings. `localeCompare` without a locale follows the machine's
 * LANG (pinyin under zh_CN, code points under C), so output sorted with it differs between
 * machines; this order is the same everywhere (issue 7: reproducible builds).
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Task order: by 编号, then sub-item (a task of one row, without `sub`, before any sub-item).
 * Sub-items share their 编号, so ordering by `number` alone would leave them in load order.
 */
export function byTaskOrder(a: { number: number; sub?: number }, b: { number: number; sub?: number }): number {
  return a.number - b.number || (a.sub ?? 0) - (b.sub ?? 0);
}
