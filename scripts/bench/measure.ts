/** Process and folder measurements for the benchmark harness: wall time, peak RSS, sizes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  seconds: number;
  /** User + system CPU seconds of the command and its waited-for children: comparable on a busy machine. */
  cpuSeconds: number;
  /** Peak resident set size of the largest process in the tree (GNU time %M), in MiB. */
  peakMiB: number;
}

/**
 * Run a command under GNU time. `%M` is the maximum RSS of the largest single process among
 * the command and its waited-for children, which is what the memory budget is about.
 */
export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): RunResult {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt');
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, cmd, ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    throw new Error(
      `命令失败（退出码 ${res.status}）：${cmd} ${args.join(' ')}\n${res.stderr.toString().slice(-2000)}`,
    );
  }
  const [seconds, user, sys, kib] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { seconds: seconds!, cpuSeconds: user! + sys!, peakMiB: kib! / 1024 };
}

/** Total bytes and file count below a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
