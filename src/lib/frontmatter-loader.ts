import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's glob loader, keeping only each Markdown file's frontmatter: the site reads `entry.data`
 * and nothing else (no `render()`, no `entry.body`). The plain glob loader renders every body to
 * HTML while it syncs and keeps body and HTML in its data store, which the build then bundles,
 * serializes and loads back into the process that renders the pages; at 10,000 tasks the store was
 * 45 MB instead of 20.5 MB, content sync ~4 s longer and the peak RSS ~450 MiB higher
 * (BENCHMARKS.md, 2026-12-01).
 *
 * How: the same loader (same ids, digests, frontmatter parser and schema validation), told that
 * Markdown has no renderer — the context's entry types keep only their `getEntryInfo` — and not to
 * retain bodies. `entryTypes` is not in Astro's public LoaderContext type; if a future Astro stops
 * passing it, the loader falls back to the plain glob loader's behaviour (slower, same data).
 */
export function frontmatterGlob(options: { pattern: string; base: string; mayBeEmpty?: boolean }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base, retainBody: false });
  return {
    name: 'frontmatter-glob-loader',
    load: (given: LoaderContext) => {
      // A collection that is usually empty (in-year reports) should not warn an editor on every build
      // that no file matched; that message goes to the debug log instead.
      const context = options.mayBeEmpty ? quietWhenEmpty(given) : given;
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!(entryTypes instanceof Map)) return inner.load(context);
      const dataOnly = new Map<string, EntryType>();
      for (const [ext, type] of entryTypes) {
        dataOnly.set(ext, { extensions: type.extensions, getEntryInfo: type.getEntryInfo.bind(type) });
      }
      return inner.load({ ...context, entryTypes: dataOnly } as LoaderContext);
    },
  };
}

/** The context with the glob loader's "No files found matching" warning turned into a debug message. */
function quietWhenEmpty(context: LoaderContext): LoaderContext {
  const logger = Object.create(context.logger) as LoaderContext['logger'];
  logger.warn = (message: string) =>
    message.startsWith('No files found matching') ? context.logger.debug(message) : context.logger.warn(message);
  return { ...context, logger };
}

/** The part of Astro's internal ContentEntryType this loader keeps. */
interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
