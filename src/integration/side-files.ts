import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The folder where Astro writes the side-file lists (src/pages/side-files/[year].json.ts): one JSON
 * object `{ files: { "<path under dist/>": "<text>" } }` per rendered year.
 */
export const SIDE_FILES_DIR = 'side-files';

/**
 * Writes the files listed under dist/side-files/ (each task's citation files) and deletes that
 * folder. Thousands of small files, each rendered through its own Astro route, cost ~0.7 ms apiece;
 * written here they cost a `writeFile` each. Runs before the deploy pass, so the site it sees is
 * the finished one. A listed path must be a plain relative path that no route of this build (since
 * `mark`, see stale-files.ts) wrote: two writers of one file would be a bug, and a path leaving dist/
 * could overwrite anything.
 */
export async function writeSideFiles(outDir: string, mark: number): Promise<number> {
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
  for (const folder of new Set([...files.keys()].map((p) => dirname(p))))
    await mkdir(join(outDir, folder), { recursive: true });
  // One at a time: each new file takes its folder's lock, and writers in parallel only spin on it.
  // A file left by an earlier build is overwritten in place (src/integration/stale-files.ts); one
  // written since `mark`, i.e. by a route of this build, means two writers of one file: a bug.
  for (const [path, text] of files) {
    const full = join(outDir, ...path.split('/'));
    const existing = await stat(full).catch(() => null);
    if (existing && existing.mtimeMs >= mark)
      throw new Error(`${SIDE_FILES_DIR}: ${path} was already written by a route`);
    await writeFile(full, text);
  }
  return files.size;
}

/** `a/b.c`: no leading slash, backslash, empty, `.` or `..` segment. */
function isPlainRelative(path: string): boolean {
  return !path.includes('\\') && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
