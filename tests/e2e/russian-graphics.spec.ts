import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { embeddableCharts, localizedChart } from '../../src/embed/charts';
import { iframeSnippet, pymSnippet } from '../../src/embed/snippets';
import { graphicsText } from '../../src/i18n/graphics';
import { surgePanels } from '../../src/lib/surgePanels';
import { panelSize, surgePanelLayout } from '../../src/charts/exportSurge/layout';
import type { Figure } from '../../src/schemas/figure';
import type { ExportSurge } from '../../src/schemas/exportSurge';
import { watchPage } from './helpers';
import { embedContentHeight, siteOrigin, startHostSite } from './hostPage';
import { framingProbe } from '../../scripts/framing-probe.mjs';
import AxeBuilder from '@axe-core/playwright';

/*
 * The Russian edition's graphics: the same embeds, pictures and layout as the English, in Russian words, names and
 * number formats (tests/e2e/embeds.spec.ts holds the English).
 */

const hostPort = Number(process.env.E2E_RU_HOST_PORT ?? 4394);
const hostOrigin = `http://localhost:${hostPort}`;
const ruCharts = embeddableCharts.map((chart) => localizedChart(chart, 'ru'));

/** A newsroom's page on another origin, embedding one Russian chart with one of our codes in a column `width` wide. */
function hostPage(chartId: string, kind: 'iframe' | 'pym', width: number): string {
  const chart = ruCharts.find((c) => c.id === chartId)!;
  const embedUrl = `${siteOrigin}/ru/embed/${chart.id}/`;
  const code = kind === 'iframe'
    ? iframeSnippet({ id: chart.id, title: chart.title, embedUrl })
    : pymSnippet({ id: chart.id, embedUrl, pymUrl: `${hostOrigin}/pym.js` });
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0">` +
    `<p>Статья на сайте издания.</p><div id="host-column" style="width:${width}px">${code}</div><p>Дальше текст.</p></body></html>`;
}

