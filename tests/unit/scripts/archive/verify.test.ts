import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { makeFixture } from './fixture.ts';

const root = resolve(import.meta.dirname, '../../../..');
const fx = makeFixture();
const out = mkdtempSync(join(tmpdir(), 'gzbg-verify-test-'));
const zip = join(out, 'gzbg-2032-02-03.zip');

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GZBG_CONTENT_DIR: fx.content, SOURCE_DATE_EPOCH: '' },
  });
}

/** A fresh unzipped copy of the bundle to tamper with. */
function unpacked(): string {
  const dir = mkdtempSync(join(out, 'copy-'));
  for (const [key, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
    mkdirSync(join(dir, key, '..'), { recursive: true });
    writeFileSync(join(dir, key), bytes);
  }
  return join(dir, 'gzbg-2032-02-03');
}

beforeAll(() => {
  const made = run('archive.ts', ['--dist', fx.dist, '--out', out]);
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
}, 60_000);
afterAll(() => {
  rmSync(fx.root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('npm run archive', { timeout: 60_000 }, () => {
  test('writes archive/<name>-<date>.zip, byte-identical on a second run', () => {
    const first = readFileSync(zip);
    expect(run('archive.ts', ['--dist', fx.dist, '--out', out]).status).toBe(0);
    expect(readFileSync(zip).equals(first)).toBe(true);
  });
  test('refuses a folder that holds no built site, in Chinese', () => {
    const r = run('archive.ts', ['--dist', out, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`✗ [E_ARCHIVE_NO_SITE] ${out} → 这个目录中没有 index.html`);
  });
});

describe('npm run verify-archive', { timeout: 60_000 }, () => {
  test('passes an untouched bundle, zipped or unzipped', () => {
    for (const target of [zip, unpacked()]) {
      const r = run('verify-archive.ts', [target]);
      expect(r.stdout).toMatch(/校验通过：\d+ 个文件/);
      expect(r.status).toBe(0);
    }
  });
  test('names an altered file', () => {
    const dir = unpacked();
    appendFileSync(join(dir, 'site/2031/index.html'), ' ');
    const r = run('verify-archive.ts', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('已改动：site/2031/index.html（清单中 sha256 ');
  });
  test('names a missing file', () => {
    const dir = unpacked();
    rmSync(join(dir, 'sources/2031/2031年政府工作报告年度完成情况(合成).txt'));
    const r = run('verify-archive.ts', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('缺失：sources/2031/2031年政府工作报告年度完成情况(合成).txt');
  });
  test('names an added file', () => {
    const dir = unpacked();
    writeFileSync(join(dir, 'site/extra.js'), 'alert(1)');
    const r = run('verify-archive.ts', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('多出：site/extra.js（不在 SHA256SUMS 中）');
  });
  test('catches a file altered inside the zip', () => {
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    entries['gzbg-2032-02-03/data/2031.csv'] = strToU8('编号,目标任务\n1,篡改\n');
    const tampered = join(out, 'tampered.zip');
    writeFileSync(tampered, zipSync(entries));
    const r = run('verify-archive.ts', [tampered]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('已改动：data/2031.csv');
  });
  test('refuses a bundle without its manifest, and a malformed manifest line', () => {
    const dir = unpacked();
    cpSync(join(dir, 'SHA256SUMS'), join(out, 'sums-backup'));
    rmSync(join(dir, 'SHA256SUMS'));
    const r = run('verify-archive.ts', [dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`✗ [E_VERIFY_NO_MANIFEST] ${dir} → 其中没有校验清单 SHA256SUMS`);
    writeFileSync(join(dir, 'SHA256SUMS'), 'not a checksum line\n');
    const bad = run('verify-archive.ts', [dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      `✗ [E_MANIFEST_LINE] ${dir} 中的 SHA256SUMS:1 → 这一行格式不对：not a checksum line。`,
    );
  });
});
