import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Minimal hast shapes (the parts these checks read). */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
  position?: { start: { line: number; column: number } };
}

/** Site-relative paths of every file under `dist` whose name ends in `ext`, sorted. */
export function siteFiles(dist: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** Parses a built page as a browser would (HTML5 parsing, not a lenient regex). */
export function parsePage(dist: string, path: string): HastNode {
  const text = readFileSync(join(dist, path), 'utf8');
  return unified().use(rehypeParse).parse(text) as unknown as HastNode;
}

/** Every element in document order (including <template> contents, which hast keeps as `content`). */
export function elements(tree: HastNode): HastNode[] {
  const out: HastNode[] = [];
  const walk = (node: HastNode): void => {
    if (node.type === 'element') out.push(node);
    for (const child of node.children ?? []) walk(child);
    const content = (node as { content?: HastNode }).content;
    if (content) walk(content);
  };
  walk(tree);
  return out;
}

export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export function where(path: string, node: HastNode): string {
  const start = node.position?.start;
  return start ? `${path}:${start.line}:${start.column}` : path;
}
