import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'parse5';

/**
 * Built pages are read into a hast tree and written back from it: every post-build step works on
 * elements and properties, never on the HTML text, so a change to a template cannot silently slip
 * past a pattern. One parser and one serializer for the whole integration keep the bytes stable.
 *
 * The parser is parse5 with hast-util-from-parse5, which is what rehype-parse runs, minus the
 * source positions nothing here uses: without them parsing the real site's 116 pages takes half
 * the CPU time (measured warm: 152 → 77 ms), which counts at 10,000 task pages.
 */

/** A whole HTML document as a hast tree (a fragment gets the implied <html>, <head> and <body>). */
export function parseHtml(html: string): Root {
  // scriptingEnabled: false, as rehype-parse does: <noscript> content is parsed as elements (so its
  // links are seen) and written back as markup, not as escaped text.
  return fromParse5(parse(html, { scriptingEnabled: false })) as Root;
}

/** The tree as HTML, deterministic; `<!DOCTYPE html>` upper-case as Astro writes it (html-validate doctype-style). */
export function serializeHtml(tree: Root): string {
  // Named character references (&lt; &amp; &quot;), as Astro writes them, not &#x3C; &#x26; &#x22;.
  return toHtml(tree, { upperDoctype: true, characterReferences: { useNamedReferences: true } });
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

/**
 * Calls `fn` on every element of the tree, in document order (children after their parent).
 * For the per-page pass over every built page, where unist-util-visit's generality costs: it
 * allocates an ancestor list per node, and on the 2,218 pages of a 10-year archive it took ~13×
 * the CPU of this loop (540 against 43 ms for 800 pages), more than the URL and CSP work itself.
 * Steps that need ancestors or to skip/replace nodes use unist-util-visit(-parents).
 */
export function eachElement(node: Root | Element, fn: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    fn(child);
    eachElement(child, fn);
  }
}
