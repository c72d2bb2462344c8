import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  cspProblemsOfTag,
  cspProblemsOfText,
  findCspProblems,
  isSingleFileEdition,
  judgeCspProblems,
  type CspProblem,
} from './csp-check.ts';
import { byCodeUnit, eachConcurrently, isRawSource, listFiles } from './files.ts';
import { applyEdits, scanHtml, type Edit } from './html.ts';
import { relativizeStyleText, relativizeTag, rewriteCss, rewriteHtml } from './relative-urls.ts';
import { inlineSingleFile, type ReadAsset } from './single-file.ts';

/**
 * The deploy work on a built site: stylesheets first (the single-file edition inlines them, so their
 * URLs must already be relative), then every page, read once. An ordinary page is read by the HTML
 * tokenizer (scanHtml): its root-absolute URLs are made relative by replacing just those attribute
 * values (and <style> texts) where the tokenizer found them, and the CSP guard judges its tags as
 * they will be written. The single-file edition (one page a year) is read the same way, three times
 * over: its URLs made relative (rewriteHtml), its stylesheets, images and links to other pages
 * replaced (inlineSingleFile), and the result judged by the CSP guard. A page is written only when
 * something changed, so the step is idempotent. Raw sources under sources/ are published byte for byte and never touched.
 * Returns the CSP warnings; throws on anything the recommended CSP would block outright.
 *
 * Why not a tree (rehype): Astro links its stylesheets root-absolutely, so every page changes, and
 * parsing plus re-serializing 2,218 pages cost ~3.5 CPU s against ~0.7 s for the tokenizer alone
 * (BENCHMARKS.md, 2026-11-30, "winning back the build time"); the single-file editions on a tree
 * were the last +5% (BENCHMARKS.md, 2026-12-01).
 */
export async function deploySteps(outDir: string): Promise<string[]> {
  // pagefind/ is the search step's, written at the same time (src/integration/index.ts): no page there.
  const files = (await listFiles(outDir, (folder) => folder === 'pagefind')).filter((f) => !isRawSource(f));
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
  // A few pages in flight at once, so reading and writing one overlaps scanning another (one at a
  // time, the 10,000-task build waited on the disk for ~40 % of this step; BENCHMARKS.md, 2026-12-01).
  const pages = files.filter((f) => f.endsWith('.html'));
  await eachConcurrently(pages, PAGES_IN_FLIGHT, async (file) => {
    const path = join(outDir, file);
    const html = await readFile(path, 'utf8');
    if (isSingleFileEdition(file)) {
      // One page per year: its URLs made relative, then its stylesheets and images inlined, each by
      // the tokenizer's offsets; the CSP guard judges the page as written.
      const edition = await inlineSingleFile(rewriteHtml(html, file), file, read);
      problems.push(...findCspProblems(edition, file));
      if (edition !== html) await writeFile(path, edition);
      return;
    }
    // Every other page: read once by the tokenizer; the few attribute values that change (Astro's
    // root-absolute stylesheet links) are replaced where they stand, the rest kept as Astro wrote it.
    const edits: Edit[] = [];
    scanHtml(html, {
      startTag: (tag) => {
        relativizeTag(tag, file, html, edits);
        cspProblemsOfTag(tag, file, html, problems);
      },
      elementText: (tag, text, start, end) => {
        relativizeStyleText(tag, file, html, start, end, edits);
        cspProblemsOfText(tag, text, file, html, problems);
      },
    });
    if (edits.length > 0) await writeFile(path, applyEdits(html, edits));
  });
  // Each page's problems are pushed in one go (its scan is synchronous); a stable sort by file puts
  // them back in the order a page-by-page pass gives, so messages never depend on timing.
  problems.sort((a, b) => byCodeUnit(a.file, b.file));
  return judgeCspProblems(problems);
}

const PAGES_IN_FLIGHT = 8;
