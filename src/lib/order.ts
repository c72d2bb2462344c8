// The pipeline owns the one string order (it may import only src/schema and its own folders);
// the site sorts with the same function.
export { byCodeUnit } from '../pipeline/order.ts';
