/**
 * The publishing policy: the one source of every response header the site's files carry, on any host. The build
 * writes it into `dist/_headers` (Netlify, Cloudflare Pages) and `deploy/nginx.conf` (self-hosting), and
 * `npm run serve` applies it directly; tests/unit/publish/ hold all three to `headersFor`.
 *
 * Plain TypeScript with `.ts` imports and no Astro: the Node scripts (serve, loadtest) import it as is.
 */
import { contentSecurityPolicy, frameAncestors } from '../lib/csp.ts';
import { localePath, locales } from '../i18n/locale.ts';

/** How long a file may be kept. Hashed files never change; pages are revalidated often (ETag / Last-Modified). */
export const cacheControl = {
  /** `/_astro/*`: the name changes with the content. */
  immutable: 'public, max-age=31536000, immutable',
  /** Images under stable names (social cards, static charts, the favicon): a day, then served stale for a week while revalidated. */
  image: 'public, max-age=86400, stale-while-revalidate=604800',
  /** HTML, oEmbed, the manifest, CSS under a stable name, sitemap, robots: one minute, then revalidated. */
  revalidate: 'public, max-age=60, must-revalidate',
} as const;
export type CacheClass = keyof typeof cacheControl;

/** Files whose names carry their content's hash (Astro's output). */
export const hashedPrefix = '/_astro/';
/** Embeddable charts and their images, oEmbed and manifest: other sites may frame them. */
export const embedPrefix = '/embed/';
/** The embeds of every edition: `/embed/`, `/ru/embed/`. */
export const embedPrefixes: readonly string[] = locales.map((locale) => localePath(locale, embedPrefix));
const underEmbeds = (path: string) => embedPrefixes.some((prefix) => path.startsWith(prefix));
/** Extensions served under the image policy. */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico'] as const;
/** Text files the build precompresses (`.br`, `.gz`). */
export const compressibleExtensions = ['html', 'css', 'js', 'mjs', 'json', 'svg', 'xml', 'txt', 'map', 'webmanifest', 'csv'] as const;
/** Pages not meant for readers: never in the sitemap, disallowed in robots.txt. */
export const notForReaders = ['/storyboard/'] as const;
/**
 * Pages that exist to be framed by other sites (`/embed/<chart>/`, `/ru/embed/<chart>/`): reachable, but not listed
 * in the sitemap.
 */
export const isEmbedFrame = (page: string): boolean => embedPrefixes.some((prefix) => page.startsWith(prefix) && /^[^/]+\/$/.test(page.slice(prefix.length)));
/**
 * Each step's own address (`/step/<id>/`, `/ru/step/<id>/`), for link previews: crawlable (a preview must fetch it), but
 * not listed in the sitemap, since its canonical page is the story.
 */
export const isStepAddress = (page: string): boolean => locales.some((locale) => page.startsWith(localePath(locale, '/step/')));
/** Files in the build that are instructions for hosts, not the site's content: never served. */
export const hostFiles = ['/_headers'] as const;

/**
 * Headers every response carries. `Access-Control-Allow-Origin: *` because an embed may run with an opaque origin
 * (WordPress frames it with `sandbox="allow-scripts"`, origin `null`), and then its module scripts, dynamic imports
 * and fetches (map outlines, story data) are CORS requests; the site is public and uses no credentials, so any origin
 * may read any file.
 */
export const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Access-Control-Allow-Origin': '*',
} as const;

/** The story's pages may be framed by the site itself only (also X-Frame-Options for old browsers). */
export const storyFrameHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; ${frameAncestors.story}`,
  'X-Frame-Options': 'SAMEORIGIN',
} as const;
/** Everything under /embed/ may be framed by anyone. */
export const embedFrameHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; ${frameAncestors.embed}`,
} as const;

export type Headers = Record<string, string>;

/**
 * Content types that hosts would otherwise send wrong or without a charset (nginx's mime.types has neither `.csv`
 * nor `.yml`; sirv sends `text/csv` bare): the CSV downloads are UTF-8 and carry Russian names; the oEmbed registry
 * entry (`/embed/oembed-provider.yml`) is there to be read and copied, so browsers show it as text.
 */
export const contentTypes: Readonly<Record<string, string>> = { csv: 'text/csv; charset=utf-8', yml: 'text/plain; charset=utf-8' };

/** The extension of a URL path's last segment, lower case, or '' (a page: `/`, `/embed/`, `/embed`). */
export function extensionOf(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** A URL path as the policy sees it: `/embed` is the page `/embed/`, `/x/index.html` stays itself. */
export function normalizePath(path: string): string {
  const clean = path.split(/[?#]/)[0] || '/';
  return extensionOf(clean) !== '' || clean.endsWith('/') ? clean : `${clean}/`;
}

/** An HTML page: a directory URL (served from its index.html) or a .html file. */
export const isPage = (path: string): boolean => {
  const ext = extensionOf(normalizePath(path));
  return ext === '' || ext === 'html';
};

/** The Content-Type `path` must be served with when the policy fixes it, else undefined (the host's own map). */
export function contentTypeFor(path: string): string | undefined {
  const ext = extensionOf(normalizePath(path));
  return Object.hasOwn(contentTypes, ext) ? contentTypes[ext] : undefined;
}

export function cacheClassFor(path: string): CacheClass {
  const normal = normalizePath(path);
  if (normal.startsWith(hashedPrefix)) return 'immutable';
  if ((imageExtensions as readonly string[]).includes(extensionOf(normal))) return 'image';
  return 'revalidate';
}

/** Every header (other than content ones: type, length, encoding, validators) for a request to `path`. */
export function headersFor(path: string): Headers {
  const normal = normalizePath(path);
  const headers: Headers = { ...baseHeaders, 'Cache-Control': cacheControl[cacheClassFor(normal)] };
  if (underEmbeds(normal)) Object.assign(headers, embedFrameHeaders);
  else if (isPage(normal) && !normal.startsWith(hashedPrefix)) Object.assign(headers, storyFrameHeaders);
  return headers;
}

/**
 * Rules that hosts apply by path prefix (`/*`, `/_astro/*`, `/embed/*`), for every file under them, present or
 * future. Each header name comes from at most one rule for any path: Netlify and Cloudflare Pages join the values
 * of a header set by two matching rules, which would break Cache-Control and the CSP.
 */
export const prefixRules: readonly { prefix: string; headers: Headers }[] = [
  { prefix: '/', headers: { ...baseHeaders } },
  { prefix: hashedPrefix, headers: { 'Cache-Control': cacheControl.immutable } },
  ...embedPrefixes.map((prefix) => ({ prefix, headers: { ...embedFrameHeaders } })),
];

/** The URL paths under which a built file is requested: `x/index.html` is `/x/` and `/x/index.html`. */
export function urlPathsOf(file: string): string[] {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
  return [path];
}

/** Whether a built file is published: not a precompressed copy, not a file for the host. */
export const isPublished = (file: string): boolean =>
  !/\.(br|gz)$/.test(file) && !urlPathsOf(file).some((path) => (hostFiles as readonly string[]).includes(path));
