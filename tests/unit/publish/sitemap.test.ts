import { describe, expect, it } from 'vitest';
import { readPage, robotsTxt, sitemapXml } from '../../../src/publish/sitemap';

const site = 'https://news.example/';
const page = (path: string, lang: string, extra = '') =>
  readPage(path, `<!doctype html><html lang="${lang}"><head><link rel="canonical" href="${new URL(path, site).href}">${extra}</head><body><a href="/x">x</a></body></html>`, site);

describe('sitemap.xml from the built pages', () => {
  it('lists the story and the embed index, not chart frames, the storyboard or noindex pages', () => {
    const xml = sitemapXml([
      page('/', 'en'),
      page('/embed/', 'en'),
      page('/embed/export-surge/', 'en'),
      page('/storyboard/', 'en'),
      page('/draft/', 'en', '<meta name="robots" content="noindex, nofollow">'),
    ]);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://news.example/', 'https://news.example/embed/']);
    expect(xml).not.toContain('hreflang');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
  });

  it('links editions of the same page with hreflang and x-default once a Russian edition is built', () => {
    const xml = sitemapXml([page('/', 'en'), page('/ru/', 'ru'), page('/embed/', 'en'), page('/ru/embed/', 'ru'), page('/ru/only/', 'ru')]);
    const entry = (loc: string) => xml.match(new RegExp(`<url>\\n    <loc>${loc.replace(/[.?]/g, '\\$&')}</loc>\\n([\\s\\S]*?)  </url>`))?.[1] ?? 'missing';
    for (const loc of ['https://news.example/', 'https://news.example/ru/']) {
      expect(entry(loc)).toBe(
        [
          '    <xhtml:link rel="alternate" hreflang="en" href="https://news.example/"/>',
          '    <xhtml:link rel="alternate" hreflang="ru" href="https://news.example/ru/"/>',
          '    <xhtml:link rel="alternate" hreflang="x-default" href="https://news.example/"/>',
          '',
        ].join('\n'),
      );
    }
    expect(entry('https://news.example/ru/embed/')).toContain('hreflang="en" href="https://news.example/embed/"');
    expect(entry('https://news.example/ru/only/')).toBe('');
  });

  it('keeps alternates a page declares itself, and uses the canonical URL from SITE_URL', () => {
    const declared = page('/', 'en', '<link rel="alternate" hreflang="kk" href="https://kk.news.example/">');
    expect(declared.alternates).toEqual([{ hreflang: 'kk', href: 'https://kk.news.example/' }]);
    const xml = sitemapXml([declared]);
    expect(xml).toContain('hreflang="kk" href="https://kk.news.example/"');
    expect(xml).toContain('hreflang="en" href="https://news.example/"');
    expect(readPage('/embed/', '<html lang="en"><head></head></html>', 'https://other.example').url).toBe('https://other.example/embed/');
  });
});

describe('robots.txt', () => {
  it('keeps crawlers off the storyboard and points to the sitemap on SITE_URL', () => {
    const text = robotsTxt('https://news.example');
    expect(text).toContain('User-agent: *\nDisallow: /storyboard/\n');
    expect(text).toContain('Sitemap: https://news.example/sitemap.xml\n');
  });
});
