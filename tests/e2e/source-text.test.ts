import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OpenData } from '../../src/schema/open-data.ts';
import { builtSite, type BuiltSite } from './support/build.ts';
import { elements, parsePage, siteFiles, textOf } from './support/html.ts';

/**
 * Issue 15 point 6: the source text stays whole on every task page. Each target and completion cell,
 * as published (verbatim), must be found unbroken in the text of its task page once punctuation width,
 * quote direction and whitespace are folded — the only ways the display text may differ from the
 * source. A label of ours inside a sentence (〔目标1〕) breaks the cell and fails this.
 */

/** NFKC folds full-width punctuation to half-width; quotes lose their direction; whitespace goes. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟"〝〞]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, '');
}

let site: BuiltSite;
beforeAll(() => {
  site = builtSite();
});

describe('source text whole on task pages', () => {
  it('fold() makes display and verbatim text of a cell equal, and nothing else', () => {
    expect(fold('完成投资240.3亿元，5个项目提前转化开工。')).toBe(fold('完成投资240.3亿元,5个项目提前转化开工。'));
    expect(fold('“工业在线”')).toBe(fold('”工业在线“'));
    expect(fold('达到60%以上〔目标1〕。')).not.toBe(fold('达到60%以上。'));
  });

  it('every target and completion cell of every year is found whole in the text of its task page', () => {
    const years = siteFiles(site.dist, '.json').filter((f) => /^data\/\d{4}\.json$/.test(f));
    expect(years.length).toBeGreaterThan(0);
    const missing: string[] = [];
    let cells = 0;
    for (const file of years) {
      const data = OpenData.parse(JSON.parse(readFileSync(join(site.dist, file), 'utf8')));
      for (const task of data.tasks) {
        const main = elements(parsePage(site.dist, task.url)).find((e) => e.tagName === 'main')!;
        const page = fold(textOf(main));
        for (const [name, cell] of [
          ['目标任务', task.target],
          ['完成情况', task.completion],
        ] as const) {
          cells++;
          if (!page.includes(fold(cell))) missing.push(`${task.url}: ${name}「${cell.slice(0, 30)}…」`);
        }
      }
    }
    expect(cells).toBeGreaterThanOrEqual(180);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
