/**
 * Run one post-build step on a built site, as its own process, so the harness can time it and
 * read its peak memory apart from astro build: `node scripts/bench/run-step.ts <outDir> <deploy|search>`.
 */
import { resolve } from 'node:path';
import { runDeploySteps } from '../postbuild/index.ts';
import { searchIndexStep } from '../postbuild/pagefind.ts';

const [out, name] = process.argv.slice(2);
const steps: Record<string, (outDir: string) => Promise<void> | void> = {
  deploy: runDeploySteps,
  search: searchIndexStep,
};
const run = name ? steps[name] : undefined;
if (!out || !run) {
  console.error('用法:node scripts/bench/run-step.ts <输出目录> <deploy|search>');
  process.exit(2);
}
process.env.GZBG_OUT_DIR = resolve(out);
await run(resolve(out));
