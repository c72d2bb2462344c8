import { describe, expect, it } from 'vitest';
import { href, pagePath, paths } from '../../src/lib/urls.ts';

describe('href(from, to)', () => {
  it('links siblings with ./', () => expect(href('2024/tasks/7.html', '2024/tasks/8.html')).toBe('./8.html'));
  it('climbs to the root', () => expect(href('2024/tasks/7.html', 'index.html')).toBe('../../index.html'));
  it('descends from the root', () => expect(href('index.html', paths.task(2024, 7))).toBe('./2024/tasks/7.html'));
  it('crosses folders', () => expect(href('2024/areas/jiaoyu.html', '2024/tasks/1.html')).toBe('../tasks/1.html'));
});

describe('pagePath(pathname, base)', () => {
  it('maps a folder to its index file', () => expect(pagePath('/2024/')).toBe('2024/index.html'));
  it('strips the base', () => expect(pagePath('/zwgk/2024/tasks/7.html', '/zwgk/')).toBe('2024/tasks/7.html'));
  it('keeps file names', () => expect(pagePath('/methodology.html')).toBe('methodology.html'));
});
