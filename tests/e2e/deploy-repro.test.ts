import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integration/files.ts';

/**
 * Issue 7 §2: two builds of the same commit give byte-identical dist/, Pagefind output included.
 * The project is copied to two different folders (so absolute paths would show), and built under
 * different time zones and locales, the second with the clock moved 400 days on (so any date taken
 * from the clock would show). Every file's sha256 must match.
 *
 * Issue 15 §1: the first build is `astro build` alone, the second `npm run build`, so the same
 * comparison proves that Astro's own command gives the finished site (ingest, relative links,
 * single-file edition, search index: src/integration/) and that the npm script adds nothing.
 */

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gzbg-repro-'));
afterAll(() => {
  if (process.env.GZBG_E2E_KEEP === '1') process.stderr.write(`[repro] kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
});

/** Only what a build reads; node_modules is a folder of links so caches (.astro, .vite) stay per copy. */
const SKIP = new Set(['node_modules', 'dist', 'archive', 'tests', '.git', '.astro', '.tmp']);
function copyProject(to: string): void {
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(to, entry), { recursive: true });
  }
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(root, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  const bin = join(root, 'node_modules/.bin');
  if (existsSync(bin)) symlinkSync(bin, join(to, 'node_modules/.bin'));
}

/** The commands under test, each run in the project folder with its default content/ and dist/. */
const COMMANDS = {
  'astro build': (node: string) => [node, ['node_modules/astro/bin/astro.mjs', 'build']] as const,
  'npm run build': () => ['npm', ['run', 'build']] as const,
};

function build(project: string, command: keyof typeof COMMANDS, env: NodeJS.ProcessEnv): string {
  const out = join(project, 'dist');
  const node = existsSync(join(root, 'node_modules/node/bin/node'))
    ? join(root, 'node_modules/node/bin/node')
    : process.execPath;
  const clean: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  // Each copy builds from its own content/ into its own dist/; SOURCE_DATE_EPOCH unset, so nothing
  // can hide the clock.
  for (const name of ['GZBG_CONTENT_DIR', 'GZBG_OUT_DIR', 'GZBG_CACHE_DIR', 'SOURCE_DATE_EPOCH']) delete clean[name];
  const [cmd, args] = COMMANDS[command](node);
  const result = spawnSync(cmd, args, {
    cwd: project,
    env: clean,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 420_000,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} in ${project} failed:\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n')}`,
    );
  if (!existsSync(join(out, 'index.html'))) throw new Error(`${command} in ${project} wrote no dist/index.html`);
  return out;
}

async function hashes(dir: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const file of await listFiles(dir))
    map.set(
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    );
  return map;
}

/** Where two versions of a file first differ, for the failure message. */
function firstDifference(a: string, b: string, file: string): string {
  const x = readFileSync(join(a, file));
  const y = readFileSync(join(b, file));
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `${file} @${i}:\n    A ${around(x)}\n    B ${around(y)}`;
}

describe('reproducible build', () => {
  it(
    '`astro build` alone and `npm run build`, in different folders, time zones, locales and clocks, give the same bytes',
    { timeout: 900_000 },
    async () => {
      const projectA = join(work, 'a', 'gzbg');
      const projectB = join(work, 'b', 'elsewhere', 'site-copy');
      copyProject(projectA);
      copyProject(projectB);
      // A builds over the leftovers of an earlier build (dist/ is rewritten in place, not emptied:
      // src/integration/stale-files.ts): a year, a task's citation and a search bundle that are no
      // longer part of the site, and a page that is. Byte-equality with B's fresh dist/ shows that
      // what is gone is removed and what stays is rewritten.
      for (const [file, text] of [
        ['2019/tasks/1.html', '<!doctype html><title>旧</title>'],
        ['2024/tasks/999.bib', '@online{old,}'],
        ['pagefind/2019/pagefind-entry.json', '{}'],
        ['index.html', 'old'],
      ] as const) {
        mkdirSync(join(projectA, 'dist', file, '..'), { recursive: true });
        writeFileSync(join(projectA, 'dist', file), text);
      }
      const distA = build(projectA, 'astro build', { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NODE_OPTIONS: '' });
      const clock = pathToFileURL(join(import.meta.dirname, 'deploy/shift-clock.mjs')).href;
      const distB = build(projectB, 'npm run build', {
        TZ: 'Asia/Shanghai',
        LANG: 'zh_CN.UTF-8',
        LC_ALL: 'zh_CN.UTF-8',
        NODE_OPTIONS: `--import=${clock}`,
      });

      const [a, b] = [await hashes(distA), await hashes(distB)];
      expect(a.size).toBeGreaterThan(50);
      // The finished site, not Astro's bare output: search index, offline index, single-file edition.
      expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
      expect(a.has('search/offline-index.js')).toBe(true);
      expect([...a.keys()].some((f) => /^\d{4}\/report-\d{4}\.html$/.test(f))).toBe(true);
      const onlyA = [...a.keys()].filter((f) => !b.has(f));
      const onlyB = [...b.keys()].filter((f) => !a.has(f));
      const differ = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
      const report = [
        ...onlyA.map((f) => `only in A: ${f}`),
        ...onlyB.map((f) => `only in B: ${f}`),
        ...differ.slice(0, 10).map((f) => firstDifference(distA, distB, f)),
        ...(differ.length > 10 ? [`… and ${differ.length - 10} more differing files`] : []),
      ];
      expect(report, report.join('\n')).toEqual([]);
    },
  );
});
