import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { byCodeUnit, listFiles } from '../../src/integration/files.ts';
import { isSingleFileEdition } from '../../src/integration/csp-check.ts';
import { MANIFEST, formatManifest } from './manifest.ts';
import { archiveReadme } from './readme.ts';
import type { ReportMeta } from './date.ts';
import { editorialNotes, type Origin, type Tools } from './provenance.ts';

export interface BundleInput {
  /** Built site (dist/). */
  dist: string;
  /** Content folder whose sources/ holds the raw files. */
  content: string;
  /** Bundle folder name, e.g. gzbg-2025-01-26. */
  name: string;
  date: string;
  siteName: string;
  reports: ReportMeta[];
  /** Repository and commit the bundle was built from (scripts/archive/provenance.ts gitOrigin). */
  origin?: Origin;
  /** Tool versions from package-lock.json. */
  tools?: Tools;
  /** Rights statement from content/site.yaml (`rights:`); empty: ARCHIVE.md says none was given. */
  rights?: string;
}

/**
 * Every file of the bundle by path inside it: site/, sources/ (raw files and their source.yaml),
 * overrides/ (the editors' corrections), data/ (the site's open data), ARCHIVE.md and the
 * SHA256SUMS of all the others.
 */
export async function collectBundle(input: BundleInput): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const add = async (root: string, under: string) => {
    for (const path of await listFiles(root)) files.set(`${under}/${path}`, await readFile(join(root, path)));
  };
  await add(input.dist, 'site');
  await add(join(input.content, 'sources'), 'sources');
  if (await isDir(join(input.content, 'overrides'))) await add(join(input.content, 'overrides'), 'overrides');
  if (await isDir(join(input.dist, 'data'))) await add(join(input.dist, 'data'), 'data');
  const singleFiles = (await listFiles(input.dist)).filter(isSingleFileEdition);
  const notes = await editorialNotes(input.content);
  const readme = archiveReadme({ ...input, singleFiles, notes, fileCount: files.size + 1 });
  files.set('ARCHIVE.md', new TextEncoder().encode(readme));
  files.set(MANIFEST, new TextEncoder().encode(formatManifest(files)));
  return files;
}

/**
 * A zip of the bundle under one top folder, byte-identical for the same files: entries in
 * code-unit order, every timestamp the bundle's date (fflate writes DOS local time, so the date is
 * built from local fields and reads back the same under any TZ), fixed compression level.
 */
export function zipBundle(files: ReadonlyMap<string, Uint8Array>, name: string, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  // Made on "Unix" with mode 0644: unzip then takes the names as UTF-8 (for FAT-made zips Debian's
  // unzip ignores the UTF-8 flag and garbles 2024年….txt) and extracts ordinary, read-write files.
  const options = { mtime, level: 9, os: 3, attrs: 0o100644 << 16 } as const;
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort(byCodeUnit)) entries[`${name}/${path}`] = [files.get(path)!, options];
  return zipSync(entries, options);
}

/**
 * The files of a bundle given as a .zip or a folder, keyed by path inside the bundle. A zip or
 * folder holding a single top folder (as `archive` writes it, or as unzipping creates it) is
 * looked into, so the manifest's paths line up.
 */
export async function readBundle(path: string): Promise<Map<string, Uint8Array>> {
  let files = new Map<string, Uint8Array>();
  if (await isDir(path)) {
    for (const rel of await listFiles(path)) files.set(rel, await readFile(join(path, rel)));
  } else {
    const entries = unzipSync(await readFile(path));
    for (const key of Object.keys(entries).sort(byCodeUnit)) if (!key.endsWith('/')) files.set(key, entries[key]!);
  }
  if (!files.has(MANIFEST)) {
    const tops = new Set([...files.keys()].map((p) => p.split('/')[0]));
    const [top] = tops;
    if (tops.size === 1 && top && files.has(`${top}/${MANIFEST}`)) {
      const inner = new Map<string, Uint8Array>();
      for (const [p, bytes] of files) inner.set(p.slice(top.length + 1), bytes);
      files = inner;
    }
  }
  return files;
}

async function isDir(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
