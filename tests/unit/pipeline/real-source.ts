import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every real source committed under content/sources/ (the tests run on whatever years exist,
 * nothing is hard-coded for 2024).
 */
export function realSources(): { year: string; file: string; bytes: Uint8Array }[] {
  const root = 'content/sources';
  return readdirSync(root)
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((year) =>
      readdirSync(join(root, year))
        .filter((f) => /\.txt$/.test(f))
        .map((f) => ({ year, file: join(root, year, f), bytes: new Uint8Array(readFileSync(join(root, year, f))) })),
    );
}

export const FIXTURES = 'tests/fixtures/pipeline';
