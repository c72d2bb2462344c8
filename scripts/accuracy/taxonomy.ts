/** The site's taxonomy, read from content/taxonomy.yaml (I/O only). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Taxonomy } from '../../src/schema/index.ts';

export function loadTaxonomy() {
  return Taxonomy.parse(parse(readFileSync(new URL('../../content/taxonomy.yaml', import.meta.url), 'utf8')));
}
