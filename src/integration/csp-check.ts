import { scanHtml, type StartTag } from './html.ts';

/** Something in the built site that a strict Content-Security-Policy (DEPLOY.md) would block. */
export interface CspProblem {
  file: string;
  /** Blocks the page under script-src 'self' (fatal) or only under style-src 'self' (warning). */
  kind: 'inline-script' | 'event-handler' | 'javascript-url' | 'inline-style' | 'style-attribute' | 'root-absolute';
  excerpt: string;
}

// Data blocks (JSON, JSON-LD) are never executed, so CSP does not govern them.
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
const ROOT_ABSOLUTE = /^\s*\/(?!\/)/;

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction']);

/**
 * Adds to `out` what the recommended CSP would block in one start tag read by scanHtml from the
 * page's text `html`. An inline script is judged on its text, by cspProblemsOfText.
 */
export function cspProblemsOfTag(tag: StartTag, file: string, html: string, out: CspProblem[]): void {
  let kinds: CspProblem['kind'][] | undefined;
  const add = (kind: CspProblem['kind']) => {
    kinds ??= [];
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  if (tag.name === 'style') add('inline-style');
  for (const { name, value } of tag.attrs) {
    if (name.length > 2 && name.startsWith('on')) add('event-handler');
    else if (name === 'style') add('style-attribute');
    else if (URL_ATTRS.has(name)) {
      if (/^\s*javascript:/i.test(value)) add('javascript-url');
      if (ROOT_ABSOLUTE.test(value)) add('root-absolute');
    } else if (name === 'srcset' && value.split(',').some((c) => ROOT_ABSOLUTE.test(c))) add('root-absolute');
  }
  if (kinds) for (const kind of kinds) out.push({ file, kind, excerpt: html.slice(tag.start, tag.end).slice(0, 120) });
}

/** An inline script, judged on the text scanHtml read between its tags (a data block or an external script is none). */
export function cspProblemsOfText(tag: StartTag, text: string, file: string, html: string, out: CspProblem[]): void {
  if (tag.name !== 'script' || text.trim() === '') return;
  const attr = (name: string) => tag.attrs.find((a) => a.name === name)?.value;
  if (attr('src') !== undefined || DATA_SCRIPT.test((attr('type') ?? '').trim())) return;
  out.push({ file, kind: 'inline-script', excerpt: html.slice(tag.start, tag.end).slice(0, 120) });
}

/** The same for one page's HTML, read by the tokenizer as the per-page pass reads it. */
export function findCspProblems(html: string, file: string): CspProblem[] {
  const problems: CspProblem[] = [];
  scanHtml(html, {
    startTag: (tag) => cspProblemsOfTag(tag, file, html, problems),
    elementText: (tag, text) => cspProblemsOfText(tag, text, file, html, problems),
  });
  return problems;
}

const FATAL = new Set<CspProblem['kind']>(['inline-script', 'event-handler', 'javascript-url', 'root-absolute']);

/**
 * The post-build guard: an inline script, handler or root-absolute link fails the build (the site
 * promises zero inline JS and relative links); inline styles only warn, and the CSP browser test
 * (tests/e2e/deploy-csp.test.ts) fails on them. Single-file editions are meant to inline CSS.
 * Returns the warnings; throws on anything fatal.
 */
export function judgeCspProblems(problems: CspProblem[]): string[] {
  const relevant = problems.filter((p) => !isSingleFileEdition(p.file) || FATAL.has(p.kind));
  const fatal = relevant.filter((p) => FATAL.has(p.kind));
  if (fatal.length > 0) {
    const lines = fatal.map((p) => `  ${p.file}:${p.kind}:${p.excerpt}`);
    throw new Error(
      `构建产物不符合部署要求（内联脚本、事件属性或以 / 开头的链接），共 ${fatal.length} 处：\n${lines.join('\n')}\n请改为外部脚本文件和相对链接（src/lib/urls.ts 的 href()）。`,
    );
  }
  return relevant.map(
    (p) => `警告：${p.file} 含内联样式（${p.kind}），在严格的 CSP（style-src 'self'）下会被浏览器拦截：${p.excerpt}`,
  );
}

/** dist/<year>/report-<year>.html: the self-contained edition, whose CSS is inlined on purpose. */
export function isSingleFileEdition(file: string): boolean {
  return /^\d{4}\/report-\d{4}\.html$/.test(file);
}