let host: Server;
test.beforeAll(async () => {
  host = await startHostSite(hostPort, hostPage);
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const contentHeight = (page: Page, chartId: string, width: number) => embedContentHeight(page, `/ru/embed/${chartId}/`, width);

for (const chart of ruCharts) {
  for (const kind of ['iframe', 'pym'] as const) {
    for (const [device, viewport, column] of [['desktop', { width: 1280, height: 900 }, 640], ['phone', { width: 375, height: 740 }, 343]] as const) {
      test(`/ru/embed/${chart.id}/ in a host page on another origin (${kind}, ${device}): the frame fits its content`, async ({ page }) => {
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

/** Every English word of the graphics' interface (legend, notes, controls), to be absent from a Russian graphic. */
function englishInterfaceStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { map, chart, embed } = graphicsText.en;
  walk({ map, chart: { ...chart, none: undefined }, embed: { show: embed.show, explore: embed.explore, credit: embed.credit, charts: embed.charts } });
  // Names, not words: shared by both editions.
  return strings.filter((text) => text.length > 3 && !/^(pym\.js|SVG|oEmbed)$/.test(text));
}

/** What a reader (or a screen reader) gets from the page's graphic: its text, and its accessible names. */
const graphicText = (page: Page) => page.evaluate(() => {
  const root = document.querySelector('.embed-root')!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
  return `${root.textContent} ${labels.join(' ')}`;
});

test('the Russian map embed names everything in Cyrillic: countries, places, the queue note, legend and states', async ({ page }) => {
  const watch = watchPage(page);
  for (const state of ['detour-overview', 'detour-china', 'detour-iran-azerbaijan', 'detour-armenia']) {
    await page.goto(`/ru/embed/reroute-map/?state=${state}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.embed-root')).toHaveAttribute('lang', 'ru');
    // The names the framing drew (data-side other than "none"), as the reader sees them.
    await expect.poll(() => page.locator('.map-label[data-side]:not([data-side="none"])').count()).toBeGreaterThan(2);
    const names = await page.locator('.map-label[data-side]:not([data-side="none"])').evaluateAll((labels) =>
      labels.filter((label) => (label as HTMLElement).offsetParent !== null).map((label) => (label as HTMLElement).innerText.trim()));
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) {
      expect(name, `map label "${name}" (${state})`).toMatch(/[А-Яа-яЁё]/);
      expect(name, `map label "${name}" (${state})`).not.toMatch(/[A-Za-z]/);
    }
  }
  // The queue note at Zabaykalsk, from the figures: "Около 700 грузовиков в очереди".
  await page.goto('/ru/embed/reroute-map/?state=detour-china');
  await expect(page.locator('.queue-note[data-note-scene="detour-china"]')).toContainText('грузовиков в очереди');
  await expect(page.locator('.map-label[data-place="zabaykalsk"] .full')).toHaveText('Забайкальск');
  await expect(page.getByRole('radio', { name: 'Через Китай' })).toBeChecked();
  await expect(page.getByRole('button', { name: graphicsText.ru.embed.explore })).toBeVisible();
  await expect(page.locator('.map-legend')).toContainText(graphicsText.ru.map.sea);
  await expect(page.locator('[data-embed-description]')).toContainText('Карта региона вокруг Казахстана.');
  await expect(page.locator('[data-embed-description]')).toContainText('Забайкальск');
  const text = await graphicText(page);
  for (const english of englishInterfaceStrings()) expect(text, `English "${english}" in the Russian map embed`).not.toContain(english);
  expect(watch.consoleErrors).toEqual([]);
});

test('the Russian chart embed prints its labels from the data, in Russian formats', async ({ page }) => {
  const figures = new Map((JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Figure[]).map((figure) => [figure.id, figure]));
  const rows = JSON.parse(readFileSync('content/data/export-surges.json', 'utf8')) as ExportSurge[];
  const panels = surgePanels(rows, figures, 'ru');
  const watch = watchPage(page);
  await page.goto('/ru/embed/export-surge/?state=surge-washing-machines');
  await expect(page.getByRole('radio', { name: 'Стиральные машины' })).toBeChecked();
  for (const panel of panels) {
    const root = page.locator(`.surge-panel[data-panel="${panel.id}"]`);
    const [start, end] = surgePanelLayout(panel, panelSize, 1, 'ru').bars;
    await expect(root.locator('.panel-title')).toHaveText(panel.label);
    await expect(root.locator('.panel-measure')).toHaveText(panel.measure);
    await expect(root.locator('.bar-2021 .bar-value')).toHaveText(start.label);
    await expect(root.locator('.bar-2022 .bar-value')).toHaveText(end.label);
    await expect(root.locator('.panel-change')).toContainText(panel.change);
  }
  // The values as ru-RU writes them: decimal comma, "млрд", "тыс.", the qualifiers in Russian.
  const values = await page.locator('.bar-value').allTextContents();
  expect(values).toContain('$8,78\u00a0млрд');
  expect(values).toContain('почти\u00a0100\u00a0тыс.');
  expect(values).toContain('нет');
  expect(values.join(' ')).not.toMatch(/\d\.\d|bn\b|\bm\b|almost|about|none/);
  await expect(page.locator('.panel-change').filter({ hasText: 'более\u00a0чем\u00a0в\u00a0300\u00a0раз' })).toHaveCount(1);
  await page.getByText(graphicsText.ru.chart.showData).click();
  await expect(page.locator('.chart-data table th').first()).toHaveText(graphicsText.ru.chart.measure);
  const text = await graphicText(page);
  for (const english of englishInterfaceStrings()) expect(text, `English "${english}" in the Russian chart embed`).not.toContain(english);
  expect(watch.consoleErrors).toEqual([]);
});

test('the Russian embed index, oEmbed and manifest point at the Russian embeds', async ({ page, request }) => {
  await page.goto('/ru/embed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(graphicsText.ru.embed.index.heading);
  for (const chart of ruCharts) {
    await expect(page.locator(`#${chart.id} iframe.embed-preview`)).toHaveAttribute('src', `/ru/embed/${chart.id}/`);
    expect(await page.locator(`#${chart.id} textarea[data-embed-code]`).first().inputValue()).toContain(`/ru/embed/${chart.id}/`);
  }
  for (const chart of ruCharts) {
    await page.goto(`/ru/embed/${chart.id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(new URL(href!).pathname).toBe(`/ru/embed/${chart.id}/oembed.json`);
    const oembed = await (await request.get(`/ru/embed/${chart.id}/oembed.json`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: chart.title, lang: 'ru' });
    expect(oembed.html).toContain(`/ru/embed/${chart.id}/`);
    expect(new URL(oembed.thumbnail_url).pathname).toBe(`/ru/embed/${chart.id}.png`);
  }
  const manifest = (await (await request.get('/embed/charts.json')).json()) as { id: string; lang: string; title: string; url: string; oembed: string; image: string }[];
  const russian = manifest.filter((entry) => entry.lang === 'ru');
  expect(russian.map((entry) => entry.id)).toEqual(ruCharts.map((chart) => chart.id));
  for (const entry of russian) {
    expect(entry.title).toBe(ruCharts.find((chart) => chart.id === entry.id)!.title);
    for (const url of [entry.url, entry.oembed, entry.image]) {
      expect(url.startsWith('/ru/embed/')).toBe(true);
      expect((await request.get(url)).status()).toBe(200);
    }
  }
});

test('the Russian pictures load: every /ru/pictures/ file the Russian story uses, in Russian', async ({ page, request }) => {
  const html = await (await request.get('/ru/')).text();
  const used = [...new Set([...html.matchAll(/\/ru\/pictures\/([a-z0-9-]+)\.(?:svg|png)/g)].map((match) => match[1]!))];
  expect(used.length).toBeGreaterThan(4);
  // The Russian story shows no English picture.
  expect(html).not.toMatch(/["'(]\/pictures\//);
  for (const scene of used) {
    const png = await request.get(`/ru/pictures/${scene}.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toContain('image/png');
    expect((await png.body()).readUInt32BE(16)).toBe(1200);
    const svg = await (await request.get(`/ru/pictures/${scene}.svg`)).text();
    expect(svg).toMatch(/[А-Яа-яЁё]/);
    for (const english of ['Route through Kazakhstan', 'Detour since 2023', 'Each panel has its own scale', 'Sources:', 'KAZAKHSTAN', 'RUSSIA']) {
      expect(svg, `"${english}" in /ru/pictures/${scene}.svg`).not.toContain(english);
    }
  }
  // The images decode in a browser (no broken image), as the page's no-JS and print cards use them.
  await page.setContent(used.map((scene) => `<img src="${siteOrigin}/ru/pictures/${scene}.png" alt="">`).join(''));
  await expect.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete && image.naturalWidth === 1200))).toBe(true);
});

interface MapSceneData { routes: string[]; places: string[]; closed: string[]; countries: string[]; named?: string[]; trucks: string }
/** The page-side check shared with `npm run check:framing` (a plain ES module). */
const probe = framingProbe as unknown as (arg: readonly [string, MapSceneData]) => { problems: string[]; overlapping: string[]; items: number };

test.describe('the Russian story\'s map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('every place, road and country a map step names is in view with its (longer) Russian name, and no names overlap', async ({ page }) => {
    test.slow();
    await page.goto('/ru/');
    const steps = await page.evaluate(async () => {
      const payload = await (await fetch(document.querySelector<HTMLElement>('[data-graphic]')!.dataset.payload!)).json();
      const scenes = new Map((payload.scenes as { id: string; visual: string; map?: unknown }[]).map((scene) => [scene.id, scene]));
      return [...document.querySelectorAll<HTMLElement>('[data-step]')].map((element) => ({ id: element.dataset.step!, scene: element.dataset.stepScene! }))
        .filter((step) => scenes.get(step.scene)?.visual === 'map').map((step) => ({ ...step, map: scenes.get(step.scene)!.map as MapSceneData }));
    });
    expect(steps.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const step of steps) {
      await page.evaluate((id) => {
        const element = document.querySelector(`[data-step="${id}"]`)!;
        window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4, behavior: 'instant' });
      }, step.id);
      await page.waitForFunction(([id, scene]) => document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step === id
        && document.querySelector<HTMLElement>('[data-graphic]')?.dataset.scene === scene
        && document.querySelector<SVGSVGElement>('[data-map-svg]')!.style.transform === '', [step.id, step.scene] as const, { timeout: 20_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const report = await page.evaluate(probe, [step.id, step.map] as const);
      expect(report.items).toBeGreaterThan(0);
      failures.push(...report.problems.map((problem) => `${step.id}: hidden ${problem}`), ...report.overlapping.map((pair) => `${step.id}: overlap ${pair}`));
    }
    expect(failures).toEqual([]);
    // The live description follows the story in Russian.
    await expect(page.locator('[data-graphic-description]')).toContainText('Карта региона вокруг Казахстана.');
  });
});

test('the Russian embeds and their index have no serious or critical axe violations', async ({ page }) => {
  for (const path of ['/ru/embed/export-surge/', '/ru/embed/reroute-map/', '/ru/embed/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(15);
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(serious, path).toEqual([]);
  }
});
