// The pipeline owns the one string order (it may import only src/schema and its own folders);
// the site sorts with the same function.
export { byCodeUnit } from '../pipeline/order.ts';

/**
 * Task order: by 编号, then sub-item (a task of one row, without `sub`, before any sub-item).
 * Sub-items share their 编号, so ordering by `number` alone would leave them in load order.
 */
export function byTaskOrder(a: { number: number; sub?: number }, b: { number: number; sub?: number }): number {
  return a.number - b.number || (a.sub ?? 0) - (b.sub ?? 0);
}
