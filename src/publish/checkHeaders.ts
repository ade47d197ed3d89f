/**
 * Checks a running copy of the site (local or deployed) against the policy: asks for the story, the embeds, their
 * oEmbed and images, the manifest, the hashed assets the story loads, sitemap and robots, and compares each answer's
 * headers with `headersFor`. Used by `npm run check:headers -- <url>` and by the load test before it starts.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { compressibleExtensions, contentTypeFor, extensionOf, headersFor } from './policy.ts';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET with the given request headers; the body as sent (not decompressed). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    request.setTimeout(15_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on('error', reject);
    request.end();
  });
}

export interface Check {
  path: string;
  status: number;
  encoding: string;
  bytes: number;
  cacheControl: string;
  validator: string;
  /** Status of a conditional request with the validator (304 expected). */
  revalidated: number | undefined;
  problems: string[];
}

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
};

export const isCompressibleType = (path: string): boolean => {
  const ext = extensionOf(path);
  return ext === '' || (compressibleExtensions as readonly string[]).includes(ext);
};

/**
 * Problems with one answer for `path`: status, every header of the policy, the content type where the policy fixes
 * one, a validator, and the encoding (`encoding` for text files when the client accepts it; none for images and
 * other binary files).
 */
export function problemsWith(path: string, answer: Pick<Answer, 'status' | 'headers'>, encoding: string | undefined): string[] {
  const problems: string[] = [];
  if (answer.status !== 200) problems.push(`status ${answer.status}`);
  for (const [name, expected] of Object.entries(headersFor(path))) {
    const actual = header(answer.headers, name);
    if (actual !== expected) problems.push(`${name}: ${actual ? `"${actual}"` : 'missing'}, expected "${expected}"`);
  }
  const contentType = contentTypeFor(path);
  const actualType = header(answer.headers, 'content-type');
  if (contentType && actualType.toLowerCase() !== contentType) problems.push(`Content-Type: "${actualType}", expected "${contentType}"`);
  if (!header(answer.headers, 'etag') && !header(answer.headers, 'last-modified')) problems.push('no ETag or Last-Modified');
  const wanted = encoding && isCompressibleType(path) ? encoding : '';
  const actual = header(answer.headers, 'content-encoding');
  if (actual !== wanted) problems.push(`Content-Encoding: ${actual || 'none'}, expected ${wanted || 'none'}`);
  return problems;
}

/** Checks one path: a GET accepting `encoding`, then the same GET made conditional with the answer's validator. */
export async function checkPath(base: string, path: string, encoding = 'br'): Promise<Check> {
  const url = new URL(path, base).href;
  const accept = { 'Accept-Encoding': encoding === 'gzip' ? 'gzip' : `${encoding}, gzip` };
  const answer = await get(url, accept);
  const etag = header(answer.headers, 'etag');
  const lastModified = header(answer.headers, 'last-modified');
  const condition: Record<string, string> = etag ? { 'If-None-Match': etag } : lastModified ? { 'If-Modified-Since': lastModified } : {};
  const revalidated = Object.keys(condition).length ? (await get(url, { ...accept, ...condition })).status : undefined;
  const problems = problemsWith(path, answer, encoding);
  if (revalidated !== undefined && revalidated !== 304) problems.push(`conditional GET answered ${revalidated}, expected 304`);
  return {
    path,
    status: answer.status,
    encoding: header(answer.headers, 'content-encoding') || 'none',
    bytes: answer.body.length,
    cacheControl: header(answer.headers, 'cache-control'),
    validator: etag ? 'ETag' : lastModified ? 'Last-Modified' : 'none',
    revalidated,
    problems,
  };
}

export interface SitePaths {
  story: string;
  embeds: string[];
  /** oEmbed, images and the manifest of the embeds. */
  embedFiles: string[];
  /** Hashed assets the story and the first embed load. */
  assets: string[];
  other: string[];
}

const assetsIn = (html: string): string[] => [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]))];

/** The paths worth checking, found from the site itself: the story, the embed manifest and what the pages load. */
export async function discoverPaths(base: string): Promise<SitePaths> {
  const story = await get(new URL('/', base).href);
  if (story.status !== 200) throw new Error(`GET / answered ${story.status}`);
  const manifest = await get(new URL('/embed/charts.json', base).href);
  const charts: { url: string; oembed: string; image: string }[] = manifest.status === 200 ? JSON.parse(manifest.body.toString('utf8')) : [];
  const embeds = charts.map((chart) => chart.url);
  const embedHtml = embeds.length ? (await get(new URL(embeds[0], base).href)).body.toString('utf8') : '';
  const assets = [...new Set([...assetsIn(story.body.toString('utf8')), ...assetsIn(embedHtml)])];
  const embedScript = await get(new URL('/embed.js', base).href);
  return {
    story: '/',
    embeds,
    embedFiles: ['/embed/', '/embed/charts.json', ...charts.flatMap((chart) => [chart.oembed, chart.image])],
    assets,
    other: ['/sitemap.xml', '/robots.txt', '/favicon.svg', ...(embedScript.status === 200 ? ['/embed.js'] : [])],
  };
}

/** Checks every discovered path, Brotli accepted; the story and one asset also with gzip only. */
export async function checkSite(base: string): Promise<Check[]> {
  const paths = await discoverPaths(base);
  const checks: Check[] = [];
  for (const path of [paths.story, ...paths.embeds, ...paths.embedFiles, ...paths.assets, ...paths.other]) checks.push(await checkPath(base, path));
  for (const path of [paths.story, paths.assets[0]].filter(Boolean)) checks.push(await checkPath(base, path, 'gzip'));
  return checks;
}

/** The checks as a table, one line a path. */
export function formatChecks(checks: readonly Check[]): string {
  const rows = [
    ['path', 'status', 'encoding', 'bytes', 'cache-control', 'validator', 'conditional', 'verdict'],
    ...checks.map((check) => [
      check.path,
      String(check.status),
      check.encoding,
      String(check.bytes),
      check.cacheControl,
      check.validator,
      String(check.revalidated ?? '-'),
      check.problems.length ? `FAIL: ${check.problems.join('; ')}` : 'ok',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (i === rows[0].length - 1 ? 0 : row[i].length))));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
