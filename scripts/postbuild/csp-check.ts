import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRawSource, listFiles } from './files.ts';

/** Something in the built site that a strict Content-Security-Policy (DEPLOY.md) would block. */
export interface CspProblem {
  file: string;
  /** Blocks the page under script-src 'self' (fatal) or only under style-src 'self' (warning). */
  kind: 'inline-script' | 'event-handler' | 'javascript-url' | 'inline-style' | 'style-attribute' | 'root-absolute';
  excerpt: string;
}

// Data blocks (JSON, JSON-LD) are never executed, so CSP does not govern them.
const DATA_SCRIPT = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

/** Lists what the recommended CSP would block in one HTML file (`file` only names it). */
export function findCspProblems(html: string, file: string): CspProblem[] {
  const problems: CspProblem[] = [];
  const add = (kind: CspProblem['kind'], excerpt: string) =>
    problems.push({ file, kind, excerpt: excerpt.slice(0, 120) });
  for (const m of html.matchAll(/<script\b((?:"[^"]*"|'[^']*'|[^>"'])*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (!/\ssrc\s*=/i.test(attrs) && !DATA_SCRIPT.test(attrs) && (m[2] ?? '').trim() !== '') add('inline-script', m[0]);
  }
  for (const m of html.matchAll(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi)) add('inline-style', m[0]);
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=\s*["']?[^>]*>/g)) add('event-handler', m[0]);
  for (const m of html.matchAll(/\s(?:href|src|action)\s*=\s*["']?\s*javascript:[^>]*/gi)) add('javascript-url', m[0]);
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\sstyle\s*=\s*["'][^>]*>/g)) add('style-attribute', m[0]);
  for (const m of html.matchAll(/\s(?:href|src|action|srcset)\s*=\s*["']?\/(?!\/)[^\s"'>]*/gi))
    add('root-absolute', m[0]);
  return problems;
}

/** Problems across every HTML page of a built site, in file order. */
export async function scanSite(outDir: string): Promise<CspProblem[]> {
  const all: CspProblem[] = [];
  for (const file of await listFiles(outDir)) {
    if (file.endsWith('.html') && !isRawSource(file))
      all.push(...findCspProblems(await readFile(join(outDir, file), 'utf8'), file));
  }
  return all;
}

const FATAL = new Set<CspProblem['kind']>(['inline-script', 'event-handler', 'javascript-url', 'root-absolute']);

/**
 * Post-build guard: an inline script, handler or root-absolute link fails the build (the site
 * promises zero inline JS and relative links); inline styles only warn, and the CSP browser test
 * (tests/e2e/deploy-csp.test.ts) fails on them. Single-file editions are meant to inline CSS.
 */
export async function cspCheck(outDir: string): Promise<void> {
  const problems = (await scanSite(outDir)).filter((p) => !isSingleFileEdition(p.file) || FATAL.has(p.kind));
  for (const p of problems.filter((q) => !FATAL.has(q.kind))) {
    console.warn(`警告:${p.file} 含内联样式(${p.kind}),在严格的 CSP(style-src 'self')下会被浏览器拦截:${p.excerpt}`);
  }
  const fatal = problems.filter((p) => FATAL.has(p.kind));
  if (fatal.length > 0) {
    const lines = fatal.map((p) => `  ${p.file}:${p.kind}:${p.excerpt}`);
    throw new Error(
      `构建产物不符合部署要求(内联脚本、事件属性或以 / 开头的链接),共 ${fatal.length} 处:\n${lines.join('\n')}\n请改为外部脚本文件和相对链接(src/lib/urls.ts 的 href())。`,
    );
  }
}

/** dist/<year>/report-<year>.html: the self-contained edition, whose CSS is inlined on purpose. */
export function isSingleFileEdition(file: string): boolean {
  return /^\d{4}\/report-\d{4}\.html$/.test(file);
}
