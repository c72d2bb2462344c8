import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { zipBundle } from '../../../../scripts/archive/bundle.ts';
import { sha256 } from '../../../../scripts/archive/manifest.ts';
import { gitOrigin, toolVersions, withoutCredentials } from '../../../../scripts/archive/provenance.ts';
import { POWERSHELL_CHECK } from '../../../../scripts/archive/readme.ts';
import { fixtureBundle, makeFixture } from './fixture.ts';

// Issue 18 point 5: an archive that explains itself to a reader in twenty years.

const fx = makeFixture();
const scratch = mkdtempSync(join(tmpdir(), 'gzbg-archive-git-'));
afterAll(() => {
  rmSync(fx.root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const origin = { repository: 'https://git.example.gov.cn/gzbg.git', commit: 'c0ffee'.padEnd(40, '0') };
const tools = { node: '24.21.0', astro: '7.3.5', pagefind: '1.6.0' };

async function bundle(extra: { rights?: string; origin?: typeof origin } = {}) {
  const { files, name, date } = await fixtureBundle(fx, {
    origin: extra.origin ?? origin,
    tools,
    ...(extra.rights === undefined ? {} : { rights: extra.rights }),
  });
  return { files, name, date, readme: new TextDecoder().decode(files.get('ARCHIVE.md')) };
}

describe('ARCHIVE.md', () => {
  test('names the repository, the commit and the tool versions', async () => {
    const { readme } = await bundle();
    expect(readme).toContain('## 构建来源 / Built from');
    expect(readme).toContain(`- 仓库 Repository：${origin.repository}`);
    expect(readme).toContain(`- 提交 Commit：${origin.commit}`);
    expect(readme).toContain('Node 24.21.0，Astro 7.3.5，Pagefind 1.6.0');
    expect(readme).toContain('Node 24.21.0, Astro 7.3.5, Pagefind 1.6.0');
  });
  test('says how to rebuild (clone, checkout of that commit, npm ci, npm run build) in Chinese and English', async () => {
    const { readme } = await bundle();
    expect(readme).toContain('## 如何重新构建');
    expect(readme).toContain('## How to rebuild');
    expect(readme).toContain(
      `git clone ${origin.repository} gzbg\ncd gzbg\ngit checkout ${origin.commit}\nnpm ci\nnpm run build`,
    );
    expect(readme).toMatch(/Linux、macOS 或 Windows/);
  });
  test('gives one verify command for Linux, macOS and Windows', async () => {
    const { readme } = await bundle();
    expect(readme).toContain('- Linux：`sha256sum -c SHA256SUMS`');
    expect(readme).toContain('- macOS：`shasum -a 256 -c SHA256SUMS`');
    expect(readme).toContain(`- Windows（PowerShell）：\`${POWERSHELL_CHECK}\``);
    expect(POWERSHELL_CHECK).toMatch(/^\$bad = 0; Get-Content SHA256SUMS -Encoding UTF8 \| ForEach-Object/);
    expect(POWERSHELL_CHECK).toContain('Get-FileHash -Algorithm SHA256 -LiteralPath $f');
  });
  test('lists each source’s format, encoding, size, retrieval date and SHA-256', async () => {
    const { readme } = await bundle();
    expect(readme).toContain(
      `| 2031 | \`sources/2031/2031.txt\` | text | utf-8 | 24 | 2032-02-03 | \`${'a'.repeat(64)}\` |`,
    );
    expect(readme).toContain(
      `| 2030 | \`sources/2030/2030.txt\` | text | utf-8 | 24 | 2031-01-20 | \`${'a'.repeat(64)}\` |`,
    );
  });
  test('lists the corrections and overrides with their reasons, and the bundle holds their files', async () => {
    const { readme, files } = await bundle();
    expect(files.has('overrides/2031.yaml')).toBe(true);
    expect(files.has('sources/2031/source.yaml')).toBe(true);
    expect(readme).toContain('## 编辑更正 / Editors’ corrections');
    expect(readme).toContain(
      '| 2031 | `sources/2031/source.yaml` | 第 5 行“完成情况”改为“未公开” / row 5, column “完成情况” read as “未公开” | 原表此格为空 |',
    );
    expect(readme).toContain(
      '| 2031 | `overrides/2031.yaml` | 编号 2 / task 2：状态 status → 推进中 | 道路改造仍在收尾 |',
    );
    expect(readme).toContain(
      '| 2031 | `overrides/2031.yaml` | 编号 2 / task 2：指标 1 / metric 1 → verdict: "met" | 原文写明已完成目标 |',
    );
  });
  test('carries the rights statement of site.yaml, or says plainly that none was made', async () => {
    const given = await bundle({ rights: '本站文字以 CC BY 4.0 许可发布。' });
    expect(given.readme).toMatch(/## 权利声明\n\n本站文字以 CC BY 4.0 许可发布。\n/);
    expect(given.readme).toMatch(/## Rights\n\n本站文字以 CC BY 4.0 许可发布。\n/);
    const none = await bundle();
    expect(none.readme).toContain('主办单位未在站点设置（content/site.yaml 的 rights）中作出权利声明');
    expect(none.readme).toContain('this bundle grants no further licence');
  });
  test('Chinese paragraphs use full-width punctuation', async () => {
    const { readme } = await bundle();
    const chinese = readme.split('\n---\n')[0]!;
    // Half-width ,;:() right after a Chinese character (outside code spans and tables of values).
    const prose = chinese
      .split('\n')
      .filter((l) => !l.startsWith('|') && !l.startsWith('git ') && !l.startsWith('- Windows'))
      .map((l) => l.replace(/`[^`]*`/g, ''));
    expect(prose.filter((l) => /[\u4e00-\u9fff][,;:()]/.test(l))).toEqual([]);
  });
  test('is the same for the same inputs, and the zip stays byte-identical', async () => {
    const a = await bundle();
    const b = await bundle();
    expect(b.readme).toBe(a.readme);
    expect(sha256(zipBundle(b.files, b.name, b.date))).toBe(sha256(zipBundle(a.files, a.name, a.date)));
  });
});

describe('provenance', () => {
  test('reads repository and commit from git, without credentials', () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', scratch, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.email=a@b', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', 'https://someone:secret@git.example.gov.cn/gzbg.git');
    const o = gitOrigin(scratch, {});
    expect(o.commit).toBe(git('rev-parse', 'HEAD'));
    expect(o.repository).toBe('https://git.example.gov.cn/gzbg.git');
    expect(o.dirty).toBeUndefined();
  });
  test('without git, GZBG_REPOSITORY and GZBG_COMMIT name the origin', () => {
    const none = mkdtempSync(join(tmpdir(), 'gzbg-nogit-'));
    try {
      expect(gitOrigin(none, { GZBG_REPOSITORY: 'https://x.example/r.git', GZBG_COMMIT: 'abc' })).toEqual({
        repository: 'https://x.example/r.git',
        commit: 'abc',
      });
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
  });
  test('credentials never reach the archive', () => {
    expect(withoutCredentials('https://u:p@host/x.git')).toBe('https://host/x.git');
    expect(withoutCredentials('git@host:x.git')).toBe('git@host:x.git');
  });
  test('tool versions come from package-lock.json', () => {
    const v = toolVersions(process.cwd());
    expect(v.astro).toMatch(/^\d+\.\d+\.\d+$/);
    expect(v.pagefind).toMatch(/^\d+\.\d+\.\d+$/);
    expect(v.node).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
