import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { frontmatterGlob } from '../../../src/lib/frontmatter-loader.ts';

// The loader runs inside Astro's content layer; here it gets the parts of the context the glob
// loader uses, with a Markdown entry type whose renderer must never be asked for.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzbg-loader-'));
  mkdirSync(join(dir, 'reports/2024/tasks'), { recursive: true });
  writeFileSync(
    join(dir, 'reports/2024/tasks/001.md'),
    '---\nyear: 2024\nnumber: 1\n---\n\n## 目标任务\n\n新建学校3所。\n',
  );
  writeFileSync(join(dir, 'reports/2024/tasks/002.md'), '---\nyear: 2024\nnumber: 2\n---\n\n## 完成情况\n\n已完成。\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function context(entryTypes: Map<string, unknown> | undefined) {
  const entries = new Map<string, Record<string, unknown>>();
  let renderRequests = 0;
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }: { contents: string }) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      const data = Object.fromEntries(front.split('\n').map((l) => [l.split(': ')[0], Number(l.split(': ')[1])]));
      return { data, body, rawData: front, slug: '' };
    },
    getRenderFunction: async () => {
      renderRequests++;
      return async () => ({ html: '<p>rendered</p>' });
    },
  };
  const ctx = {
    collection: 'tasks',
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => String(s.length),
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Record<string, unknown>) => void entries.set(String(entry.id), entry),
      delete: (id: string) => void entries.delete(id),
      has: (id: string) => entries.has(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
    meta: new Map(),
    entryTypes: entryTypes ?? new Map([['.md', markdown]]),
  };
  return { ctx, entries, renderRequests: () => renderRequests };
}

describe('frontmatterGlob({ pattern, base })', () => {
  test('keeps each file’s frontmatter as its data, and neither its body nor rendered HTML', async () => {
    const { ctx, entries, renderRequests } = context(undefined);
    await frontmatterGlob({ pattern: '*/tasks/*.md', base: join(dir, 'reports') }).load(ctx as never);
    expect([...entries.keys()].sort()).toEqual(['2024/tasks/001', '2024/tasks/002']);
    const first = entries.get('2024/tasks/001')!;
    expect(first.data).toEqual({ year: 2024, number: 1 });
    expect(first.body).toBeUndefined();
    expect(first.rendered).toBeUndefined();
    expect(first.deferredRender).toBeUndefined();
    expect(first.filePath).toMatch(/reports\/2024\/tasks\/001\.md$/);
    expect(renderRequests()).toBe(0);
  });
});
