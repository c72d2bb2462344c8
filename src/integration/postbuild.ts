import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  cspProblemsOf,
  findCspProblemsInTree,
  isSingleFileEdition,
  judgeCspProblems,
  type CspProblem,
} from './csp-check.ts';
import { isRawSource, listFiles } from './files.ts';
import { eachElement, parseHtml, serializeHtml } from './html.ts';
import { relativizeElement, relativizeTree, rewriteCss } from './relative-urls.ts';
import { inlineSingleFile, type ReadAsset } from './single-file.ts';

/**
 * The deploy work on a built site, each page read once into a tree: stylesheets first (the
 * single-file edition inlines them, so their URLs must already be relative), then every page —
 * root-absolute URLs made relative, the single-file edition's CSS and images inlined, and the CSP
 * guard run on the final tree. A page is written back only when its tree changed, so the step is
 * idempotent. Raw sources under sources/ are published byte for byte and never touched.
 * Returns the CSP warnings; throws on anything the recommended CSP would block outright.
 */
export async function deploySteps(outDir: string): Promise<string[]> {
  const files = (await listFiles(outDir)).filter((f) => !isRawSource(f));
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const path = join(outDir, file);
    const before = await readFile(path, 'utf8');
    const after = rewriteCss(before, file);
    if (after !== before) await writeFile(path, after);
  }
  const read: ReadAsset = async (path) => {
    const full = join(outDir, ...path.split('/'));
    return access(full).then(
      () => readFile(full),
      () => null,
    );
  };
  const problems: CspProblem[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = join(outDir, file);
    const tree = parseHtml(await readFile(path, 'utf8'));
    let changed = false;
    if (isSingleFileEdition(file)) {
      relativizeTree(tree, file);
      await inlineSingleFile(tree, file, read);
      problems.push(...findCspProblemsInTree(tree, file));
      changed = true;
    } else {
      // Every other page: one walk does both (the walk is a good part of the cost at 10,000 pages).
      eachElement(tree, (node) => {
        if (relativizeElement(node, file)) changed = true;
        cspProblemsOf(node, file, problems);
      });
    }
    if (changed) await writeFile(path, serializeHtml(tree));
  }
  return judgeCspProblems(problems);
}
