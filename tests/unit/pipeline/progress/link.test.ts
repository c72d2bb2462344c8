import { describe, expect, it } from 'vitest';
import { linkProgressRows, normalizedTarget, PROGRESS_LINK_THRESHOLD } from '../../../../src/pipeline/progress/link.ts';

// 镇海区 2024: rows of the 半年度进展情况 and tasks of the 年度完成情况 (numbering differs).
const progress = [
  { id: '1', target: '加大面向中小微民营企业的政府采购力度。' },
  { id: '4', target: '地区生产总值增长6%左右。' },
  { id: '5', target: '城乡居民人均可支配收入与经济增长同步,城乡居民收入倍差持续缩小。' },
  { id: '7', target: '高质量推进第五次全国经济普查' },
];
const final = [
  { id: '1', target: '地区生产总值增长6%左右。' },
  { id: '2', target: '城乡居民人均可支配收入与经济增长同步，城乡居民收入倍差持续缩小。' },
  { id: '4', target: '高质量推进第五次全国经济普查。' },
  { id: '9', target: '新增人才安居专用房300套以上。' },
];

describe('linking progress rows to the year’s tasks', () => {
  const links = linkProgressRows(progress, final);

  it('matches by target text, not by number: exact after normalization (width, punctuation)', () => {
    expect(links.get('4')).toEqual({ id: '1', score: 1, method: 'exact' });
    expect(links.get('5')).toEqual({ id: '2', score: 1, method: 'exact' });
    expect(links.get('7')).toEqual({ id: '4', score: 1, method: 'exact' });
  });

  it('keeps a row the final report lacks as unmatched', () => {
    expect(links.get('1')).toMatchObject({ id: null, method: 'none' });
  });

  it('falls back to the closest by similarity, with its score, above the threshold', () => {
    const l = linkProgressRows([{ id: '3', target: '新增人才安居专用房300套' }], final).get('3')!;
    expect(l.method).toBe('similar');
    expect(l.id).toBe('9');
    expect(l.score).toBeGreaterThanOrEqual(PROGRESS_LINK_THRESHOLD);
    expect(l.score).toBeLessThan(1);
  });

  it('links one to one, and keeps figures in the exact match', () => {
    expect(normalizedTarget('增长6%左右。')).not.toBe(normalizedTarget('增长5%左右。'));
    const twice = linkProgressRows(
      [
        { id: 'a', target: '地区生产总值增长6%左右。' },
        { id: 'b', target: '地区生产总值增长6%左右' },
      ].map((r, i) => ({ ...r, id: String(i + 1) })),
      final,
    );
    expect([...twice.values()].filter((l) => l.id === '1')).toHaveLength(1);
  });
});
