import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { publishBuild } from '../../../src/publish/build';
import { checkPath, get } from '../../../src/publish/checkHeaders';
import { cacheControl, headersFor } from '../../../src/publish/policy';
import { createSiteServer, listen } from '../../../src/publish/server';

/** A small built site: pages, an embed, a hashed script, an image; then the build's publish step on it. */
function fixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-fixture-'));
  const page = (lang: string, title: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title><link rel="canonical" href="https://news.example/">` +
    `<script type="module" src="/_astro/app.Ab12Cd34.js"></script></head><body>${'<p>Around Kazakhstan, through China, Iran and Georgia.</p>'.repeat(200)}</body></html>`;
  const files: Record<string, string | Buffer> = {
    'index.html': page('en', 'Story'),
    'embed/index.html': page('en', 'Embeds'),
    'embed/chart/index.html': page('en', 'Chart'),
    'embed/chart/oembed.json': JSON.stringify({ version: '1.0', type: 'rich', title: 'Chart '.repeat(50) }),
    'embed/charts.json': JSON.stringify([{ url: '/embed/chart/', oembed: '/embed/chart/oembed.json', image: '/embed/chart.png' }]),
    'embed/chart.png': Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082', 'hex'),
    '_astro/app.Ab12Cd34.js': `export const steps = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: `step-${i}`, scene: 'border-closes' })))};\n`,
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0a5"/></svg>',
    'data/turnover.csv': `year,source,value\n${Array.from({ length: 60 }, (_, i) => `${2000 + i},Росстат,${i * 1.5}`).join('\n')}\n`,
    'embed.js': `(()=>{${'/* chart frames */'.repeat(40)}})();\n`,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

async function start(dir: string): Promise<{ server: Server; base: string }> {
  const server = createSiteServer({ dir });
  return { server, base: await listen(server, 0, '127.0.0.1') };
}

describe('npm run serve on a fixture build (Cache-Control, Content-Encoding, ETag)', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = fixtureSite();
    await publishBuild({ dist: dir, site: 'https://news.example/', pages: ['', 'embed/', 'embed/chart/'] });
    ({ server, base } = await start(dir));
  });
  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the build step precompressed every text file, and each copy decompresses to the original', () => {
    for (const file of ['index.html', 'embed/chart/index.html', '_astro/app.Ab12Cd34.js', 'embed/charts.json', 'sitemap.xml']) {
      const original = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
    }
    expect(existsSync(join(dir, 'embed/chart.png.br'))).toBe(false);
    expect(existsSync(join(dir, '_headers.br'))).toBe(false);
  });

  it('serves the precompressed file the client accepts, with the policy and a validator', async () => {
    for (const [path, encoding] of [
      ['/', 'br'],
      ['/', 'gzip'],
      ['/embed/chart/', 'br'],
      ['/_astro/app.Ab12Cd34.js', 'br'],
      ['/_astro/app.Ab12Cd34.js', 'gzip'],
      ['/embed/chart/oembed.json', 'br'],
      ['/embed/chart.png', 'br'],
      ['/sitemap.xml', 'gzip'],
    ] as const) {
      const check = await checkPath(base, path, encoding);
      expect(check.problems, `${path} ${encoding}`).toEqual([]);
      expect(check.validator).toBe('ETag');
      expect(check.revalidated).toBe(304);
    }
    const story = await get(`${base}`, { 'Accept-Encoding': 'br' });
    expect(brotliDecompressSync(story.body).toString()).toBe(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect(story.headers['content-type']).toMatch(/^text\/html/);
    expect(story.headers.vary).toBe('Accept-Encoding');
    expect(story.headers['cache-control']).toBe(cacheControl.revalidate);
    expect((await get(`${base}_astro/app.Ab12Cd34.js`, { 'Accept-Encoding': 'gzip, br' })).headers['cache-control']).toBe(cacheControl.immutable);
  });

  it('lets any origin read every answer (embeds in an opaque origin load scripts with CORS), errors included', async () => {
    for (const path of ['', 'embed/chart/', '_astro/app.Ab12Cd34.js', 'embed/chart.png', 'embed.js', 'data/turnover.csv', 'nothing-here/', 'embed/chart']) {
      const answer = await get(`${base}${path}`, { 'Accept-Encoding': 'br', Origin: 'null' });
      expect(answer.headers['access-control-allow-origin'], path).toBe('*');
    }
    const first = await get(`${base}_astro/app.Ab12Cd34.js`);
    const again = await get(`${base}_astro/app.Ab12Cd34.js`, { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves CSV as UTF-8 text/csv, compressed or not', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const answer = await get(`${base}data/turnover.csv`, { 'Accept-Encoding': encoding });
      expect(answer.status, encoding).toBe(200);
      expect(answer.headers['content-type'], encoding).toBe('text/csv; charset=utf-8');
    }
    expect((await checkPath(base, '/data/turnover.csv')).problems).toEqual([]);
    expect((await get(`${base}embed.js`)).headers['content-type']).toMatch(/javascript/);
  });

  it('sends the original to a client that accepts no compression', async () => {
    const plain = await get(`${base}_astro/app.Ab12Cd34.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(dir, '_astro/app.Ab12Cd34.js')))).toBe(true);
  });

  it('keeps the policy on a 304, so a CDN refreshes its copy with it', async () => {
    const first = await get(`${base}embed/chart/`, { 'Accept-Encoding': 'br' });
    const again = await get(`${base}embed/chart/`, { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    for (const [name, value] of Object.entries(headersFor('/embed/chart/'))) expect(again.headers[name.toLowerCase()], name).toBe(value);
  });

  it('redirects a page without its slash, hides _headers, and answers 404 briefly cached', async () => {
    const redirect = await get(`${base}embed/chart?state=x`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/embed/chart/?state=x');
    for (const path of ['_headers', 'nothing-here/', '_astro/missing.js']) {
      const missing = await get(`${base}${path}`);
      expect(missing.status, path).toBe(404);
      expect(missing.headers['cache-control'], path).toBe('public, max-age=60');
      expect(missing.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
