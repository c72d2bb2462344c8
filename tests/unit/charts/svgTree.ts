// Reads chart SVG strings as a tree (rehype-parse, no DOM) so tests assert structure, not regexes.
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function parseSvg(svg: string): Root {
  return unified().use(rehypeParse, { fragment: true, space: 'svg' }).parse(svg);
}

export function findAll(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') {
      if (test(n)) out.push(n);
      n.children.forEach(walk);
    } else if (n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return out;
}

export const byTag = (tag: string) => (e: Element) => e.tagName === tag;
export const hasClass = (name: string) => (e: Element) =>
  String(e.properties.className ?? '')
    .split(/[ ,]/)
    .includes(name) ||
  (Array.isArray(e.properties.className) && e.properties.className.includes(name));

export function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** One element per line, so a snapshot diff shows which mark moved. */
export function pretty(svg: string): string {
  return svg.replace(/><(?!\/)/g, '>\n<') + '\n';
}
