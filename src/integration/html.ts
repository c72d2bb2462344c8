import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parse, Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

/**
 * Built pages are read by parse5, the spec's HTML parser, never matched with patterns, so a change
 * to a template cannot silently slip past a regular expression. Two ways: a hast tree written back
 * whole (parseHtml/serializeHtml: the single-file edition, whose structure changes), and, for the
 * per-page pass over every page, parse5's tokenizer alone (scanHtml), whose tags carry source
 * offsets, so the few attribute values that change are replaced in place (applyEdits) and the rest
 * of the page stays as Astro wrote it.
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

/** A start tag as the HTML tokenizer read it, with where it and each attribute sit in the page's text. */
export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /**
   * Attributes as a browser reads them: lower-case names, character references decoded, the first
   * of duplicates. A step that changes `value` records an edit at `location(name)`.
   */
  attrs: { name: string; value: string }[];
  /** Offsets of the whole tag in the page's text (`<` … `>`). */
  start: number;
  end: number;
  /** Offsets of one attribute (`name="value"`, quotes included) in the page's text. */
  location: (name: string) => { start: number; end: number };
}

/** What a scan reports: every start tag, and the text of each raw-text element (script, style…) with its offsets. */
export interface ScanHandler {
  startTag(tag: StartTag): void;
  /** `text` decoded as the tree would hold it; `start`/`end` the offsets of its source between the tags. */
  elementText?(tag: StartTag, text: string, start: number, end: number): void;
}

/** Elements whose content the HTML parser reads as text, and how it tells the tokenizer (scripting off, as parseHtml). */
const TEXT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/**
 * Reads a page with parse5's HTML tokenizer — the first stage of parseHtml, without building a
 * tree — and reports its start tags and the text of its script and style elements, each with source
 * offsets. For the per-page pass over every built page, which only looks at tags and edits a few
 * attribute values: building and re-serializing a tree for that cost ~3× the CPU (2,218 pages:
 * tokenizing ~1.3 s, tree ~1 s more, serializing ~1.4 s). The tokenizer is switched into text
 * states exactly where the tree builder would switch it (script, style, title… in HTML content, not
 * in SVG or MathML), so tags inside a script or a title are text, as in the tree.
 */
export function scanHtml(html: string, on: ScanHandler): void {
  let foreign = 0;
  // The open script/style element whose text is being gathered (one at a time: text elements do not nest).
  let open: { tag: StartTag; chars: string[] } | null = null;
  const chars = (token: Token.CharacterToken) => {
    if (open) open.chars.push(token.chars);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const location = token.location!;
      const tag: StartTag = {
        name: token.tagName,
        attrs: token.attrs,
        start: location.startOffset,
        end: location.endOffset,
        location: (name) => {
          const at = location.attrs![name]!;
          return { start: at.startOffset, end: at.endOffset };
        },
      };
      on.startTag(tag);
      if (foreign === 0) {
        const state = TEXT_STATES[tag.name];
        if (state !== undefined) tokenizer.state = state;
      }
      if ((tag.name === 'svg' || tag.name === 'math') && !token.selfClosing) foreign++;
      if ((tag.name === 'script' || tag.name === 'style') && !(foreign > 0 && token.selfClosing))
        open = { tag, chars: [] };
      tokenizer.inForeignNode = foreign > 0;
    },
    onEndTag(token) {
      if (open && token.tagName === open.tag.name) {
        on.elementText?.(open.tag, open.chars.join(''), open.tag.end, token.location!.startOffset);
        open = null;
      }
      if ((token.tagName === 'svg' || token.tagName === 'math') && foreign > 0) foreign--;
      tokenizer.inForeignNode = foreign > 0;
    },
    onCharacter: chars,
    onWhitespaceCharacter: chars,
    onNullCharacter: chars,
    onComment() {},
    onDoctype() {},
    onEof() {
      // An element left open at the end of the page (`<script>x` and nothing after) still has its text.
      if (open) on.elementText?.(open.tag, open.chars.join(''), open.tag.end, html.length);
      open = null;
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
}

/** A replacement of the text between two offsets of a page. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `html` with the edits (non-overlapping, any order) applied; everything else byte for byte as it was. */
export function applyEdits(html: string, edits: Edit[]): string {
  if (edits.length === 0) return html;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/** An attribute written as `name="value"`, the value escaped for a double-quoted attribute (as Astro writes it). */
export function attributeText(name: string, value: string): string {
  return `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}
