import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFingerprint } from '../../../scripts/ingest-stamp.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('ingestFingerprint(dir, root): the build skips ingest only when nothing it reads changed', () => {
  const content = mkdtempSync(join(tmpdir(), 'gzbg-stamp-'));
  cpSync(join(root, 'content/site.yaml'), join(content, 'site.yaml'));
  mkdirSync(join(content, 'sources/2024'), { recursive: true });
  writeFileSync(join(content, 'sources/2024/a.txt'), '编号\t目标任务\t完成情况\n1\t建成10个\t建成12个\n');

  test('the same folder gives the same fingerprint; a changed, added or renamed file another', () => {
    const first = ingestFingerprint(content, root);
    expect(ingestFingerprint(content, root)).toBe(first);
    writeFileSync(join(content, 'sources/2024/a.txt'), '编号\t目标任务\t完成情况\n1\t建成10个\t建成11个\n');
    const changed = ingestFingerprint(content, root);
    expect(changed).not.toBe(first);
    mkdirSync(join(content, 'overrides'), { recursive: true });
    writeFileSync(join(content, 'overrides/2024.yaml'), '[]\n');
    expect(ingestFingerprint(content, root)).not.toBe(changed);
  });

  test('dot-entries (an interrupted write’s .reports.tmp-* folder) do not count', () => {
    const before = ingestFingerprint(content, root);
    mkdirSync(join(content, '.reports.tmp-1'));
    writeFileSync(join(content, '.reports.tmp-1/x.md'), 'x');
    expect(ingestFingerprint(content, root)).toBe(before);
  });

  test('the code that reads the content counts: a copy of the project with one pipeline file changed differs', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gzbg-stamp-root-'));
    for (const p of ['src/pipeline', 'src/schema', 'scripts', 'package-lock.json'])
      cpSync(join(root, p), join(copy, p), { recursive: true });
    const same = ingestFingerprint(content, copy);
    expect(same).toBe(ingestFingerprint(content, root));
    const file = join(copy, 'src/pipeline/run.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(ingestFingerprint(content, copy)).not.toBe(same);
  });

  test('stays light: imports nothing of the pipeline or the file readers (the up-to-date build loads only it)', () => {
    const imports = [...readFileSync(join(root, 'scripts/ingest-stamp.ts'), 'utf8').matchAll(/from '([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(imports.every((m) => m!.startsWith('node:') || m === './tree.ts')).toBe(true);
    const ingest = readFileSync(join(root, 'scripts/ingest.ts'), 'utf8');
    expect(ingest).not.toMatch(/^import .*(pipeline|ingest-io|schema)/m);
  });
});
