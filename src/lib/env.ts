import { resolve } from 'node:path';

/**
 * Folders the pipeline and the site read and write. Tests, fixture sites and benchmarks point
 * these elsewhere so they never touch the project's own content/ or dist/.
 */
export function contentDir(): string {
  return resolve(process.env.GZBG_CONTENT_DIR ?? 'content');
}
export function outDir(): string {
  return resolve(process.env.GZBG_OUT_DIR ?? 'dist');
}
