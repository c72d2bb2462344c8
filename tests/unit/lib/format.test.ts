import { describe, expect, it } from 'vitest';
import { fileSize, percent } from '../../../src/lib/format.ts';
import { statusFromSlug, statusSlug } from '../../../src/lib/status.ts';
import { statuses } from '../../../src/schema/index.ts';

describe('percent(part, whole)', () => {
  it('rounds to one decimal', () => expect(percent(1, 3)).toBe('33.3%'));
  it('drops a zero decimal', () => expect(percent(45, 90)).toBe('50%'));
  it('shows a dash for an empty whole', () => expect(percent(0, 0)).toBe('—'));
});

describe('fileSize(bytes)', () => {
  it('gives exact bytes for small files', () => expect(fileSize(9_999)).toBe('9,999 字节'));
  it('gives KB above 10 KB', () => expect(fileSize(41_746)).toBe('40.8 KB'));
  it('gives MB above 10 MB', () => expect(fileSize(12 * 1_048_576)).toBe('12.0 MB'));
});

describe('statusSlug(status) / statusFromSlug(slug)', () => {
  it('uses hyphens in URLs', () => expect(statusSlug('in_progress')).toBe('in-progress'));
  it('round-trips every status', () =>
    expect(statuses.map((s) => statusFromSlug(statusSlug(s)))).toEqual([...statuses]));
  it('knows no other slug', () => expect(statusFromSlug('done')).toBeUndefined());
});
