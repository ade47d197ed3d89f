import { describe, expect, it } from 'vitest';
import { robotsTxt, routePage, sitemapXml } from '../../../src/publish/sitemap';

const site = 'https://news.example/';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const entry = (xml: string, loc: string) => xml.match(new RegExp(`<url>\\n    <loc>${loc.replace(/[.?]/g, '\\$&')}</loc>\\n([\\s\\S]*?)  </url>`))?.[1] ?? 'missing';

describe('routePage(pathname)', () => {
  it('finds a page\'s edition and its path in the default edition from its path, as Astro lists it', () => {
    expect(routePage('')).toEqual({ path: '/', locale: 'en', key: '/' });
    expect(routePage('embed/')).toEqual({ path: '/embed/', locale: 'en', key: '/embed/' });
    expect(routePage('ru/')).toEqual({ path: '/ru/', locale: 'ru', key: '/' });
    expect(routePage('ru/embed/')).toEqual({ path: '/ru/embed/', locale: 'ru', key: '/embed/' });
  });
  it('does not take a path that only begins with an edition\'s letters for that edition', () => {
    expect(routePage('rules/')).toEqual({ path: '/rules/', locale: 'en', key: '/rules/' });
  });
});

describe('sitemapXml(pages, site) from the built routes', () => {
  it('lists the story and the embed index, not chart frames, the storyboard or error pages', () => {
    const xml = sitemapXml(['', 'embed/', 'embed/export-surge/', 'storyboard/', '404.html'].map(routePage), site);
    expect(locs(xml)).toEqual(['https://news.example/', 'https://news.example/embed/']);
    expect(xml).not.toContain('hreflang');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
  });

  it('links editions of the same page with hreflang and x-default once another edition is built', () => {
    const xml = sitemapXml(['', 'ru/', 'embed/', 'ru/embed/', 'ru/only/', 'ru/embed/reroute-map/'].map(routePage), site);
    expect(locs(xml)).toEqual(['https://news.example/', 'https://news.example/embed/', 'https://news.example/ru/', 'https://news.example/ru/embed/', 'https://news.example/ru/only/']);
    for (const loc of ['https://news.example/', 'https://news.example/ru/']) {
      expect(entry(xml, loc)).toBe(
        [
          '    <xhtml:link rel="alternate" hreflang="en" href="https://news.example/"/>',
          '    <xhtml:link rel="alternate" hreflang="ru" href="https://news.example/ru/"/>',
          '    <xhtml:link rel="alternate" hreflang="x-default" href="https://news.example/"/>',
          '',
        ].join('\n'),
      );
    }
    expect(entry(xml, 'https://news.example/ru/embed/')).toContain('hreflang="en" href="https://news.example/embed/"');
    expect(entry(xml, 'https://news.example/ru/only/')).toBe('');
  });

  it('writes every address on SITE_URL, escaped', () => {
    expect(locs(sitemapXml([routePage('a&b/')], 'https://other.example'))).toEqual(['https://other.example/a&amp;b/']);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers off the storyboard and points to the sitemap on SITE_URL', () => {
    const text = robotsTxt('https://news.example');
    expect(text).toContain('User-agent: *\nDisallow: /storyboard/\n');
    expect(text).toContain('Sitemap: https://news.example/sitemap.xml\n');
  });
});
