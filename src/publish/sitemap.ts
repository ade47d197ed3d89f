/**
 * sitemap.xml and robots.txt from the built pages. Each page says its own language (`<html lang>`), its canonical URL
 * (from SITE_URL) and whether it wants indexing, so another edition (e.g. `/ru/`, `<html lang="ru">`) is picked up
 * as soon as it is built, and pages that are editions of each other get `hreflang` alternates.
 */
import { isEmbedFrame, notForReaders } from './policy.ts';

export interface PageInfo {
  /** URL path: `/`, `/embed/`, `/ru/`. */
  path: string;
  /** Absolute URL: the page's canonical link, or the path on the site. */
  url: string;
  /** The page's language, `<html lang>` (lower case), '' if none. */
  lang: string;
  /** `<meta name="robots" content="noindex">`. */
  noindex: boolean;
  /** Alternates the page declares itself: `<link rel="alternate" hreflang="…" href="…">`. */
  alternates: { hreflang: string; href: string }[];
}

const attr = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What the sitemap needs from one built page. */
export function readPage(path: string, html: string, site: string): PageInfo {
  const head = html.slice(0, Math.max(html.search(/<\/head>/i), 0) || html.length);
  const htmlTag = head.match(/<html\b[^>]*>/i)?.[0] ?? '';
  const links = head.match(/<link\b[^>]*>/gi) ?? [];
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  const rel = (tag: string) => (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const canonical = links.find((tag) => rel(tag).includes('canonical'));
  const robots = metas.filter((tag) => /^(robots|googlebot)$/i.test(attr(tag, 'name') ?? ''));
  return {
    path,
    url: canonical && attr(canonical, 'href') ? new URL(unescape(attr(canonical, 'href')!), site).href : new URL(path, site).href,
    lang: (attr(htmlTag, 'lang') ?? '').toLowerCase(),
    noindex: robots.some((tag) => /\bnoindex\b/i.test(attr(tag, 'content') ?? '')),
    alternates: links
      .filter((tag) => rel(tag).includes('alternate') && attr(tag, 'hreflang') && attr(tag, 'href'))
      .map((tag) => ({ hreflang: attr(tag, 'hreflang')!.toLowerCase(), href: new URL(unescape(attr(tag, 'href')!), site).href })),
  };
}

/** Whether a page belongs in the sitemap: for readers, indexable, not a chart frame for other sites, not an error page. */
export const isListed = (page: PageInfo): boolean =>
  !page.noindex &&
  !notForReaders.some((prefix) => page.path.startsWith(prefix)) &&
  !isEmbedFrame(page.path) &&
  !/^\/(404|500)(\.html|\/)$/.test(page.path);

/**
 * The path a page has in the default edition: `/ru/embed/` is an edition of `/embed/` when the page's language is
 * `ru`. Pages with the same key are editions of each other.
 */
export function editionKey(page: PageInfo, defaultLang: string): string {
  const primary = page.lang.split('-')[0];
  const prefix = `/${primary}/`;
  return primary && primary !== defaultLang && page.path.startsWith(prefix) ? page.path.slice(prefix.length - 1) : page.path;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml: every listed page, with `hreflang` alternates (and `x-default`) when it has editions. */
export function sitemapXml(pages: readonly PageInfo[]): string {
  const listed = pages.filter(isListed).sort((a, b) => a.path.localeCompare(b.path));
  const defaultLang = (pages.find((page) => page.path === '/')?.lang || 'en').split('-')[0];
  const editions = new Map<string, PageInfo[]>();
  for (const page of listed) {
    const key = editionKey(page, defaultLang);
    editions.set(key, [...(editions.get(key) ?? []), page]);
  }
  const entries = listed.map((page) => {
    const group = editions.get(editionKey(page, defaultLang))!;
    const alternates = new Map<string, string>();
    for (const other of group) if (other.lang) alternates.set(other.lang, other.url);
    for (const declared of page.alternates) if (!alternates.has(declared.hreflang)) alternates.set(declared.hreflang, declared.href);
    const links: string[] = [];
    if (alternates.size > 1 || (alternates.size === 1 && !alternates.has(page.lang))) {
      const fallback = group.find((other) => other.lang.split('-')[0] === defaultLang) ?? page;
      if (!alternates.has('x-default')) alternates.set('x-default', fallback.url);
      for (const [hreflang, href] of [...alternates].sort(([a], [b]) => a.localeCompare(b))) {
        links.push(`    <xhtml:link rel="alternate" hreflang="${escape(hreflang)}" href="${escape(href)}"/>`);
      }
    }
    return ['  <url>', `    <loc>${escape(page.url)}</loc>`, ...links, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything open to crawlers but the pages not meant for readers; where the sitemap is. */
export function robotsTxt(site: string): string {
  return [
    'User-agent: *',
    ...notForReaders.map((prefix) => `Disallow: ${prefix}`),
    'Allow: /',
    '',
    `Sitemap: ${new URL('/sitemap.xml', site).href}`,
    '',
  ].join('\n');
}
