import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Errors, sourceError } from '../../src/schema/errors.ts';
import { readBundle } from './bundle.ts';
import { MANIFEST, compareWithManifest, parseManifest } from './manifest.ts';

/** What `npm run verify-archive` prints and its exit status: 0 intact, 1 any discrepancy. */
export interface Verification {
  lines: string[];
  status: 0 | 1;
}

/**
 * Checks every file of the bundle at `arg` (a .zip or an unzipped folder) against its SHA256SUMS and
 * lists, file by file, what is missing, altered or added. A bundle that cannot be checked at all (no
 * argument, not found, not a zip, no manifest, a malformed manifest) is a catalogue error.
 */
export async function verifyBundle(arg: string | undefined): Promise<Verification> {
  if (!arg) throw sourceError(Errors.VerifyNoArgument, 'npm run verify-archive', undefined);
  const path = resolve(arg);
  if (!existsSync(path)) throw sourceError(Errors.VerifyNotFound, path, undefined);
  let files: Map<string, Uint8Array>;
  try {
    files = await readBundle(path);
  } catch {
    // fflate's own message ("invalid zip data") is for developers; the editor gets what to do.
    throw sourceError(Errors.VerifyUnreadable, path, undefined);
  }
  const manifest = files.get(MANIFEST);
  if (!manifest) throw sourceError(Errors.VerifyNoManifest, path, undefined);
  const result = compareWithManifest(
    parseManifest(new TextDecoder().decode(manifest), `${arg} 中的 ${MANIFEST}`),
    files,
  );
  const lines = [
    ...result.missing.map((p) => `缺失：${p}`),
    ...result.altered.map((a) => `已改动：${a.path}（清单中 sha256 ${a.expected}，实际 ${a.actual}）`),
    ...result.added.map((p) => `多出：${p}（不在 ${MANIFEST} 中）`),
  ];
  const bad = result.missing.length + result.altered.length + result.added.length;
  if (bad > 0) {
    lines.push(
      `校验失败：${result.ok} 个文件一致；缺失 ${result.missing.length} 个，改动 ${result.altered.length} 个，多出 ${result.added.length} 个`,
    );
    return { lines, status: 1 };
  }
  return { lines: [`校验通过：${result.ok} 个文件与 ${MANIFEST} 完全一致`], status: 0 };
}
