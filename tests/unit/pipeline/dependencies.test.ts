import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Issue 15 §4: the pipeline is pure and stands on the content model alone — its modules import
 * only src/schema, its own folders and packages, never the site (src/lib, components, charts…)
 * or scripts/. Checked on every import and export-from specifier of every module.
 */
const src = resolve(import.meta.dirname, '../../../src');
const pipeline = join(src, 'pipeline');

function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** Relative specifiers that resolve outside src/pipeline and src/schema, as `file → target`. */
function strayImports(files: string[]): string[] {
  const stray: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = relative(src, resolve(dirname(file), m[1]!));
      if (!/^(pipeline|schema)\//.test(target)) stray.push(`${relative(src, file)} → ${target}`);
    }
  }
  return stray;
}

describe('src/pipeline dependencies', () => {
  test('imports nothing but src/schema and its own folders', () => {
    expect(modules(pipeline).length).toBeGreaterThan(20);
    expect(strayImports(modules(pipeline))).toEqual([]);
  });
});
