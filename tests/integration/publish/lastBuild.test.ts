import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite, formatChecks } from '../../../src/publish/checkHeaders';
import { listFiles } from '../../../src/publish/compress';
import { headersFile } from '../../../src/publish/hostConfig';
import { createSiteServer, listen } from '../../../src/publish/server';
import { expectParity } from '../../helpers/hosts';

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
});
