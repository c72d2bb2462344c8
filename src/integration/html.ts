import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * Built pages are read into a hast tree and written back from it: every post-build step works on
 * elements and properties, never on the HTML text, so a change to a template cannot silently slip
 * past a pattern. One parser and one serializer for the whole integration keep the bytes stable.
 */
const parser = unified().use(rehypeParse);

/** A whole HTML document as a hast tree (a fragment gets the implied <html>, <head> and <body>). */
export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** The tree as HTML, deterministic; `<!DOCTYPE html>` upper-case as Astro writes it (html-validate doctype-style). */
export function serializeHtml(tree: Root): string {
  return toHtml(tree, { upperDoctype: true });
}

/** An element's start tag (children left out), for messages that quote what they found. */
export function startTag(node: Element): string {
  const html = toHtml({ ...node, children: [] });
  return html.slice(0, html.lastIndexOf('</') >= 0 ? html.lastIndexOf('</') : html.length);
}

/** A property as one string (hast property name); a space-separated list (class, rel) joined by spaces. */
export function prop(node: Element, name: string): string | null {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}
