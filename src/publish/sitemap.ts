/**
 * sitemap.xml and robots.txt from the site's routes: the pages Astro built (its own list of them) and the editions
 * registry, which says from a page's path which edition it is in. Pages that are editions of each other (`/embed/`,
 * `/ru/embed/`) get `hreflang` alternates, so a new edition is listed as soon as its pages are built. Pages not for
 * readers and chart frames for other sites are left out by the publishing policy.
 */
import { defaultLocale, edition, localePath, locales, type Locale } from '../i18n/locale.ts';
import { isEmbedFrame, isStepAddress, notForReaders } from './policy.ts';

export interface SitemapPage {
  /** URL path: `/`, `/embed/`, `/ru/`. */
  path: string;
  /** The edition the page is in. */
  locale: Locale;
  /** Its path in the default edition: pages with the same key are editions of each other (`/ru/embed/` → `/embed/`). */
  key: string;
}

/** A built page from its path as Astro lists it (`ru/embed/`; '' for the home page). */
export function routePage(pathname: string): SitemapPage {
  const path = `/${pathname.replace(/^\//, '')}`;
  const locale = locales.find((other) => other !== defaultLocale && path.startsWith(localePath(other, '/'))) ?? defaultLocale;
  const key = locale === defaultLocale ? path : path.slice(localePath(locale, '/').length - 1);
  return { path, locale, key };
}

/**
 * Whether a page belongs in the sitemap: for readers, not a chart frame for other sites, not a step's address (its
 * canonical is the story), not an error page.
 */
export const isListed = (page: SitemapPage): boolean =>
  !notForReaders.some((prefix) => page.path.startsWith(prefix)) && !isEmbedFrame(page.path) && !isStepAddress(page.path) && !/^\/(404|500)(\.html|\/)$/.test(page.path);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml on `site`: every listed page, with `hreflang` alternates (and `x-default`) when it has editions. */
export function sitemapXml(pages: readonly SitemapPage[], site: string): string {
  const listed = pages.filter(isListed).sort((a, b) => a.path.localeCompare(b.path));
  const url = (page: SitemapPage) => new URL(page.path, site).href;
  const editions = new Map<string, SitemapPage[]>();
  for (const page of listed) editions.set(page.key, [...(editions.get(page.key) ?? []), page]);
  const entries = listed.map((page) => {
    const group = editions.get(page.key)!;
    const links: string[] = [];
    if (group.length > 1) {
      const alternates = new Map(group.map((other) => [edition(other.locale).lang, url(other)]));
      alternates.set('x-default', url(group.find((other) => other.locale === defaultLocale) ?? page));
      for (const [hreflang, href] of [...alternates].sort(([a], [b]) => a.localeCompare(b))) {
        links.push(`    <xhtml:link rel="alternate" hreflang="${escape(hreflang)}" href="${escape(href)}"/>`);
      }
    }
    return ['  <url>', `    <loc>${escape(url(page))}</loc>`, ...links, '  </url>'].join('\n');
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
