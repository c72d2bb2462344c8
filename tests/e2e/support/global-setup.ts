import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * One folder per `vitest run` in which builtSite() caches its builds, so the whole e2e suite builds
 * each site once. It lives in the OS temp folder (not the shared working tree) and is removed at the
 * end unless GZBG_E2E_KEEP=1 asks to keep it for inspection.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-e2e-'));
  project.provide('e2eRunDir', dir);
  return () => {
    if (process.env.GZBG_E2E_KEEP === '1') process.stderr.write(`[e2e] builds kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
