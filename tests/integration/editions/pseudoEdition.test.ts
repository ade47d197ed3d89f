/**
 * The proof that an edition is data: a copy of the site gets a pseudo-locale edition made from English (one line in
 * the registry and its content, no page or component added, tests/helpers/pseudoEdition.ts), built apart from the
 * real site and never published. Its pages must carry no English left over, and at 360 px nothing they name may be
 * cut off or run off the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { createSandbox, type Sandbox } from '../../helpers/contentSandbox';
import { addPseudoEdition, pseudo } from '../../helpers/pseudoEdition';
import { englishLeftovers, overflowing } from './pageChecks';

let sandbox: Sandbox;
let server: Server;
let browser: Browser;
let origin = '';
let pages: string[] = [];

beforeAll(async () => {
  sandbox = createSandbox();
  addPseudoEdition(sandbox);
  const { ok, output } = sandbox.build();
  if (!ok) throw new Error(`The pseudo edition did not build:\n${output.slice(-4000)}`);
  const dist = join(sandbox.root, 'dist');
  const html = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? html(path) : name === 'index.html' ? [`/${relative(dist, dir)}/`] : [];
  });
  pages = html(join(dist, pseudo.prefix));
  const serve = sirv(dist, { dev: true });
  server = createServer((request, response) => serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  sandbox?.remove();
});

/** A tab that stays on each page it opens: a step's address refreshes to the story, which is checked on its own. */
async function newTab(viewport?: { width: number; height: number }) {
  const tab = await browser.newPage(viewport ? { viewport } : {});
  await tab.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) return route.fulfill({ response });
    return route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  return tab;
}

/** Where a leftover string comes from: the source files that write it, else "not in src/ (data or Intl?)". */
function whereFrom(text: string): string {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  const hits = files(join(sandbox.root, 'src'))
    .filter((file) => /\.(astro|ts)$/.test(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (line.includes(text) ? [`${relative(sandbox.root, file)}:${index + 1}`] : [])));
  return hits.length > 0 ? hits.slice(0, 3).join(', ') : 'not written in src/';
}

describe(`a pseudo-locale edition (/${pseudo.prefix}/), added as data alone`, () => {
  it('builds every page the English edition has', () => {
    expect(pages).toEqual(expect.arrayContaining([`/${pseudo.prefix}/`, `/${pseudo.prefix}/linear/`, `/${pseudo.prefix}/sources/`, `/${pseudo.prefix}/embed/`, `/${pseudo.prefix}/embed/reroute-map/`]));
  });

  it('leaves no English on any of its pages (visible text, alt text, accessible names, title and description)', async () => {
    // Names every edition writes as they are: formats, and the sites and reposted originals the sources name
    // (content/data/sources.json has no edition's words for them).
    const sources = JSON.parse(readFileSync(join(sandbox.root, 'content/data/sources.json'), 'utf8')) as { site?: string; repostOf?: { publication: string } }[];
    const names = ['SVG', 'PNG', 'CSV', 'oEmbed', 'pym.js', ...sources.flatMap((source) => [source.site ?? [], source.repostOf?.publication ?? []].flat())];
    const tab = await newTab();
    const problems: string[] = [];
    for (const path of pages) {
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      for (const text of await tab.evaluate(englishLeftovers, { lang: pseudo.lang, names })) problems.push(`${path}: "${text.text}" (${text.where}; ${whereFrom(text.text)})`);
    }
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('at 360 px, nothing a page names is cut off or runs off the screen', async () => {
    const tab = await newTab({ width: 360, height: 800 });
    const problems: string[] = [];
    for (const path of pages) {
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      for (const problem of await tab.evaluate(overflowing)) problems.push(`${path}: ${problem}`);
    }
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
