import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

/**
 * Builds the real site once per `vitest run` and hands every test file the same dist/.
 *
 * The e2e global setup (global-setup.ts) provides a run folder; the first test file that asks for a
 * site with a given content folder builds it there under a lock, the others find the `.built` marker
 * and reuse it. Different content folders (fixture reports) get different builds. Without the global
 * setup (a file run on its own by some other runner) the folder is per process.
 *
 * GZBG_E2E_DIST=<folder> skips the build of the default content and tests that dist/ as it is,
 * for quick local iteration.
 */

declare module 'vitest' {
  interface ProvidedContext {
    e2eRunDir: string;
  }
}

export const projectRoot = resolve(import.meta.dirname, '../../..');

export interface BuiltSite {
  /** Absolute path of the built site (what `npm run build` writes to dist/). */
  dist: string;
  /** Absolute path of the content folder it was built from. */
  content: string;
}

const memo = new Map<string, BuiltSite>();

function runDir(): string {
  let dir: string | undefined;
  try {
    dir = inject('e2eRunDir');
  } catch {
    dir = undefined; // not inside a vitest worker with the e2e global setup
  }
  return dir ?? join(tmpdir(), `gzbg-e2e-${process.pid}`);
}

/** The site built from `content` (default: the project's content/), built at most once per run. */
export function builtSite(options: { content?: string } = {}): BuiltSite {
  const content = resolve(projectRoot, options.content ?? 'content');
  const isDefault = content === resolve(projectRoot, 'content');
  const reuse = process.env.GZBG_E2E_DIST;
  if (isDefault && reuse) {
    const dist = resolve(reuse);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`GZBG_E2E_DIST=${reuse} has no index.html`);
    return { dist, content };
  }
  const cached = memo.get(content);
  if (cached) return cached;

  const key = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const root = runDir();
  mkdirSync(root, { recursive: true });
  const dist = join(root, key, 'dist');
  const marker = join(root, key, '.built');
  withLock(join(root, `${key}.lock`), () => {
    if (existsSync(marker)) return;
    buildInto(content, join(root, key));
    writeFileSync(marker, `${content}\n`);
  });
  const site = { dist, content };
  memo.set(content, site);
  return site;
}

/** Runs the project's own build into `<target>/dist`, via a temp folder so a failed build leaves nothing. */
function buildInto(content: string, target: string): void {
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const out = join(temp, 'dist');
  const node = nodeBinary();
  const buildScript = join(projectRoot, 'scripts/build.ts');
  // Until scripts/build.ts exists the site is just `astro build`.
  const [cmd, args] = existsSync(buildScript)
    ? [node, [buildScript]]
    : [node, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']];
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd: projectRoot,
    env: { ...process.env, GZBG_CONTENT_DIR: content, GZBG_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 540_000,
  });
  if (result.status !== 0) {
    const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(
      `site build failed (exit ${result.status}, ${result.error?.message ?? ''}) for ${content}:\n${log}`,
    );
  }
  if (!existsSync(join(out, 'index.html'))) throw new Error(`site build wrote no index.html into ${out}`);
  rmSync(target, { recursive: true, force: true });
  renameSync(temp, target);
  process.stderr.write(`[e2e] built ${content} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Node 24 from the `node` devDependency (the build runs TypeScript directly), else this process's node. */
function nodeBinary(): string {
  const local = join(projectRoot, 'node_modules/node/bin/node');
  return existsSync(local) ? local : process.execPath;
}

/** A lock file created exclusively; a lock left by a dead process is taken over. */
function withLock(path: string, fn: () => void): void {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      writeFileSync(path, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(path)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for build lock ${path}`, { cause: error });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(path, { force: true });
  }
}

function lockIsStale(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    if (!pid) return Date.now() - statSync(path).mtimeMs > 5_000;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
