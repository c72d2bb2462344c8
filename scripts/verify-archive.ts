import { SourceError } from '../src/schema/source.ts';
import { verifyBundle } from './archive/verify.ts';

/**
 * npm run verify-archive -- <bundle.zip | unzipped folder>
 *
 * Checks every file against the bundle's SHA256SUMS and reports, file by file, what is missing,
 * altered or added (scripts/archive/verify.ts). Exit 0: intact; 1: any discrepancy; 2: the bundle
 * cannot be read (a catalogue error, printed `✗ [E_…] file:line → problem。fix`).
 */
verifyBundle(process.argv[2]).then(
  ({ lines, status }) => {
    for (const line of lines) console.log(line);
    process.exit(status);
  },
  (error: unknown) => {
    if (error instanceof SourceError) console.error(`✗ [${error.code}] ${error.message}`);
    else console.error(error);
    process.exit(2);
  },
);
