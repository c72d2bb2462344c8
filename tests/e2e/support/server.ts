import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A tiny static server over a built dist/, as a CDN would serve it: under `/` or under any prefix
 * (`/zwgk/gzbg/`), with real content types and optional extra headers (CSP etc.). Anything outside
 * the prefix or not a file is a 404. Every request path is recorded so tests can see what was asked.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.yaml': 'text/yaml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's own binary formats.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  /** URL path the site lives under; `/` (default) or e.g. `/zwgk/gzbg/`. */
  prefix?: string;
  /** Compress text responses with gzip when the browser accepts it, as a CDN or DEPLOY.md's nginx does. */
  gzip?: boolean;
  /** Extra headers on every response (e.g. Content-Security-Policy), or a function of the file path. */
  headers?: OutgoingHttpHeaders | ((file: string) => OutgoingHttpHeaders);
  /** Answer a folder URL with its index.html, as most hosts do (default true). */
  folderIndex?: boolean;
  /** Answer a 404 with the site's 404.html body (default false: a plain-text 404). */
  notFoundPage?: boolean;
}

export interface StaticServer {
  /** Base URL of the site, ending in `/`: http://127.0.0.1:PORT/prefix/ */
  url: string;
  origin: string;
  prefix: string;
  /** Every request as `METHOD path status`, in order. */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

export async function serve(dist: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dist);
  const prefix = normalizePrefix(options.prefix ?? '/');
  const requests: StaticServer['requests'] = [];
  const headersFor = (file: string): OutgoingHttpHeaders =>
    typeof options.headers === 'function' ? options.headers(file) : (options.headers ?? {});

  const server = createServer((req, res) => {
    const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const entry = { method: req.method ?? 'GET', path: rawPath, status: 404 };
    requests.push(entry);
    const respond = (status: number, headers: OutgoingHttpHeaders, file?: string): void => {
      entry.status = status;
      res.writeHead(status, headers);
      if (file && req.method !== 'HEAD') createReadStream(file).pipe(res);
      else res.end(file ? undefined : status === 404 ? 'Not Found\n' : '');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return respond(405, { allow: 'GET, HEAD' });
    const file = resolveFile(root, prefix, rawPath, options.folderIndex ?? true);
    if (!file) {
      const page = join(root, '404.html');
      if (options.notFoundPage && isFile(page)) {
        return respond(404, { ...headersFor(page), 'content-type': TYPES['.html'] }, page);
      }
      return respond(404, { 'content-type': 'text/plain; charset=utf-8' });
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // As DEPLOY.md's nginx does (gzip on, text types only), when asked to.
    if (
      options.gzip &&
      /^(text\/|application\/(javascript|json)|image\/svg)/.test(type) &&
      req.method === 'GET' &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      const body = gzipSync(readFileSync(file));
      entry.status = 200;
      res.writeHead(200, {
        ...headersFor(file),
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'Accept-Encoding',
      });
      res.end(body);
      return;
    }
    respond(200, { ...headersFor(file), 'content-type': type, 'content-length': statSync(file).size }, file);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + prefix,
    origin,
    prefix,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The file a URL path names inside `root`, or undefined (outside the prefix, escaping root, missing). */
function resolveFile(root: string, prefix: string, urlPath: string, folderIndex: boolean): string | undefined {
  if (!urlPath.startsWith(prefix)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  let file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (isDir(file)) {
    // A host would redirect `/2024` to `/2024/`; relative links only work after that, so no guessing.
    if (!folderIndex || !urlPath.endsWith('/')) return undefined;
    file = join(file, 'index.html');
  }
  return isFile(file) ? file : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
