import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from './support/build.ts';
import { elements, parsePage, textOf, type HastNode } from './support/html.ts';

/**
 * The open-data page (data.html) promises sizes and sha256 values; they must be those of the very
 * files published beside it, and every report's raw source must be published byte for byte.
 */

let site: BuiltSite;
beforeAll(() => {
  site = builtSite();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const cls = (el: HastNode) => String((el.properties?.className as string[] | undefined)?.join(' ') ?? '');

function rows(): { file: string; hash: string }[] {
  const tree = parsePage(site.dist, 'data.html');
  return elements(tree)
    .filter((el) => el.tagName === 'tr' && elements(el).some((c) => c.tagName === 'code'))
    .map((tr) => {
      const a = elements(tr).find((c) => c.tagName === 'a')!;
      const code = elements(tr).find((c) => c.tagName === 'code' && cls(c).includes('hash'))!;
      return { file: decodeURIComponent(posix.normalize(String(a.properties!.href))), hash: textOf(code).trim() };
    });
}

describe('data.html', () => {
  it('lists the JSON, CSV, JSON Schema and raw source of every year', () => {
    const files = rows().map((r) => r.file);
    const years = files.filter((f) => /^data\/\d{4}\.json$/.test(f));
    expect(years.length).toBeGreaterThan(0);
    for (const json of years) expect(files).toContain(json.replace('.json', '.csv'));
    expect(files).toContain('data/schema.json');
    expect(files.filter((f) => f.startsWith('sources/')).length).toBe(years.length);
  });

  it('gives the sha256 of the bytes actually published', () => {
    for (const { file, hash } of rows()) {
      const path = join(site.dist, file);
      expect(statSync(path).isFile(), file).toBe(true);
      expect(sha256(readFileSync(path)), file).toBe(hash);
    }
  });

  it('publishes each raw source byte for byte', () => {
    for (const { file } of rows().filter((r) => r.file.startsWith('sources/'))) {
      expect(sha256(readFileSync(join(site.dist, file))), file).toBe(sha256(readFileSync(join(site.content, file))));
    }
  });
});
