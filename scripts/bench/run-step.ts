/**
 * Run one build-end step again on a built site, as its own process, so the harness can time it and
 * read its peak memory apart from astro build (which now runs both itself, src/integration/):
 * `node scripts/bench/run-step.ts <outDir> <deploy|search>`. Both steps are idempotent.
 */
import { resolve } from 'node:path';
import { deploySteps } from '../../src/integration/postbuild.ts';
import { searchIndexStep } from '../../src/integration/search-index.ts';

const [out, name] = process.argv.slice(2);
const steps: Record<string, (outDir: string) => Promise<unknown>> = {
  deploy: deploySteps,
  search: searchIndexStep,
};
const run = name ? steps[name] : undefined;
if (!out || !run) {
  console.error('用法：node scripts/bench/run-step.ts <输出目录> <deploy|search>');
  process.exit(2);
}
await run(resolve(out));
