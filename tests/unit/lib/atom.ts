import { DOMParser } from '@xmldom/xmldom';

/**
 * Checks an Atom document against every MUST of RFC 4287 that applies to what the site writes
 * (sections 3, 4.1.1–4.1.3, 4.2.*): well-formed XML (the parser fails on any error), the feed and
 * entry elements' required and at-most-once children, RFC 3339 dates, IRIs for ids, link rules,
 * text constructs without markup. Returns the problems found (empty: valid). No maintained Atom
 * RelaxNG validator runs in Node without native code, hence this; it is used by the unit test on
 * feedXml and the built-site test on dist/feed.xml.
 */
export function atomProblems(text: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: string) => {
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(text, 'application/xml');
  const NS = 'http://www.w3.org/2005/Atom';
  const feed = doc.documentElement;
  if (!feed || feed.localName !== 'feed' || feed.namespaceURI !== NS) return ['root is not atom:feed'];
  const kids = (el: Element, name?: string) =>
    Array.from(el.childNodes).filter(
      (n): n is Element =>
        n.nodeType === 1 && (n as Element).namespaceURI === NS && (!name || (n as Element).localName === name),
    );
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const iri = /^[a-z][a-z0-9+.-]*:\S+$/i;
  const once = (el: Element, name: string, where: string, required: boolean) => {
    const n = kids(el, name).length;
    if (n > 1) problems.push(`${where}: more than one atom:${name}`);
    if (required && n === 0) problems.push(`${where}: no atom:${name}`);
  };
  const text_ = (el: Element, where: string) => {
    const type = el.getAttribute('type') || 'text';
    if (!['text', 'html', 'xhtml'].includes(type)) problems.push(`${where}: text construct type "${type}"`);
    if (type === 'text' && Array.from(el.childNodes).some((n) => n.nodeType === 1))
      problems.push(`${where}: child elements in a type="text" construct`);
  };
  const common = (el: Element, where: string) => {
    once(el, 'id', where, true);
    once(el, 'title', where, true);
    once(el, 'updated', where, true);
    once(el, 'rights', where, false);
    for (const id of kids(el, 'id'))
      if (!iri.test(id.textContent ?? ''))
        problems.push(`${where}: atom:id "${id.textContent}" is not an absolute IRI`);
    for (const u of [...kids(el, 'updated'), ...kids(el, 'published')])
      if (!rfc3339.test(u.textContent ?? '')) problems.push(`${where}: date "${u.textContent}" is not RFC 3339`);
    for (const name of ['title', 'subtitle', 'summary', 'rights'])
      for (const t of kids(el, name)) text_(t, `${where} atom:${name}`);
    const alternates = new Set<string>();
    for (const link of kids(el, 'link')) {
      if (!link.getAttribute('href')) problems.push(`${where}: atom:link without href`);
      if ((link.getAttribute('rel') ?? 'alternate') === 'alternate') {
        const key = `${link.getAttribute('type') ?? ''}|${link.getAttribute('hreflang') ?? ''}`;
        if (alternates.has(key)) problems.push(`${where}: two alternate links with the same type and hreflang`);
        alternates.add(key);
      }
    }
    for (const person of [...kids(el, 'author'), ...kids(el, 'contributor')])
      if (kids(person, 'name').length !== 1) problems.push(`${where}: person construct needs exactly one atom:name`);
  };
  common(feed, 'feed');
  once(feed, 'subtitle', 'feed', false);
  once(feed, 'generator', 'feed', false);
  once(feed, 'icon', 'feed', false);
  once(feed, 'logo', 'feed', false);
  const entries = kids(feed, 'entry');
  const feedHasAuthor = kids(feed, 'author').length > 0;
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    common(entry, where);
    once(entry, 'summary', where, false);
    once(entry, 'content', where, false);
    once(entry, 'published', where, false);
    if (!feedHasAuthor && kids(entry, 'author').length === 0)
      problems.push(`${where}: no atom:author in entry or feed`);
    if (
      kids(entry, 'content').length === 0 &&
      !kids(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')
    )
      problems.push(`${where}: neither atom:content nor an alternate link`);
    const id = kids(entry, 'id')[0]?.textContent ?? '';
    if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
    ids.add(id);
  });
  return problems;
}
