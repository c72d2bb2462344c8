import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deploySteps } from './postbuild.ts';
import { OFFLINE_INDEX_RENDERED } from '../search/offline-index.ts';
import {
  pagefindVersion,
  searchIndexStep,
  searchIndexSummary,
  startEarlyIndex,
  type EarlyIndex,
} from './search-index.ts';
import { readSideFiles, writeSideFiles } from './side-files.ts';
import { markBuildStart, removeStaleFiles } from './stale-files.ts';

export interface GzbgOptions {
  /** Absolute path of the content folder (sources, overrides, taxonomy; reports are generated into it). */
  content: string;
}

/**
 * The whole build of the site as one Astro integration, so that `astro build` alone gives the
 * finished dist/ (and `npm run build` is only `astro build` with folders chosen):
 *
 * - astro:config:setup — ingest: content/sources → content/reports, before Astro's content layer
 *   reads the reports. A setup hook rather than a content loader, because the generated Markdown
 *   is the committed, reviewed contract (`ingest --check` compares it with the sources): the site
 *   must be built from exactly those files, which the glob loader reads, and a bad source must stop
 *   the build with the editor's message before Astro starts. Only for `build` and `dev`: `astro check`
 *   and `astro sync` must not rewrite content, or `npm test`'s `ingest --check` could never fail.
 * - astro:build:start / astro:build:done — dist/ is rewritten in place rather than emptied first, and
 *   the files this build did not write are deleted at its end (src/integration/stale-files.ts).
 * - astro:build:done — then, at once: the files listed by src/pages/side-files/ written without
 *   routes of their own (src/integration/side-files.ts); the deploy work on each built page as
 *   parse5's tokenizer reads it (relative URLs, the single-file edition's inlining, the CSP guard;
 *   src/integration/postbuild.ts); the search index (Pagefind, from the offline index for file://;
 *   its indexing starts as soon as that endpoint is rendered: search-index.ts startEarlyIndex).
 */
export default function gzbg(options: GzbgOptions): AstroIntegration {
  let outDir = '';
  let buildStart = 0;
  let early: EarlyIndex | undefined;
  let pagefind = '';
  return {
    name: 'gzbg',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        // dist/ is overwritten in place, and what this build did not write is deleted at its end
        // (src/integration/stale-files.ts), instead of Astro emptying the folder first.
        // GZBG_SIDE_FILES: pages' code learns that the build writes the side files (src/lib/cite-routes.ts);
        // `import.meta.env.DEV` cannot tell, since NODE_ENV=test (vitest's children) makes it true in a build.
        if (command === 'build')
          updateConfig({
            vite: { build: { emptyOutDir: false }, define: { 'import.meta.env.GZBG_SIDE_FILES': 'true' } },
          });
        // Test fixtures whose reports are written by hand (tests/fixtures/site-tables) are built as
        // they are: regenerating them from their sources would replace what the test exercises.
        if (process.env.GZBG_SKIP_INGEST === '1') return void logger.info('跳过生成内容（GZBG_SKIP_INGEST=1）');
        logger.info('生成内容（ingest）');
        // The CLI itself, as a child: the same messages and atomic write as `npm run ingest`.
        const script = fileURLToPath(new URL('scripts/ingest.ts', config.root));
        // The stamp in Astro's cache folder lets an up-to-date content folder skip the pipeline (a
        // tenth of a 10,000-task build); anything it reads, or the reports themselves, changing runs it.
        const cache = config.cacheDir.href.endsWith('/') ? config.cacheDir : new URL(`${config.cacheDir.href}/`);
        const stamp = fileURLToPath(new URL('gzbg-ingest-stamp.json', cache));
        const result = spawnSync(process.execPath, [script, '--content', options.content, '--stamp', stamp], {
          cwd: fileURLToPath(config.root),
          stdio: 'inherit',
        });
        if (result.status !== 0)
          throw new Error(
            `生成内容（ingest）失败（退出码 ${result.status ?? result.signal}），见上方信息；网站未构建。`,
          );
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        pagefind = pagefindVersion(fileURLToPath(config.root));
      },
      'astro:build:start': () => {
        buildStart = markBuildStart(outDir);
        early = undefined;
        // The offline-index endpoint calls this as soon as it is rendered (build only; under `astro
        // dev` nothing sets it), so Pagefind indexes while Astro renders the other pages.
        (globalThis as Record<symbol, unknown>)[OFFLINE_INDEX_RENDERED] = (script: string) => {
          early ??= startEarlyIndex(script, outDir, pagefind);
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (fileURLToPath(dir) !== outDir) throw new Error(`build:done in ${fileURLToPath(dir)}, not ${outDir}`);
        delete (globalThis as Record<symbol, unknown>)[OFFLINE_INDEX_RENDERED];
        const side = await readSideFiles(outDir);
        // Before the deploy pass, so that no page of an earlier build is read, judged or rewritten;
        // pagefind/ is the search step's, and the side files are written over in place below.
        const stale = await removeStaleFiles(outDir, buildStart, ['pagefind'], new Set(side.keys()));
        if (stale > 0) logger.info(`删除上次构建留下、本次未生成的 ${stale} 个文件`);
        // Three at once, none reading what another writes: each task's citation files (.bib, .json),
        // the deploy pass on the main thread (pages and stylesheets), Pagefind mostly in its own
        // process (search/offline-index.js → pagefind/).
        logger.info(
          `写入各项任务的引用文件（${side.size} 个）；链接改为相对地址、单文件版内联、CSP 检查；同时生成搜索索引（Pagefind，读取 search/offline-index.js 中的记录）`,
        );
        const [, warnings, search] = await Promise.all([
          writeSideFiles(outDir, buildStart, side),
          deploySteps(outDir),
          searchIndexStep(outDir, early, pagefind),
        ]);
        for (const warning of warnings) logger.warn(warning);
        logger.info(searchIndexSummary(search));
      },
    },
  };
}
