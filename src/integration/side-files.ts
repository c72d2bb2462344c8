import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eachConcurrently } from './files.ts';

/**
 * The folder where Astro writes the side-file lists (src/pages/side-files/[year].json.ts): one JSON
 * object `{ files: { "<path under dist/>": "<text>" } }` per rendered year.
 */
export const SIDE_FILES_DIR = 'side-files';

/**
 * The files listed under dist/side-files/ (each task's citation files), path → text, and that folder
 * deleted. Thousands of small files, each rendered through its own Astro route, cost ~0.7 ms apiece;
 * written by writeSideFiles they cost a `writeFile` each. A listed path must be a plain relative
 * path, listed once: a path leaving dist/ could overwrite anything.
 */
export async function readSideFiles(outDir: string): Promise<Map<string, string>> {
  const dir = join(outDir, SIDE_FILES_DIR);
  const lists = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const files = new Map<string, string>();
  for (const list of lists.filter((f) => f.endsWith('.json')).sort()) {
    const parsed = JSON.parse(await readFile(join(dir, list), 'utf8')) as { files: Record<string, string> };
    for (const [path, text] of Object.entries(parsed.files)) {
      if (!isPlainRelative(path)) throw new Error(`${SIDE_FILES_DIR}/${list}: not a plain relative path: ${path}`);
      if (files.has(path)) throw new Error(`${SIDE_FILES_DIR}/${list}: ${path} is listed twice`);
      files.set(path, text);
    }
  }
  await rm(dir, { recursive: true, force: true });
  return files;
}

/**
 * Writes the side files. One folder's files one at a time (each new file takes its folder's lock,
 * and writers in one folder only spin on it), a few folders at once. A file left by an earlier build
 * is overwritten in place (src/integration/stale-files.ts); one written since `mark`, i.e. by a route
 * of this build, means two writers of one file: a bug. Reads and writes nothing the deploy pass or
 * the search step touches (.bib and .json beside the pages), so it runs beside them.
 */
export async function writeSideFiles(outDir: string, mark: number, files: ReadonlyMap<string, string>): Promise<void> {
  const byFolder = new Map<string, [string, string][]>();
  for (const [path, text] of files) {
    const folder = dirname(path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), [path, text]]);
  }
  await eachConcurrently([...byFolder], 4, async ([folder, entries]) => {
    await mkdir(join(outDir, folder), { recursive: true });
    for (const [path, text] of entries) {
      const full = join(outDir, ...path.split('/'));
      const existing = await stat(full).catch(() => null);
      if (existing && existing.mtimeMs >= mark)
        throw new Error(`${SIDE_FILES_DIR}: ${path} was already written by a route`);
      await writeFile(full, text);
    }
  });
}

/** `a/b.c`: no leading slash, backslash, empty, `.` or `..` segment. */
function isPlainRelative(path: string): boolean {
  return !path.includes('\\') && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
