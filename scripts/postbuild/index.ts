import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { relativeUrls } from './relative-urls.ts';
import { singleFileEditions } from './single-file.ts';
import { cspCheck } from './csp-check.ts';

/** A post-build step: reads and rewrites the built site in `outDir`. */
export type PostbuildStep = (outDir: string) => Promise<void>;

/**
 * The deploy steps, in order: links first (the single-file edition resolves relative links),
 * the CSP guard last. scripts/build.ts runs these after `astro build`; Pagefind may run before
 * or after them (it reads page paths, not links, and skips the single-file edition).
 */
export const deploySteps: readonly PostbuildStep[] = [relativeUrls, singleFileEditions, cspCheck];

export async function runDeploySteps(outDir: string): Promise<void> {
  for (const step of deploySteps) await step(outDir);
}

// `node scripts/postbuild/index.ts [outDir]` runs the steps on an already built site.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(process.argv[2] ?? process.env.GZBG_OUT_DIR ?? 'dist');
  runDeploySteps(outDir).then(
    () => console.log(`部署处理完成:${outDir}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
