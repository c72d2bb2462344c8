import type { Report } from '../schema/index.ts';
import { paths } from './urls.ts';
import { sha256, sourceBytes } from './sources.ts';

/** A downloadable file as the data page lists it: where it is, what it is, its size and sha256. */
export interface PublishedFile {
  path: string;
  kind: 'json' | 'csv' | 'schema' | 'source';
  bytes: number;
  sha256: string;
}

type Endpoint = { GET: (context: unknown) => Response | Promise<Response> };
// The open-data endpoints (src/pages/data/*) are called here with the same parameters the build uses,
// so the sizes and hashes on the data page are those of the very bytes published next to it.
const endpoints = import.meta.glob<Endpoint>('../pages/data/*.ts');

async function render(module: string, params: Record<string, string>): Promise<Uint8Array | undefined> {
  const load = endpoints[`../pages/data/${module}`];
  if (!load) return undefined;
  const response = await (await load()).GET({ params, props: {} });
  return new Uint8Array(await response.arrayBuffer());
}

function describe(path: string, kind: PublishedFile['kind'], bytes: Uint8Array | undefined): PublishedFile[] {
  return bytes ? [{ path, kind, bytes: bytes.byteLength, sha256: sha256(bytes) }] : [];
}

/**
 * The year's open data (JSON, CSV) and the raw sources of its reports, as published: the headline's
 * source, then those of the year's other reports (in-year progress reports, issue 13).
 */
export async function yearFiles(report: Report, others: readonly Report[] = []): Promise<PublishedFile[]> {
  const year = String(report.year);
  return [
    ...describe(paths.dataJson(report.year), 'json', await render('[year].json.ts', { year })),
    ...describe(paths.dataCsv(report.year), 'csv', await render('[year].csv.ts', { year })),
    ...[report, ...others].flatMap((r) => describe(paths.source(r.source.file), 'source', sourceBytes(r))),
  ];
}

/** The JSON Schema of the open data, shared by all years. */
export async function schemaFile(): Promise<PublishedFile[]> {
  return describe(paths.dataSchema(), 'schema', await render('schema.json.ts', {}));
}
