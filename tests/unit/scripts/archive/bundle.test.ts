import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { zipBundle } from '../../../../scripts/archive/bundle.ts';
import { bundleDate } from '../../../../scripts/archive/date.ts';
import { MANIFEST, compareWithManifest, parseManifest, sha256 } from '../../../../scripts/archive/manifest.ts';
import { fixtureBundle, makeFixture } from './fixture.ts';

const fx = makeFixture();
afterAll(() => rmSync(fx.root, { recursive: true, force: true }));

const bundle = () => fixtureBundle(fx);

describe('bundleDate', () => {
  test('is the latest 成文日期 among the reports, not the clock', async () => {
    expect(await bundleDate(fx.content, {})).toBe('2032-02-03');
  });
  test('SOURCE_DATE_EPOCH wins when set', async () => {
    expect(await bundleDate(fx.content, { SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
  });
  test('a malformed SOURCE_DATE_EPOCH is refused in Chinese', async () => {
    await expect(bundleDate(fx.content, { SOURCE_DATE_EPOCH: 'yesterday' })).rejects.toThrow(
      /^SOURCE_DATE_EPOCH → 应为整数秒（Unix 时间），现为“yesterday”。/,
    );
  });
});

describe('collectBundle', () => {
  test('holds the site, the raw sources, the open data, ARCHIVE.md and a manifest of every other file', async () => {
    const { files } = await bundle();
    const paths = [...files.keys()];
    expect(paths).toContain('site/index.html');
    expect(paths).toContain('site/2031/report-2031.html');
    expect(paths).toContain('sources/2031/2031年政府工作报告年度完成情况(合成).txt');
    expect(paths).toContain('sources/2031/source.yaml');
    expect(paths).toContain('data/2031.json');
    const manifest = parseManifest(new TextDecoder().decode(files.get(MANIFEST)));
    expect([...manifest.keys()].sort()).toEqual(paths.filter((p) => p !== MANIFEST).sort());
    expect(compareWithManifest(manifest, files)).toEqual({ missing: [], altered: [], added: [], ok: files.size - 1 });
  });
  test('ARCHIVE.md says, in Chinese and English, what it is, where it came from, how to open and verify it', async () => {
    const readme = new TextDecoder().decode((await bundle()).files.get('ARCHIVE.md'));
    for (const heading of [
      '## 这是什么',
      '## 来源与出处',
      '## 如何打开',
      '## 如何校验',
      '## What this is',
      '## Source and provenance',
      '## How to open',
      '## How to verify',
    ]) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain('https://example.gov.cn/2030.html');
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('site/2031/report-2031.html');
  });
});

describe('zipBundle', () => {
  test('two runs give the same bytes, under any time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = await bundle();
      const zipA = zipBundle(a.files, a.name, a.date);
      process.env.TZ = 'Asia/Shanghai';
      const b = await bundle();
      const zipB = zipBundle(b.files, b.name, b.date);
      expect(sha256(zipB)).toBe(sha256(zipA));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
  test('puts every file under one top folder, in a fixed order, with the bundle date', async () => {
    const { files, name, date } = await bundle();
    const zip = zipBundle(files, name, date);
    const keys = Object.keys(unzipSync(zip));
    expect(keys.every((k) => k.startsWith(`${name}/`))).toBe(true);
    expect(keys).toEqual([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    // DOS date of the first local header: 2032-02-03.
    const dosDate = zip[12]! | (zip[13]! << 8);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2032, 2, 3]);
  });
});
