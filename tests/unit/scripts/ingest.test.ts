import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../scripts/tree.ts';
import { FIXTURES } from '../pipeline/real-source.ts';

/** Run the CLI the way an editor does; returns exit code and output. */
function ingest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under reports/ with its bytes. */
const snapshot = (dir: string) =>
  new Map(listFiles(join(dir, 'reports')).map((p) => [p, readFileSync(join(dir, 'reports', p), 'utf8')]));

// Each case spawns the CLI (a few seconds on a busy machine).
describe('scripts/ingest.ts', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gzbg-ingest-'));
    cpSync('content/sources', join(dir, 'sources'), { recursive: true });
    cpSync('content/taxonomy.yaml', join(dir, 'taxonomy.yaml'));
    if (existsSync('content/overrides')) cpSync('content/overrides', join(dir, 'overrides'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates every year and prints a Chinese summary (--content DIR)', () => {
    const r = ingest(['--content', dir]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d{4} 年 · .+ · \d+ 项任务 · \d+ 处编辑更正 · \d+ 条提醒/);
    expect(snapshot(dir).size).toBeGreaterThan(1);
  });

  it('--check passes on fresh output and lists changed, missing and extra files otherwise (GZBG_CONTENT_DIR)', () => {
    const env = { GZBG_CONTENT_DIR: dir };
    expect(ingest(['--check'], env).code).toBe(0);
    const [first, second] = listFiles(join(dir, 'reports')).filter((p) => p.includes('/tasks/'));
    writeFileSync(join(dir, 'reports', first!), `${readFileSync(join(dir, 'reports', first!), 'utf8')}\n改动\n`);
    rmSync(join(dir, 'reports', second!));
    writeFileSync(join(dir, 'reports', 'stray.md'), 'x');
    const r = ingest(['--check'], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain('与原始表格生成的内容不一致（3 个文件）');
    expect(r.err).toContain(`已改动：reports/${first}`);
    expect(r.err).toContain(`缺少：reports/${second}`);
    expect(r.err).toContain('多余：reports/stray.md');
    expect(r.err).toContain('请运行 npm run ingest');
    expect(ingest(['--content', dir]).code).toBe(0);
    expect(ingest(['--check', '--content', dir]).code).toBe(0);
  });

  it('a bad source leaves the previous content untouched and prints the error, with its catalogue code, without a stack trace', () => {
    const before = snapshot(dir);
    mkdirSync(join(dir, 'sources', '2031'));
    cpSync(join(FIXTURES, 'missing-cell/input.txt'), join(dir, 'sources', '2031', 'bad.txt'));
    const r = ingest(['--content', dir]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      `✗ [E_EMPTY_CELL] ${dir}/sources/2031/bad.txt:7 → 完成情况单元格为空。如原表确实没有内容，不要改动原始文件（网站公布它的 SHA-256）；请在 ${dir}/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 7\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空`,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.reports'))).toEqual([]);
  });

  it('a year whose source is removed is removed from the reports', () => {
    cpSync(join(FIXTURES, 'messy/clean.txt'), join(dir, 'sources', '2031', 'bad.txt'));
    expect(ingest(['--content', dir]).code).toBe(0);
    expect(existsSync(join(dir, 'reports/2031/tasks/1.md'))).toBe(true);
    rmSync(join(dir, 'sources', '2031'), { recursive: true });
    expect(ingest(['--content', dir]).code).toBe(0);
    expect(existsSync(join(dir, 'reports/2031'))).toBe(false);
  });

  it('--stamp: a second generation of an unchanged folder is skipped with the same summary; a change to a source, an override or a report runs it again', () => {
    const stamp = join(dir, '..', `${dir.split('/').pop()}-stamp.json`);
    const first = ingest(['--content', dir, '--stamp', stamp]);
    expect(first.code).toBe(0);
    expect(first.out).not.toContain('未重新生成');
    const summary = first.out.split('\n').filter((l) => / 年 · /.test(l));
    expect(summary.length).toBeGreaterThan(0);
    const second = ingest(['--content', dir, '--stamp', stamp]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('未重新生成');
    for (const line of summary) expect(second.out).toContain(line);
    // A report edited by hand is not what the sources generate: the pipeline runs and restores it.
    const report = listFiles(join(dir, 'reports')).find((p) => p.includes('/tasks/'))!;
    const original = readFileSync(join(dir, 'reports', report), 'utf8');
    writeFileSync(join(dir, 'reports', report), `${original}\n改动\n`);
    expect(ingest(['--content', dir, '--stamp', stamp]).out).not.toContain('未重新生成');
    expect(readFileSync(join(dir, 'reports', report), 'utf8')).toBe(original);
    // A new override file is an input too.
    const year = readdirSync(join(dir, 'sources')).sort()[0]!;
    mkdirSync(join(dir, 'overrides'), { recursive: true });
    const overrides = join(dir, 'overrides', `${year}.yaml`);
    const had = existsSync(overrides) ? readFileSync(overrides, 'utf8') : null;
    writeFileSync(overrides, `${had ?? `year: ${year}\noverrides: []\n`}\n# 注释\n`);
    try {
      expect(ingest(['--content', dir, '--stamp', stamp]).out).not.toContain('未重新生成');
      expect(ingest(['--content', dir, '--stamp', stamp]).out).toContain('未重新生成');
    } finally {
      if (had === null) rmSync(overrides);
      else writeFileSync(overrides, had);
      rmSync(stamp, { force: true });
    }
  });
});
