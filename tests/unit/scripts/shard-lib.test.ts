import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, neighbourhood, sourceYears, yearOfPath } from '../../../scripts/shard-lib.ts';

describe('yearOfPath: which shard owns a built file', () => {
  it.each([
    ['2024/index.html', 2024],
    ['2024/tasks/07.html', 2024],
    ['2024/charts/status.svg', 2024],
    ['2024/report-2024.html', 2024],
    ['data/2024.csv', 2024],
    ['data/2024.json', 2024],
    ['sources/2024/2024年政府工作报告年度完成情况.txt', 2024],
  ])('%s belongs to %i', (path, year) => expect(yearOfPath(path)).toBe(year));
  it.each([
    'index.html',
    'compare/2023-2024.html',
    'compare/index.html',
    'search.html',
    'search/offline-index.js',
    'data.html',
    'data/schema.json',
    'data/2024.xml',
    'feed.xml',
    'sitemap.xml',
    '_astro/Base.abc.css',
    '20245/index.html',
    // The search bundles are one per decade, written by the cross-year shard (src/search/volumes.ts).
    'pagefind/2020-2029/pagefind.js',
    'pagefind/2020-2029/index/zh-cn_1.pf_index',
  ])('%s is not a year’s', (path) => expect(yearOfPath(path)).toBeUndefined());
});

describe('neighbourhood: the years a year’s pages read', () => {
  it('is the year and its neighbours in report-year order, gaps included', () => {
    expect(neighbourhood([2019, 2021, 2024], 2021)).toEqual([2019, 2021, 2024]);
    expect(neighbourhood([2019, 2021, 2024], 2019)).toEqual([2019, 2021]);
    expect(neighbourhood([2019, 2021, 2024], 2024)).toEqual([2021, 2024]);
    expect(neighbourhood([2024], 2024)).toEqual([2024]);
  });
  it('names a year that has no sources', () => {
    expect(() => neighbourhood([2023, 2024], 2022)).toThrow('no sources for 2022');
  });
});

describe('fingerprint: changes exactly when a shard’s inputs change', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'shard-fp-root-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'code');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const content = mkdtempSync(join(tmpdir(), 'shard-fp-content-'));
    writeFileSync(join(content, 'site.yaml'), 'name: x');
    for (const y of [2022, 2023, 2024, 2025]) {
      mkdirSync(join(content, 'sources', String(y)), { recursive: true });
      writeFileSync(join(content, 'sources', String(y), 't.txt'), `table ${y}`);
    }
    return { root, content };
  };
  it('reads the sources of the years it is given, the settings and the code, nothing else', () => {
    const { root, content } = setup();
    expect(sourceYears(content)).toEqual([2022, 2023, 2024, 2025]);
    const of2023 = () => fingerprint('2023', root, content, [2022, 2023, 2024], 'v24');
    const first = of2023();
    expect(of2023()).toBe(first);
    // Another year's table (not a neighbour): unchanged.
    writeFileSync(join(content, 'sources', '2025', 't.txt'), 'changed');
    expect(of2023()).toBe(first);
    // A neighbour's table, an overrides file, the settings, the code, the lockfile: changed.
    const changes = [
      () => writeFileSync(join(content, 'sources', '2024', 't.txt'), 'changed'),
      () => (
        mkdirSync(join(content, 'overrides'), { recursive: true }),
        writeFileSync(join(content, 'overrides', '2022.yaml'), 'x')
      ),
      () => writeFileSync(join(content, 'site.yaml'), 'name: y'),
      () => writeFileSync(join(root, 'src', 'a.ts'), 'other code'),
      () => writeFileSync(join(root, 'package-lock.json'), '{"x":1}'),
      () => writeFileSync(join(content, 'sources', '2023', 'source.yaml'), 'table: 2'),
    ];
    let last = of2023();
    for (const change of changes) {
      change();
      const now = of2023();
      expect(now).not.toBe(last);
      last = now;
    }
    // The Node version and the neighbourhood itself are inputs too.
    expect(fingerprint('2023', root, content, [2022, 2023, 2024], 'v25')).not.toBe(last);
    expect(fingerprint('2023', root, content, [2023, 2024], 'v24')).not.toBe(last);
  });
});
