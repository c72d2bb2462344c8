import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Task } from '../../src/schema/index.ts';
import { builtSite, projectRoot, type BuiltSite } from './support/build.ts';

/**
 * Source text is data, never markup (issue 2): a site built from a synthetic year whose cells are
 * full of Markdown and HTML shows those characters literally on every task page.
 */
const HOSTILE = join(projectRoot, 'tests/fixtures/pipeline/hostile-2031/synthetic-2031-hostile.txt');

function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => text(c as RootContent)).join('') : '';
}
function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c as RootContent, out);
  return out;
}

describe('a site built from hostile source text', () => {
  let content: string;
  let site: BuiltSite;
  beforeAll(() => {
    // A content folder with the project's settings and one synthetic year (never the real content/).
    content = mkdtempSync(join(tmpdir(), 'gzbg-hostile-'));
    for (const name of readdirSync(join(projectRoot, 'content'))) {
      if (name !== 'sources' && name !== 'reports' && name !== 'overrides')
        cpSync(join(projectRoot, 'content', name), join(content, name), { recursive: true });
    }
    mkdirSync(join(content, 'sources/2031'), { recursive: true });
    cpSync(HOSTILE, join(content, 'sources/2031/synthetic-2031-hostile.txt'));
    site = builtSite({ content });
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('shows every cell literally on its task page, with no element made from the text', () => {
    const dir = join(content, 'reports/2031/tasks');
    const files = readdirSync(dir).sort();
    expect(files.length).toBe(7);
    for (const file of files) {
      const md = readFileSync(join(dir, file), 'utf8');
      const task = Task.parse(parseYaml(md.slice(4, md.indexOf('\n---\n', 4))));
      const html = readFileSync(join(site.dist, `2031/tasks/${task.number}.html`), 'utf8');
      const tree = unified().use(rehypeParse).parse(html) as Root;
      const main = elements(tree).find((e) => e.tagName === 'main')!;
      // The text stays whole (issue 15 point 6): no labels of ours inside it, so nothing is stripped.
      const shown = text(main).replace(/\s+/g, ' ');
      for (const cell of [task.target, task.completion])
        expect(shown, `task ${task.number}`).toContain(cell.display.replace(/\s+/g, ' '));
      const inMain = elements(main);
      // Formatting the page itself uses (e.g. <code> around the sha256) is fine; formatting around source text is not.
      const fromSource = (e: Element) =>
        text(e).trim() !== '' && [task.target, task.completion].some((c) => c.verbatim.includes(text(e).trim()));
      const made = inMain.filter(
        (e) =>
          ['em', 'strong', 'b', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'li'].includes(e.tagName) &&
          fromSource(e),
      );
      expect(
        made.map((e) => `<${e.tagName}>${text(e)}`),
        `task ${task.number}`,
      ).toEqual([]);
      expect(
        inMain.filter((e) => /^h[1-6]$/.test(e.tagName) && /^(不是)?标题$/.test(text(e).trim())),
        `task ${task.number}`,
      ).toEqual([]);
      expect(
        inMain.filter((e) => ['script', 'img', 'iframe'].includes(e.tagName)).map((e) => e.tagName),
        `task ${task.number}`,
      ).toEqual([]);
      const hrefs = inMain.filter((e) => e.tagName === 'a').map((e) => String(e.properties.href ?? ''));
      expect(
        hrefs.filter((h) => /example\.com|zh\.gov\.cn|x\.png|^mailto:/.test(h)),
        `task ${task.number}`,
      ).toEqual([]);
    }
  });

  it('escapes the hostile characters in the HTML source itself', () => {
    const html = readFileSync(join(site.dist, '2031/tasks/2.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    // Every `<` of the text is escaped; `>` may stay literal in text (escaping what could start markup,
    // `<` and `&`, is enough; the build's post-processing edits pages in place and never re-serializes them).
    expect(html).toMatch(/&lt;script(&gt;|>)alert\(1\)&lt;\/script(&gt;|>)/);
  });
});
