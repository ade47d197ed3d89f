import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { embeddableCharts } from '../../src/embed/charts';
import { localePath, locales } from '../../src/i18n/locale';
import { wordPressFilter } from '../unit/embed/wordPressFilter';
import { embedContentHeight, siteOrigin } from './hostPage';

/*
 * Our charts where newsrooms publish: a WordPress post with only the chart's address (the oEmbed html as WordPress
 * filters it, with WordPress's own wp-embed.js from Debian's package: scripts/ensure-wp-embed.mjs), the one-line
 * script embed, and the render flags. The host pages are on another origin, as a newsroom's are.
 */
const hostPort = Number(process.env.E2E_CMS_PORT ?? 4394);
const hostOrigin = `http://localhost:${hostPort}`;
const wpEmbed = readFileSync('node_modules/.cache/around-kazakhstan/wp-embed.js', 'utf8');
/** The build's placeholder origin (no SITE_URL), as oEmbed's absolute URLs carry it; the tests' server is elsewhere. */
const builtOrigin = 'https://around-kazakhstan.example';

let pages = new Map<string, string>();
let host: Server;
test.beforeAll(async () => {
  host = createServer((request, response) => {
    const body = pages.get(new URL(request.url!, hostOrigin).pathname);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/**
 * A post as WordPress 6 prints it: its content column, the filtered oEmbed html, wp-embed.js at the end, and the one
 * rules of WordPress's block styles that place an embed's frame (`.wp-block-embed`: no side margins; its iframe
 * `max-width: 100%`).
 */
async function wordPressPost(page: Page, path: string, width: number, background = '#ffffff'): Promise<string> {
  const oembed = await (await page.request.get(`${siteOrigin}${path}oembed.json`)).json();
  const { html, resizer, secret } = wordPressFilter(String(oembed.html).replaceAll(builtOrigin, siteOrigin));
  expect(html, 'WordPress keeps an embed, not a bare link').not.toBe(false);
  expect(resizer, 'WordPress loads its resizer (the blockquote fallback survived)').toBe(true);
  pages.set('/post/', `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>` +
    `<style>.wp-block-embed{margin:0 0 1em}.wp-block-embed iframe{max-width:100%}</style><body style="margin:0;background:${background}"><article style="width:${width}px;margin:0 auto"><p>A post.</p>` +
    `<figure class="wp-block-embed">${html}</figure><p>More text.</p></article><script>${wpEmbed}</script></body></html>`);
  return secret;
}

const liveFrame = async (page: Page): Promise<Frame> => {
  const handle = await page.locator('iframe.wp-embedded-content').elementHandle();
  return (await handle!.contentFrame())!;
};

for (const locale of locales) {
  for (const chart of embeddableCharts) {
    const path = localePath(locale, `/embed/${chart.id}/`);
    for (const width of [320, 800]) {
      test(`WordPress, ${path} pasted as its address, ${width} px column: the whole live chart at its height`, async ({ page }) => {
        await page.setViewportSize({ width: Math.max(360, width + 40), height: 900 });
        // The frame keeps oEmbed's width (600) within the column.
        const oembed = await (await page.request.get(`${siteOrigin}${path}oembed.json`)).json();
        const frameWidth = Math.min(Number(oembed.width), width);
        const expected = await embedContentHeight(page, path, frameWidth);
        expect(expected, 'fits in WordPress\'s 1,000 px').toBeLessThanOrEqual(1000);
        await wordPressPost(page, path, width);
        await page.goto(`${hostOrigin}/post/`);
        const frame = page.locator('iframe.wp-embedded-content');
        await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
        // wp-embed.js unclips the frame and sets its height when the chart reports it.
        await expect(frame).not.toHaveAttribute('style', /clip/, { timeout: 15_000 });
        await expect.poll(async () => Math.abs(Number(await frame.getAttribute('height')) - Math.max(200, expected)), { timeout: 15_000, message: `frame height vs ${expected} at ${frameWidth} px` }).toBeLessThanOrEqual(3);
        const box = (await frame.boundingBox())!;
        expect(Math.abs(box.height - Math.max(200, expected))).toBeLessThanOrEqual(3);
        expect(Math.round(box.width)).toBe(frameWidth);
        // Live inside WordPress's sandbox (an opaque origin): the chart's own script ran.
        const inside = await liveFrame(page);
        expect(await inside.evaluate(() => window.origin)).toBe('null');
        if (chart.visual !== 'turnover') {
          await expect(inside.locator('[data-embed-controls]')).toBeVisible();
          const radios = inside.locator('input[name="embed-state"]');
          const last = radios.last();
          await last.check();
          await expect(inside.locator('[data-embed-description]')).not.toHaveText('');
        } else {
          await expect(inside.locator('.turnover-report').first()).toBeVisible();
        }
      });
    }
  }
}

test('WordPress: following the chart\'s link out of the frame opens it in the post\'s window (the link message)', async ({ page }) => {
  await wordPressPost(page, '/embed/export-surge/', 640);
  await page.goto(`${hostOrigin}/post/`);
  await expect(page.locator('iframe.wp-embedded-content')).not.toHaveAttribute('style', /clip/, { timeout: 15_000 });
  const inside = await liveFrame(page);
  await inside.locator('.embed-credit a').click();
  await expect(page).toHaveURL(`${siteOrigin}/`);
});

test('WordPress in a dark theme: the chart is dark, from its first paint, and axe finds nothing', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await wordPressPost(page, '/embed/export-surge/', 640, '#121212');
  await page.goto(`${hostOrigin}/post/`);
  await expect(page.locator('iframe.wp-embedded-content')).not.toHaveAttribute('style', /clip/, { timeout: 15_000 });
  const inside = await liveFrame(page);
  const background = await inside.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!, `the embed's background ${background} is dark`).toBeLessThan(60);
});

function scriptHost(body: string, background: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>` +
    `<body style="margin:0;background:${background};color:#eee"><main style="width:600px;margin:0 auto"><p>A newsroom's article.</p>${body}<p>The end.</p></main></body></html>`;
}

test('the script embed: two charts on one dark page, each in place of its link, at its height, in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const expected = [await embedContentHeight(page, '/embed/export-surge/?theme=dark', 600), await embedContentHeight(page, '/ru/embed/kz-ru-turnover/?theme=dark', 600)];
  pages.set('/script/', scriptHost(
    `<a href="${siteOrigin}/embed/export-surge/" data-around-kazakhstan-chart>What Kazakhstan sent Russia</a><script async src="${siteOrigin}/embed.js"></script>` +
      `<p>Between the charts.</p><a href="${siteOrigin}/ru/embed/kz-ru-turnover/" data-around-kazakhstan-chart>Товарооборот</a><script async src="${siteOrigin}/embed.js"></script>`,
    '#101010',
  ));
  await page.goto(`${hostOrigin}/script/`);
  const frames = page.locator('main iframe');
  await expect(frames).toHaveCount(2);
  await expect(page.locator('main a[data-around-kazakhstan-chart]')).toHaveCount(0);
  for (const [index, height] of expected.entries()) {
    const frame = frames.nth(index);
    await expect(frame).toHaveAttribute('src', /[?&]theme=dark/);
    await expect.poll(async () => Math.abs((await frame.boundingBox())!.height - height), { timeout: 15_000 }).toBeLessThanOrEqual(3);
  }
  await expect(frames.nth(1)).toHaveAttribute('src', /\/ru\/embed\/kz-ru-turnover\//);
});

test.describe('the script embed without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('leaves the link to the chart', async ({ page }) => {
    pages.set('/noscript/', scriptHost(`<a href="${siteOrigin}/embed/reroute-map/" data-around-kazakhstan-chart>The long way round Kazakhstan</a><script async src="${siteOrigin}/embed.js"></script>`, '#ffffff'));
    await page.goto(`${hostOrigin}/noscript/`);
    await expect(page.getByRole('link', { name: 'The long way round Kazakhstan' })).toHaveAttribute('href', `${siteOrigin}/embed/reroute-map/`);
    await expect(page.locator('iframe')).toHaveCount(0);
  });
});

