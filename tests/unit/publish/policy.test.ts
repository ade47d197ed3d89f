import { describe, expect, it } from 'vitest';
import { cacheControl, contentTypeFor, headersFor, isEmbedFrame, isStepAddress, normalizePath, urlPathsOf } from '../../../src/publish/policy';
import { contentSecurityPolicy, frameAncestors } from '../../../src/lib/csp';

describe('the publishing policy', () => {
  it('marks hashed assets immutable for a year', () => {
    expect(cacheControl.immutable).toBe('public, max-age=31536000, immutable');
    for (const path of ['/_astro/maplibre-gl.Ij90Kl12.js', '/_astro/Base.Ab12Cd34.css', '/_astro/chart.Qr78St90.svg']) {
      expect(headersFor(path)['Cache-Control']).toBe(cacheControl.immutable);
    }
  });
  it('keeps pages, oEmbed, the manifest and other unhashed text short-lived and revalidated', () => {
    expect(cacheControl.revalidate).toMatch(/max-age=(\d|[1-9]\d|[1-2]\d\d|300)\b.*must-revalidate/);
    for (const path of ['/', '/index.html', '/embed/', '/embed', '/embed/export-surge/', '/embed/export-surge/oembed.json', '/embed/charts.json', '/no-js.css', '/sitemap.xml', '/robots.txt', '/ru/']) {
      expect(headersFor(path)['Cache-Control'], path).toBe(cacheControl.revalidate);
    }
  });
  it('caches images under stable names longer than pages and shorter than hashed files', () => {
    const maxAge = (value: string) => Number(value.match(/max-age=(\d+)/)![1]);
    for (const path of ['/embed/export-surge.png', '/embed/reroute-map.svg', '/favicon.svg']) expect(headersFor(path)['Cache-Control'], path).toBe(cacheControl.image);
    expect(maxAge(cacheControl.image)).toBeGreaterThan(maxAge(cacheControl.revalidate));
    expect(maxAge(cacheControl.image)).toBeLessThan(maxAge(cacheControl.immutable));
  });
  it('sends the security headers of before: the story framed by itself only, embeds by anyone', () => {
    for (const path of ['/', '/index.html', '/ru/']) {
      expect(headersFor(path)).toMatchObject({
        'Content-Security-Policy': `${contentSecurityPolicy}; ${frameAncestors.story}`,
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    }
    for (const path of ['/embed/export-surge/', '/embed/export-surge/index.html', '/embed/export-surge.png', '/embed', '/ru/embed/reroute-map/', '/ru/embed/reroute-map.png', '/ru/embed']) {
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(`${contentSecurityPolicy}; ${frameAncestors.embed}`);
      expect(headersFor(path), path).not.toHaveProperty('X-Frame-Options');
    }
    expect(headersFor('/_astro/x.Ab12.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': cacheControl.immutable,
    });
  });
  it('lets any origin read every file, so an embed framed with an opaque origin (WordPress\'s sandbox) still loads its scripts and data', () => {
    const loadedByEmbeds = [
      '/_astro/embedPage.Ab12Cd34.js', '/_astro/pym.v1.min.Ef56Gh78.js', '/_astro/Base.Ab12Cd34.css', '/map/countries.svg',
      '/story-data.json', '/ru/story-data.json', '/embed/export-surge/', '/ru/embed/reroute-map/', '/embed/export-surge/oembed.json',
      '/embed/export-surge.png', '/embed.js', '/embed/providers.json', '/data/kz-ru-turnover.csv', '/', '/favicon.svg', '/no-js.css',
    ];
    for (const path of loadedByEmbeds) expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
  });
  it('contentTypeFor(path) fixes the CSV downloads and the registry entry as UTF-8 and leaves every other type to the host', () => {
    expect(contentTypeFor('/data/kz-ru-turnover.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/ru/data/KZ-RU-TURNOVER.CSV?x=1')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/embed/oembed-provider.yml')).toBe('text/plain; charset=utf-8');
    for (const path of ['/', '/embed.js', '/embed/charts.json', '/x.constructor', '/x.toString', '/data/']) expect(contentTypeFor(path), path).toBeUndefined();
  });
  it('isEmbedFrame(page) knows each edition\'s chart frames, not their indexes', () => {
    expect(['/embed/export-surge/', '/ru/embed/reroute-map/'].every(isEmbedFrame)).toBe(true);
    expect(['/embed/', '/ru/embed/', '/ru/', '/embed/x/y/'].some(isEmbedFrame)).toBe(false);
  });
  it('isStepAddress(page) knows each edition\'s step addresses, and nothing else', () => {
    expect(['/step/hub/', '/ru/step/via-georgia/'].every(isStepAddress)).toBe(true);
    expect(['/', '/ru/', '/storyboard/', '/embed/step/', '/ru/embed/'].some(isStepAddress)).toBe(false);
  });
  it('reads paths as hosts serve them', () => {
    expect(normalizePath('/embed')).toBe('/embed/');
    expect(normalizePath('/embed/export-surge.png?v=1')).toBe('/embed/export-surge.png');
    expect(urlPathsOf('embed/export-surge/index.html')).toEqual(['/embed/export-surge/', '/embed/export-surge/index.html']);
    expect(urlPathsOf('index.html')).toEqual(['/', '/index.html']);
  });
});
