import { describe, expect, it } from 'vitest';
import { headersFile, nginxConf } from '../../../src/publish/hostConfig';
import { cacheControl, contentTypeFor, headersFor, type Headers } from '../../../src/publish/policy';
import { fixtureFiles } from './fixture';
import { expectParity, headersFileFor, nginxContentTypeFor, nginxHeadersFor, parseHeadersFile, parseNginx } from '../../helpers/hosts';

describe('_headers and the nginx config hold to one policy', () => {
  it('for every file of a build (fixture with a Russian edition and a storyboard)', () => {
    expectParity(headersFile(fixtureFiles), nginxConf({ root: '/srv/site/dist' }), fixtureFiles);
  });

  it('for files added after the build: hashed assets and embed files still get their policy from the prefix rules', () => {
    const text = headersFile(fixtureFiles);
    expect(headersFileFor(text, '/_astro/new-chunk.Zz99.js')).toEqual(headersFor('/_astro/new-chunk.Zz99.js'));
    expect(headersFileFor(text, '/embed/new-chart/')['Content-Security-Policy']).toBe(headersFor('/embed/new-chart/')['Content-Security-Policy']);
    const nginx = parseNginx(nginxConf({ root: '/srv/site/dist' }));
    for (const path of ['/_astro/new-chunk.Zz99.js', '/embed/new-chart/', '/embed/new-chart.png', '/de/', '/photo.webp', '/data.csv', '/embed/new-chart.csv']) {
      expect(nginxHeadersFor(nginx, path), path).toEqual(headersFor(path));
      expect(nginxContentTypeFor(nginx, path), path).toBe(contentTypeFor(path));
    }
    expect(nginxContentTypeFor(nginx, '/ru/data/new.csv')).toBe('text/csv; charset=utf-8');
  });

  it('sends Access-Control-Allow-Origin once, from the catch-all rule, for every file an embed in an opaque origin loads', () => {
    const text = headersFile(fixtureFiles);
    const catchAll = parseHeadersFile(text).find((rule) => rule.pattern === '/*')!;
    expect(catchAll.headers).toContainEqual(['Access-Control-Allow-Origin', '*']);
    const nginx = parseNginx(nginxConf({ root: '/srv/site/dist' }));
    for (const path of ['/_astro/embedPage.Ab12.js', '/map/countries.svg', '/story-data.json', '/embed/export-surge/', '/embed.js', '/data/kz-ru-turnover.csv', '/embed/x.png']) {
      expect(headersFileFor(text, path)['Access-Control-Allow-Origin'], `_headers ${path}`).toBe('*');
      expect((nginxHeadersFor(nginx, path) as Headers)['Access-Control-Allow-Origin'], `nginx ${path}`).toBe('*');
    }
    // Also on errors: nginx adds it with `always`, so a 404 under an embed is readable too.
    expect(nginxConf({ root: '/srv/site/dist' })).not.toMatch(/add_header Access-Control-Allow-Origin "\*";/);
  });

  it('never sets one header in two matching _headers rules (hosts would join the values)', () => {
    const text = headersFile(fixtureFiles);
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.pattern)).toEqual(expect.arrayContaining(['/*', '/_astro/*', '/embed/*', '/', '/index.html', '/ru/']));
    expect(rules.find((rule) => rule.pattern === '/*')!.headers.map(([name]) => name)).not.toContain('Cache-Control');
    expect(rules.some((rule) => rule.pattern.includes('storyboard') && rule.headers.some(([, value]) => value === cacheControl.immutable))).toBe(false);
    // The reader of _headers catches a doubled header: a hand-added catch-all Cache-Control must fail.
    expect(() => headersFileFor(`${text}\n/*\n  Cache-Control: no-cache\n`, '/_astro/x.js')).toThrow(/more than one/);
  });

  it('gives each CSV (and the registry entry) of the build its UTF-8 content type in a rule of its own', () => {
    const rules = parseHeadersFile(headersFile(fixtureFiles));
    for (const pattern of ['/data/kz-ru-turnover.csv', '/ru/data/kz-ru-turnover.csv']) {
      expect(rules.find((rule) => rule.pattern === pattern)?.headers, pattern).toContainEqual(['Content-Type', 'text/csv; charset=utf-8']);
    }
    expect(rules.find((rule) => rule.pattern === '/embed/oembed-provider.yml')?.headers).toContainEqual(['Content-Type', 'text/plain; charset=utf-8']);
    expect(rules.filter((rule) => rule.headers.some(([name]) => name === 'Content-Type')).map((rule) => rule.pattern).sort())
      .toEqual(['/data/kz-ru-turnover.csv', '/embed/oembed-provider.yml', '/ru/data/kz-ru-turnover.csv']);
  });

  it('leaves out precompressed copies and host files', () => {
    const rules = parseHeadersFile(headersFile(fixtureFiles)).map((rule) => rule.pattern);
    expect(rules.filter((pattern) => /\.(br|gz)$|_headers/.test(pattern))).toEqual([]);
  });

});