test('?plain leaves out the title and notes; the chart and its sources stay', async ({ page }) => {
  await page.goto('/embed/export-surge/?plain');
  await expect(page.locator('.chart-title')).toBeHidden();
  await expect(page.locator('.chart-dek')).toBeHidden();
  await expect(page.locator('.chart-note')).toBeHidden();
  await expect(page.locator('.surge-panel').first()).toBeVisible();
  await expect(page.locator('.chart-sources')).toBeVisible();
});

test('?static is the picture and its text alone, with no chart script', async ({ page, browser }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto('/embed/reroute-map/?static');
  const picture = page.locator('[data-embed-static] img:visible');
  await expect(picture).toHaveCount(1);
  // One text for both themes' pictures: the figure's caption, for screen readers.
  await expect(page.locator('[data-embed-static] figcaption')).toHaveText(/.{80,}/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThanOrEqual(1200);
  await expect(page.locator('[data-map]')).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => /embedPage|maplibre|svgMap/i.test(path))).toEqual([]);
  // Readers of the live chart (a fresh browser: nothing cached) never download the picture.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const live: string[] = [];
  fresh.on('request', (request) => live.push(new URL(request.url()).pathname));
  await fresh.goto(new URL('/embed/reroute-map/', page.url()).href);
  await fresh.waitForLoadState('networkidle');
  await fresh.waitForTimeout(1500);
  expect(live.some((path) => path.startsWith('/_astro/embedPage')), 'the chart script ran').toBe(true);
  expect(live.filter((path) => path.endsWith('.png'))).toEqual([]);
  await context.close();
});

