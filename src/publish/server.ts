/**
 * The production server for self-hosting: sirv (the static file server under Vite's preview) on node:http, serving
 * dist/ with the policy of policy.ts and the build's precompressed `.br`/`.gz` files. sirv reads the file list once
 * at start, picks the precompressed copy the client accepts, sends ETag and Last-Modified and answers matching
 * If-None-Match with 304. This module adds the policy's headers (also on 304s: a CDN refreshes its copy with them),
 * the content types the policy fixes (sirv keeps a Content-Type already set), the redirect of `/embed` to `/embed/`,
 * and a 404 that is not cached for long.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { baseHeaders, contentTypeFor, extensionOf, headersFor, hostFiles } from './policy.ts';

export interface SiteServerOptions {
  /** The built site. */
  dir: string;
}

const notFoundCache = 'public, max-age=60';

export function createSiteServer({ dir }: SiteServerOptions): Server {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  const notFoundPage = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : undefined;

  const notFound = (_req: IncomingMessage, res: ServerResponse) => {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
    res.statusCode = 404;
    res.setHeader('Cache-Control', notFoundCache);
    res.setHeader('Content-Type', notFoundPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    res.end(notFoundPage ?? 'Not found\n');
  };

  const files = sirv(dir, { etag: true, brotli: true, gzip: true, extensions: ['html'], dev: false, onNoMatch: notFound });

  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, baseHeaders).end();
      return;
    }
    if ((hostFiles as readonly string[]).includes(pathname) || pathname.includes('\0')) return notFound(req, res);
    // Pages are directories: send `/embed` to `/embed/`, as static hosts and nginx do, so there is one URL per page.
    if (!pathname.endsWith('/') && extensionOf(pathname) === '' && existsSync(join(dir, pathname, 'index.html'))) {
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      res.writeHead(301, { Location: `${pathname}/${query}`, ...baseHeaders, 'Cache-Control': notFoundCache });
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
    const contentType = contentTypeFor(pathname);
    if (contentType) res.setHeader('Content-Type', contentType);
    res.setHeader('Vary', 'Accept-Encoding');
    files(req, res);
  });
}

/** Starts the server; resolves with the address it listens on. */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}/`);
    });
  });
}
