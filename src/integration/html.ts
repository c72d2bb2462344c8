import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

/**
 * Built pages are read by parse5, the spec's HTML parser, never matched with patterns, so a change
 * to a template cannot silently slip past a regular expression. The tokenizer alone (scanHtml), not
 * a tree: its tags carry source offsets, so the few values that change are replaced in place
 * (applyEdits) and the rest of the page stays as Astro wrote it. Every page goes this way, the
 * single-file edition included (src/integration/single-file.ts).
 */

/** A start tag as the HTML tokenizer read it, with where it and each attribute sit in the page's text. */
export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /**
   * Attributes as a browser reads them: lower-case names, character references decoded, the first
   * of duplicates. A step that changes `value` records an edit at `location(name)`.
   */
  attrs: { name: string; value: string }[];
  /** Written `<x … />` (meaningful in SVG and MathML; ignored on HTML elements). */
  selfClosing: boolean;
  /** Offsets of the whole tag in the page's text (`<` … `>`). */
  start: number;
  end: number;
  /** Offsets of one attribute (`name="value"`, quotes included) in the page's text. */
  location: (name: string) => { start: number; end: number };
}

/** What a scan reports: every start tag, and the text of each raw-text element (script, style…) with its offsets. */
export interface ScanHandler {
  startTag(tag: StartTag): void;
  /** An end tag (lower-case name) and its offsets (`</` … `>`). */
  endTag?(name: string, start: number, end: number): void;
  /** `text` decoded as the tree would hold it; `start`/`end` the offsets of its source between the tags. */
  elementText?(tag: StartTag, text: string, start: number, end: number): void;
}

/** Elements whose content the HTML parser reads as text, and how it tells the tokenizer (scripting off, as rehype-parse). */
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
 * Reads a page with parse5's HTML tokenizer — the first stage of parse5's parser, without building a
 * tree — and reports its start tags and the text of its script and style elements, each with source
 * offsets. For the pass over every built page, which only looks at tags and edits a few values: building and re-serializing a tree for that cost ~3× the CPU (2,218 pages:
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
        selfClosing: token.selfClosing,
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
      on.endTag?.(token.tagName, token.location!.startOffset, token.location!.endOffset);
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
