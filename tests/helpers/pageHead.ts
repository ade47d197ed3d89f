/**
 * What a built page's `<head>` says about it for search engines: its language, canonical URL, `noindex`, and the
 * `hreflang` alternates it declares. The sitemap is made from the routes; tests hold it to what the pages say.
 */
const attr = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface PageHead {
  lang: string;
  canonical: string | undefined;
  noindex: boolean;
  /** `<link rel="alternate" hreflang href>` without a `type` (an oEmbed link has one), sorted by hreflang. */
  alternates: [string, string][];
}

export function pageHead(html: string): PageHead {
  const head = html.slice(0, Math.max(html.search(/<\/head>/i), 0) || html.length);
  const links = head.match(/<link\b[^>]*>/gi) ?? [];
  const rel = (tag: string) => (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const canonical = links.find((tag) => rel(tag).includes('canonical'));
  const robots = (head.match(/<meta\b[^>]*>/gi) ?? []).filter((tag) => /^(robots|googlebot)$/i.test(attr(tag, 'name') ?? ''));
  return {
    lang: (attr(head.match(/<html\b[^>]*>/i)?.[0] ?? '', 'lang') ?? '').toLowerCase(),
    canonical: canonical && attr(canonical, 'href') ? unescape(attr(canonical, 'href')!) : undefined,
    noindex: robots.some((tag) => /\bnoindex\b/i.test(attr(tag, 'content') ?? '')),
    alternates: links
      .filter((tag) => rel(tag).includes('alternate') && attr(tag, 'hreflang') && attr(tag, 'href') && !attr(tag, 'type'))
      .map((tag): [string, string] => [attr(tag, 'hreflang')!.toLowerCase(), unescape(attr(tag, 'href')!)])
      .sort(([a], [b]) => a.localeCompare(b)),
  };
}