for (const theme of ['dark', 'light'] as const) {
  test(`?theme=${theme} forces the theme whatever the reader prefers; axe (all rules) is clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    for (const chart of embeddableCharts) {
      await page.goto(`/embed/${chart.id}/?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      expect(theme === 'dark' ? luminance < 60 : luminance > 200, `${chart.id}: ${background}`).toBe(true);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${chart.id}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }
  });
}

test('?theme with anything else is ignored and never written into the page', async ({ page }) => {
  const hostile = '"><img src=x onerror=alert(1)>';
  await page.goto(`/embed/export-surge/?theme=${encodeURIComponent(hostile)}`);
  expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  expect(await page.content()).not.toContain('onerror=alert');
});

for (const locale of locales) {
  test(`${localePath(locale, '/')}: each chart's CSV has a row for every value its table prints`, async ({ page, request }) => {
    await page.goto(localePath(locale, '/embed/export-surge/'));
    const cells = await page.locator('.chart-data tbody tr').evaluateAll((rows) => rows.flatMap((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())));
    const href = await page.locator('.chart-download a').getAttribute('href');
    expect(href).toBe(localePath(locale, '/data/export-surge.csv'));
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toContain('text/csv');
    const csv = (await response.text()).replace(/^\ufeff/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length - 1).toBeGreaterThanOrEqual(cells.length - 2); // a computed change ("from none") is not a reported value
    for (const cell of cells) if (cell !== (locale === 'en' ? 'from none' : 'с нуля')) expect(csv, cell).toContain(cell);
    // Every row names its source and its date or says it has none.
    for (const line of lines.slice(1)) expect(line.split(',').length).toBeGreaterThanOrEqual(9);
    await page.goto(localePath(locale, '/'));
    await expect(page.locator(`a[href="${localePath(locale, '/data/export-surge.csv')}"]`).first()).toHaveCount(1);
    // The map's data: each place it shows, with its coordinates' source.
    const places = (await (await request.get(localePath(locale, '/data/reroute-map.csv'))).text()).trimEnd().split('\r\n');
    expect(places.length).toBeGreaterThan(10);
    expect(places.join('\n')).toContain(locale === 'en' ? 'Zabaykalsk' : 'Забайкальск');
  });
}

for (const locale of locales) {
  test(`${localePath(locale, '/embed/')}…: each embed page is the chart's own link card (title, description, its PNG, alt text)`, async ({ page, request }) => {
    for (const chart of embeddableCharts) {
      await page.goto(localePath(locale, `/embed/${chart.id}/`));
      const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
      expect(await meta('og:title')).toBe(await page.title());
      expect((await meta('og:description'))!.length).toBeGreaterThan(40);
      const image = new URL((await meta('og:image'))!);
      expect(image.pathname).toBe(localePath(locale, `/embed/${chart.id}.png`));
      expect((await request.get(image.pathname)).headers()['content-type']).toContain('image/png');
      expect((await meta('og:image:alt'))!.length).toBeGreaterThan(80);
      expect(await meta('twitter:image:alt')).toBe(await meta('og:image:alt'));
      expect(await meta('twitter:card')).toBe('summary_large_image');
    }
  });
}
