import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Errors, sourceError } from '../../src/schema/errors.ts';

/** `--name`, the bundle's file-name prefix: letters, digits, dot, hyphen and underscore only. */
export function checkBundleName(name: string): void {
  if (!/^[\w.-]+$/.test(name)) throw sourceError(Errors.ArchiveBadName, '--name', undefined, { name });
}

/**
 * Builds the site into `dist` with `npm run build` (scripts/build.ts), its output shown as it runs;
 * a failed build is a catalogue error, so no bundle is written from half a site.
 */
export function buildSite(
  dist: string,
  env: NodeJS.ProcessEnv = process.env,
  stdio: 'inherit' | 'ignore' = 'inherit',
): void {
  const result = spawnSync(process.execPath, [resolve(import.meta.dirname, '..', 'build.ts')], {
    stdio,
    env: { ...env, GZBG_OUT_DIR: dist },
  });
  if (result.status !== 0) throw sourceError(Errors.ArchiveBuildFailed, dist, undefined);
}

/** Refuses a folder that is not a built site (no index.html), before anything is read from it. */
export function checkBuiltSite(dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) throw sourceError(Errors.ArchiveNoSite, dist, undefined);
}
