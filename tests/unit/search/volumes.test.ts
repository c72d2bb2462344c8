import { describe, expect, test } from 'vitest';
import { volumeOf, volumesOf } from '../../../src/search/volumes.ts';

describe('search volumes: one Pagefind bundle per calendar decade', () => {
  test.each([
    [2020, '2020-2029'],
    [2024, '2020-2029'],
    [2029, '2020-2029'],
    [2030, '2030-2039'],
    [1999, '1990-1999'],
  ])('%i is in %s', (year, name) => expect(volumeOf(year).name).toBe(name));

  test('a decade’s first and last years', () => {
    expect(volumeOf(2019)).toEqual({ name: '2010-2019', first: 2010, last: 2019 });
  });

  test('not a year', () => {
    expect(() => volumeOf(2024.5)).toThrow(/not a report year/);
    expect(() => volumeOf(-1)).toThrow(/not a report year/);
  });

  test('the volumes of an archive, each once, newest first (the search page loads the first)', () => {
    expect(volumesOf([2019, 2024, 2020, 2031, 2018]).map((v) => v.name)).toEqual([
      '2030-2039',
      '2020-2029',
      '2010-2019',
    ]);
    expect(volumesOf([])).toEqual([]);
  });
});
