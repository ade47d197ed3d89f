import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite, formatChecks } from '../../../src/publish/checkHeaders';
import { listFiles } from '../../../src/publish/compress';
import { headersFile } from '../../../src/publish/hostConfig';
import { urlPathsOf } from '../../../src/publish/policy';
import { createSiteServer, listen } from '../../../src/publish/server';
import { expectParity } from '../../helpers/hosts';
import { pageHead } from '../../helpers/pageHead';

// These read the site's own build: `npm test` builds before it runs them.
beforeAll(() => {
  if (!existsSync('dist/index.html') || !existsSync('dist/_headers') || !existsSync('deploy/nginx.conf')) {
    throw new Error('No build in dist/: run `npm run build` first.');
  }
});

describe('the last build (dist/)', () => {
  it('dist/_headers and deploy/nginx.conf send the policy for every file', () => {
    const files = listFiles('dist');
    expectParity(readFileSync('dist/_headers', 'utf8'), readFileSync('deploy/nginx.conf', 'utf8'), files);
    expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile(files));
  });

  it('npm run serve: every page, embed, asset and file the site links answers with the policy', async () => {
    const server = createSiteServer({ dir: 'dist' });
    const base = await listen(server, 0, '127.0.0.1');
    try {
      const checks = await checkSite(base);
      expect(checks.filter((check) => check.problems.length), formatChecks(checks)).toEqual([]);
      expect(checks.length).toBeGreaterThan(8);
    } finally {
      server.close();
    }
  });

  it('sitemap.xml (made from the routes) agrees with what each built page says in its head', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    const entries = new Map([...sitemap.matchAll(/<url>\n {4}<loc>([^<]+)<\/loc>\n([\s\S]*?) {2}<\/url>/g)].map((match) => [
      match[1]!.replace(/&amp;/g, '&'),
      [...match[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => [link[1]!, link[2]!.replace(/&amp;/g, '&')]),
    ]));
    const pages = listFiles('dist').filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const origin = new URL([...entries.keys()][0]!).origin;
    let listed = 0;
    for (const file of pages) {
      const head = pageHead(readFileSync(join('dist', file), 'utf8'));
      const path = urlPathsOf(file)[0]!;
      const own = new URL(path, origin).href;
      const entry = entries.get(own);
      // Not listed: a page that asks not to be indexed, a chart's frame for other sites, a page whose canonical is another.
      if (head.noindex || /\/embed\/[^/]+\/$/.test(path) || (head.canonical !== undefined && head.canonical !== own)) {
        expect(entry, path).toBeUndefined();
        continue;
      }
      expect(entry, `${path} is in the sitemap`).toBeDefined();
      expect(head.canonical, `${path}: its canonical address is its own`).toBe(own);
      expect(entry, `${path}: the sitemap's alternates are the ones the page declares`).toEqual(head.alternates);
      listed += 1;
    }
    expect(entries.size).toBe(listed);
  });
});
