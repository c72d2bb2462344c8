import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integration/files.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { builtSite } from './support/build.ts';

/**
 * Issue 7 §4 on the real site: the bundle of the project's reports holds exactly the built site,
 * passes its own verification (zipped, unzipped, and with plain `sha256sum -c`), and opens from disk.
 */

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gzbg-archive-e2e-'));
let dist: string;
let zip: string;
let unpacked: string;
let browser: Browser;

function node(script: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
}

beforeAll(async () => {
  dist = builtSite().dist;
  const made = node('archive.ts', ['--dist', dist, '--out', work]);
  expect(made.status, made.stderr).toBe(0);
  const name = readdirSync(work).find((f) => f.endsWith('.zip'));
  if (!name) throw new Error(`no zip written:\n${made.stdout}`);
  zip = join(work, name);
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(work, 'x', path)), { recursive: true });
    writeFileSync(join(work, 'x', path), bytes);
  }
  unpacked = join(work, 'x', name.replace(/\.zip$/, ''));
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('archive bundle of the real site', () => {
  it('is named for the latest report date, never the clock', () => {
    expect(zip).toMatch(/gzbg-\d{4}-\d{2}-\d{2}\.zip$/);
    const dates = readdirSync(join(root, 'content/reports')).map(
      (y) => /written: "([\d-]+)"/.exec(readFileSync(join(root, 'content/reports', y, 'index.md'), 'utf8'))?.[1],
    );
    expect(zip).toContain(`gzbg-${dates.sort().at(-1)}.zip`);
  });

  it('holds the built site byte for byte, and the raw sources', async () => {
    const siteFiles = await listFiles(join(unpacked, 'site'));
    expect(siteFiles).toEqual(await listFiles(dist));
    for (const f of siteFiles)
      expect(readFileSync(join(unpacked, 'site', f)).equals(readFileSync(join(dist, f))), f).toBe(true);
    expect(await listFiles(join(unpacked, 'sources'))).toEqual(await listFiles(join(root, 'content/sources')));
  });

  it('holds the open data (JSON and CSV) beside the site', async () => {
    const data = await listFiles(join(unpacked, 'data')).catch(() => []);
    expect(data.some((f) => f.endsWith('.json'))).toBe(true);
    expect(data.some((f) => f.endsWith('.csv'))).toBe(true);
  });

  it('passes its own verification, zipped and unzipped, and with sha256sum -c', () => {
    for (const target of [zip, unpacked]) {
      const r = node('verify-archive.ts', [target]);
      expect(r.stdout).toContain('校验通过');
      expect(r.status).toBe(0);
    }
    const sums = spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    if (!sums.error) expect(sums.status, sums.stdout + sums.stderr).toBe(0);
  });

  it('opens from disk: home, a report and its single-file edition load with no failed request', async () => {
    const site = join(unpacked, 'site');
    const pages = (await listFiles(site)).filter(
      (f) => f === 'index.html' || /^\d{4}\/(index|report-\d{4})\.html$/.test(f),
    );
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const path of pages) {
      const { page, context, problems } = await openPage(browser, pathToFileURL(join(site, path)).href);
      // From file:// a stylesheet's rules are off limits; a loaded <link> still has a .sheet.
      const styles = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        unloaded: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
          .filter((l) => !l.sheet)
          .map((l) => l.href),
      }));
      await context.close();
      expect(styles.sheets, `${path} is unstyled`).toBeGreaterThan(0);
      expect(styles.unloaded).toEqual([]);
      expect({ path, ...problems }).toEqual({ path, consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    }
  });
});
