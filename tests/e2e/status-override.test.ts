import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, projectRoot, type BuiltSite } from './support/build.ts';

/**
 * Issue 18 point 2: after an editor's status override (written in the site's words), the task page
 * shows the editor's reason as the basis (依据) and the program's own reading as superseded.
 */
describe('a task page after a status override', () => {
  let content: string;
  let site: BuiltSite;
  beforeAll(() => {
    content = mkdtempSync(join(tmpdir(), 'gzbg-status-override-'));
    for (const name of readdirSync(join(projectRoot, 'content'))) {
      if (name !== 'sources' && name !== 'reports' && name !== 'overrides')
        cpSync(join(projectRoot, 'content', name), join(content, name), { recursive: true });
    }
    mkdirSync(join(content, 'sources/2031'), { recursive: true });
    mkdirSync(join(content, 'overrides'), { recursive: true });
    cpSync(join(projectRoot, 'tests/fixtures/pipeline/messy/clean.txt'), join(content, 'sources/2031/clean.txt'));
    writeFileSync(
      join(content, 'overrides/2031.yaml'),
      'year: 2031\noverrides:\n  - task: 2\n    status: { value: 推进中, reason: 道路改造仍在收尾，尚未验收 }\n',
    );
    site = builtSite({ content });
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  const statusOf = (n: number) => {
    const html = readFileSync(join(site.dist, `2031/tasks/${n}.html`), 'utf8');
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const section = select('section.classification', tree)!;
    return toText(section).replace(/\s+/g, ' ');
  };

  it('shows the editor’s reason as the basis and the program’s reading as superseded', () => {
    const text = statusOf(2);
    expect(text).toContain('推进中');
    expect(text).toContain('依据（编辑更正）：道路改造仍在收尾，尚未验收');
    expect(text).toMatch(/程序原判读：已完成，.+（已被编辑更正取代）/);
    expect(text).not.toContain('依据：');
  });
  it('a task without an override keeps the program’s basis and nothing superseded', () => {
    const text = statusOf(1);
    expect(text).toContain('依据：');
    expect(text).not.toContain('程序原判读');
  });
});
