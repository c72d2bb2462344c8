// The pipeline owns the one string order and the task order (it may import only src/schema and its
// own folders); the site sorts with the same functions.
export { byCodeUnit, byTaskOrder } from '../pipeline/order.ts';
