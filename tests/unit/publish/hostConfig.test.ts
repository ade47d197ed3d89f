import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { listFiles } from '../../../src/publish/compress';
import { headersFile, nginxConf } from '../../../src/publish/hostConfig';
import { cacheControl, headersFor, isPublished, urlPathsOf } from '../../../src/publish/policy';
import { fixtureFiles } from './fixture';
import { headersFileFor, nginxHeadersFor, parseHeadersFile, parseNginx } from './hosts';

const publishedPaths = (files: readonly string[]) => [...new Set(files.filter(isPublished).flatMap(urlPathsOf))];

/** `_headers` and the nginx block, read the way each host reads them, send exactly `headersFor` for every path. */
function expectParity(headersText: string, nginxText: string, files: readonly string[]) {
  const nginx = parseNginx(nginxText);
  const paths = publishedPaths(files);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    expect(headersFileFor(headersText, path), `_headers ${path}`).toEqual(headersFor(path));
    expect(nginxHeadersFor(nginx, path), `nginx ${path}`).toEqual(headersFor(path));
  }
  expect(nginxHeadersFor(nginx, '/_headers')).toBe('not served');
}

describe('_headers and the nginx config hold to one policy', () => {
  it('for every file of a build (fixture with a Russian edition and a storyboard)', () => {
    expectParity(headersFile(fixtureFiles), nginxConf({ root: '/srv/site/dist' }), fixtureFiles);
  });

  it('for files added after the build: hashed assets and embed files still get their policy from the prefix rules', () => {
    const text = headersFile(fixtureFiles);
    expect(headersFileFor(text, '/_astro/new-chunk.Zz99.js')).toEqual(headersFor('/_astro/new-chunk.Zz99.js'));
    expect(headersFileFor(text, '/embed/new-chart/')['Content-Security-Policy']).toBe(headersFor('/embed/new-chart/')['Content-Security-Policy']);
    const nginx = parseNginx(nginxConf({ root: '/srv/site/dist' }));
    for (const path of ['/_astro/new-chunk.Zz99.js', '/embed/new-chart/', '/embed/new-chart.png', '/de/', '/photo.webp', '/data.csv']) {
      expect(nginxHeadersFor(nginx, path), path).toEqual(headersFor(path));
    }
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

  it('leaves out precompressed copies and host files', () => {
    const rules = parseHeadersFile(headersFile(fixtureFiles)).map((rule) => rule.pattern);
    expect(rules.filter((pattern) => /\.(br|gz)$|_headers/.test(pattern))).toEqual([]);
  });

  const built = existsSync('dist/_headers') && existsSync('deploy/nginx.conf');
  it.runIf(built)('in the last build: dist/_headers and deploy/nginx.conf', () => {
    const files = listFiles('dist');
    expectParity(readFileSync('dist/_headers', 'utf8'), readFileSync('deploy/nginx.conf', 'utf8'), files);
    expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile(files));
  });
});
