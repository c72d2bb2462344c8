import { describe, expect, it } from 'vitest';
import { href, pagePath, paths, taskSlug } from '../../../src/lib/urls.ts';

describe('href(from, to)', () => {
  it('links siblings with ./', () => expect(href('2024/tasks/7.html', '2024/tasks/8.html')).toBe('./8.html'));
  it('climbs to the root', () => expect(href('2024/tasks/7.html', 'index.html')).toBe('../../index.html'));
  it('descends from the root', () => expect(href('index.html', paths.task(2024, '7'))).toBe('./2024/tasks/7.html'));
  it('crosses folders', () => expect(href('2024/areas/jiaoyu.html', '2024/tasks/1.html')).toBe('../tasks/1.html'));
});

describe('pagePath(pathname, base)', () => {
  it('maps a folder to its index file', () => expect(pagePath('/2024/')).toBe('2024/index.html'));
  it('strips the base', () => expect(pagePath('/zwgk/2024/tasks/7.html', '/zwgk/')).toBe('2024/tasks/7.html'));
  it('keeps file names', () => expect(pagePath('/methodology.html')).toBe('methodology.html'));
});

describe('paths.task(year, id)', () => {
  it('keeps a task of one row at tasks/N.html', () => expect(paths.task(2024, '12')).toBe('2024/tasks/12.html'));
  it('puts sub-item N.k at tasks/N-k.html', () => expect(paths.task(2031, '12.3')).toBe('2031/tasks/12-3.html'));
  it('gives sub-items of one 编号 distinct files', () =>
    expect(new Set(['12', '12.1', '12.2', '1.2'].map((id) => taskSlug(id))).size).toBe(4));
});
