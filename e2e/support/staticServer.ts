/**
 * A plain static file server for tests, as a basic host would be: files and
 * directory index.html only, a redirect to add the trailing slash, no SPA
 * fallback, no rewrites. Listens on a free port of 127.0.0.1. With `gzip`, text
 * is sent compressed to a client that accepts it, as production hosts do (the
 * bench's Lighthouse runs judge transfer sizes).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

interface ServeOptions {
  gzip?: boolean;
  /** A test's own answer for some paths, as a misconfigured host would give: true when it answered. */
  respond?: (pathname: string, res: ServerResponse) => boolean;
}

export async function serveStatic(root: string, { gzip = false, respond }: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (respond?.(url.pathname, res)) return;
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(normalize(root))) return void res.writeHead(403).end();
    let file = path;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && /text|json|javascript|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page that polls (?live=) keeps its keep-alive connection busy, so close() alone could wait past the test's timeout.
        server.closeAllConnections();
      }),
  };
}
