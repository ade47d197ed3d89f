import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { embeddableCharts } from '../../src/embed/charts';
import { iframeSnippet, pymSnippet } from '../../src/embed/snippets';
import { watchPage } from './helpers';
import { embedContentHeight, siteOrigin, startHostSite } from './hostPage';

const hostPort = Number(process.env.E2E_HOST_PORT ?? 4392);
const hostOrigin = `http://localhost:${hostPort}`;

/** A newsroom's page on another origin, embedding one chart with one of our codes in a container `width` wide. */
function hostPage(chartId: string, kind: 'iframe' | 'pym', width: number): string {
  const chart = embeddableCharts.find((c) => c.id === chartId)!;
  const embedUrl = `${siteOrigin}/embed/${chart.id}/`;
  const code = kind === 'iframe'
    ? iframeSnippet({ id: chart.id, title: chart.title, embedUrl })
    : pymSnippet({ id: chart.id, embedUrl, pymUrl: `${hostOrigin}/pym.js` });
  return `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0">` +
    `<p>A host article.</p><div id="host-column" style="width:${width}px">${code}</div><p>More host text.</p></body></html>`;
}

let host: Server;
test.beforeAll(async () => {
  host = await startHostSite(hostPort, hostPage);
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const contentHeight = (page: Page, chartId: string, width: number) => embedContentHeight(page, `/embed/${chartId}/`, width);

for (const chart of embeddableCharts) {
  for (const kind of ['iframe', 'pym'] as const) {
    for (const [device, viewport, column] of [['desktop', { width: 1280, height: 900 }, 640], ['phone', { width: 375, height: 740 }, 343]] as const) {
      test(`${chart.id} in a host page on another origin (${kind}, ${device}): the frame fits its content`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const expected = await contentHeight(page, chart.id, column);
        await page.goto(`${hostOrigin}/?chart=${chart.id}&kind=${kind}&width=${column}`);
        const frame = page.locator('#host-column iframe');
        await expect(frame).toHaveCount(1);
        await expect.poll(async () => Math.abs((await frame.boundingBox())!.height - expected), { timeout: 15_000 }).toBeLessThanOrEqual(3);
        expect((await frame.boundingBox())!.width).toBeCloseTo(column, 0);
      });
    }
  }
}

test('the manifest lists every chart with site-relative URLs that resolve', async ({ page, request }) => {
  const all = (await (await request.get('/embed/charts.json')).json()) as { id: string; lang: string; title: string; url: string; oembed: string; image: string }[];
  // One entry per chart and edition; the Russian ones are checked in russian-graphics.spec.ts.
  const manifest = all.filter((entry) => entry.lang === 'en');
  expect(manifest.map((entry) => entry.id)).toEqual(embeddableCharts.map((chart) => chart.id));
  for (const entry of manifest) {
    expect(Object.keys(entry).sort()).toEqual(['id', 'image', 'lang', 'oembed', 'title', 'url']);
    for (const url of [entry.url, entry.oembed, entry.image]) {
      expect(url.startsWith('/')).toBe(true);
      expect((await request.get(url)).status()).toBe(200);
    }
    const png = await request.get(entry.image);
    expect(png.headers()['content-type']).toContain('image/png');
    const body = await png.body();
    expect(body.readUInt32BE(16)).toBeGreaterThanOrEqual(1200); // PNG width, from the IHDR chunk
  }
  await page.goto('/embed/');
  await expect(page.locator('iframe.embed-preview')).toHaveCount(manifest.length);
});

test('oEmbed documents are valid "rich" 1.0 responses and each embed page links to its own', async ({ page, request }) => {
  for (const chart of embeddableCharts) {
    await page.goto(`/embed/${chart.id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(new URL(href!).pathname).toBe(`/embed/${chart.id}/oembed.json`);
    const oembed = await (await request.get(`/embed/${chart.id}/oembed.json`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: chart.title });
    for (const field of ['html', 'provider_name', 'provider_url', 'thumbnail_url']) expect(typeof oembed[field]).toBe('string');
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(oembed[field])).toBe(true);
    expect(oembed.html).toContain(`/embed/${chart.id}/`);
    // WordPress keeps a fallback blockquote (a link to the chart) and the iframe, with its width and height.
    expect(oembed.html).toMatch(/^<blockquote [^>]*><a href="[^"]*\/embed\/[^"]*">/);
    expect(oembed.html).toMatch(/<iframe [^>]*width="\d+" height="\d+"/);
  }
});

test('?state picks the starting state; unknown or hostile values fall back and are never written into the page', async ({ page }) => {
  await page.goto('/embed/reroute-map/?state=detour-china');
  await expect(page.getByRole('radio', { name: 'Via China' })).toBeChecked();
  await expect(page.locator('[data-map] polyline[data-route="china-direct"]')).toHaveAttribute('data-state', 'active');
  const hostile = '<img src=x onerror="window.__owned=1">';
  const watch = watchPage(page);
  await page.goto(`/embed/reroute-map/?state=${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('radio', { name: 'All the detours' })).toBeChecked();
  expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
  expect(await page.content()).not.toContain('onerror="window.__owned');
  await page.goto('/embed/export-surge/?state=detour-china'); // a state of the other chart
  await expect(page.getByRole('radio', { name: 'Growth to 2022' })).toBeChecked();
  expect(watch.consoleErrors).toEqual([]);
});

test('the states are keyboard-usable and the embed reads at 280 px with no story chrome', async ({ page }) => {
  await page.setViewportSize({ width: 280, height: 700 });
  await page.goto('/embed/export-surge/');
  await expect(page.locator('[data-step], .toc, .step-controls')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
  await page.getByRole('radio', { name: 'Growth to 2022' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Washing machines' })).toBeChecked();
  await expect(page.locator('[data-embed-description]')).toContainText('Highlighted:');
  await expect(page.getByRole('link', { name: /From the story/ })).toHaveAttribute('href', '/');
});

test("a state picked before the embed's script runs is the one it shows", async ({ page }) => {
  // Hold the embed's code until the reader has picked (it loads after the first paint, so a quick reader can).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/embedPage\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/embed/export-surge/');
  await page.getByRole('radio', { name: 'Washing machines' }).check();
  release();
  // The description is the script's: once it names the picked state, the script has started on it.
  await expect(page.locator('[data-embed-description]')).toContainText('Highlighted: Washing machines');
  await expect(page.getByRole('radio', { name: 'Washing machines' })).toBeChecked();
});

test('the map embed opens on its SVG and loads MapLibre only when the reader asks to explore', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const watch = watchPage(page);
  await page.goto('/embed/reroute-map/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /maplibre/i.test(url))).toEqual([]);
  await expect(page.locator('[data-map] .map-svg')).toBeVisible();
  await page.getByRole('button', { name: 'Explore the map' }).click();
  await expect(page.locator('[data-map]')).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  expect(requests.filter((url) => /maplibre/i.test(url)).length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(watch.consoleErrors).toEqual([]); // includes any Content-Security-Policy violation
});

test('the story offers an embed link on each chart', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Embed this chart/ })).toHaveAttribute('href', '/embed/#export-surge');
  // The map (and its link) is hidden while the chart is in front: find it in the DOM rather than by role.
  await expect(page.locator('[data-map] ~ a.embed-link')).toHaveAttribute('href', '/embed/#reroute-map');
});
