import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { scrollToStep, storySteps } from './scroll';
import { pdfPagesText } from './pdfText';

const steps = storySteps();
const scenes = new Map((JSON.parse(readFileSync('content/data/scenes.json', 'utf8')) as { id: string; label: string; visual: string }[]).map((scene) => [scene.id, scene]));
/** Read top to bottom, a step shows its picture unless the step before shows the same scene. */
const pictured = steps.filter((step, index) => index === 0 || steps[index - 1]!.scene !== step.scene);
const squash = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => squash(text).split(squash(part)).length - 1;

/** Every step picture on the page has loaded (a lazy image counts once the browser fetched and decoded it). */
const allLoaded = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.step-picture img')].every((img) => img.complete && img.naturalWidth > 0));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the story holds one picture per distinct scene, after its step, each an image that loads', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.step-picture img')).toHaveCount(pictured.length);
    for (const step of pictured) {
      const img = page.locator(`[data-step="${step.id}"] .step-picture img`);
      await expect(img).toHaveAttribute('src', `/pictures/${step.scene}.svg`);
      await expect(img).toHaveAttribute('alt', /^(Chart|Map)\b.{40,}/);
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
    }
    await expect.poll(() => allLoaded(page)).toBe(true);
    // The picture follows the step's text.
    const order = await page.locator(`[data-step="${pictured[0]!.id}"]`).evaluate((step) => [...step.children].map((child) => child.tagName));
    expect(order.at(-1)).toBe('FIGURE');
  });
});

test('on screen no picture is requested, even reading to the end; printing loads every one, and the PDF shows each', async ({ page }) => {
  const requested = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/pictures/')) requested.add(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Reading the whole story on screen requests none either: hidden lazy images are never fetched.
  for (const step of [steps[Math.floor(steps.length / 2)]!, steps.at(-1)!]) await scrollToStep(page, step.id);
  await page.waitForLoadState('networkidle');
  expect([...requested]).toEqual([]);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect([...requested].sort()).toEqual([...new Set(pictured.map((step) => `/pictures/${step.scene}.svg`))].sort());
  expect(await allLoaded(page)).toBe(true);

  // Each picture's own words are in the PDF: a chart picture's subtitle names its scene, and every map picture
  // carries its legend; the sticky graphic, whose chart and map say the same, is not printed.
  const text = pdfPagesText(pdf).join('\n');
  const charts = pictured.filter((step) => scenes.get(step.scene)!.visual === 'chart');
  const maps = pictured.filter((step) => scenes.get(step.scene)!.visual === 'map');
  for (const step of charts) expect(occurrences(text, `${scenes.get(step.scene)!.label}. Each panel has its own scale`), step.id).toBe(1);
  expect(occurrences(text, 'Each panel has its own scale')).toBe(charts.length);
  expect(occurrences(text, 'Tighter checks from 2023, hauliers said')).toBe(maps.length);
  for (const step of maps) expect(squash(text)).toContain(squash(scenes.get(step.scene)!.label));
  expect(squash(text)).toContain(squash('About 700 trucks queued'));
});

test.describe('the linear edition', () => {
  test('is text and per-step pictures only: no script, no stylesheet to fetch, every image resolves', async ({ page, request }) => {
    const response = await request.get('/linear/');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const sources = [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!);
    // Each step's picture in order, then the epilogue's turnover chart as a picture.
    expect(sources).toEqual([...pictured.map((step) => `/pictures/${step.scene}.png`), '/embed/kz-ru-turnover.png']);
    for (const src of new Set(sources)) {
      const image = await request.get(src);
      expect(image.status(), src).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      const png = await image.body();
      expect(png.readUInt32BE(16), `${src} is 1200 px wide`).toBe(1200);
    }

    await page.goto('/linear/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('img')).toHaveCount(pictured.length + 1); // and the turnover chart's picture
    for (const img of await page.locator('img').all()) await expect(img).toHaveAttribute('alt', /.{40,}/);
    const duplicateIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicateIds).toEqual([]);
    await page.evaluate(() => [...document.images].forEach((img) => (img.loading = 'eager')));
    await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
  });
});

test.describe('the storyboard', () => {
  test('lists every step in order with its id, its scene and the scene\'s picture; for editors only', async ({ page, request }) => {
    await page.goto('/storyboard/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const rows = page.locator('[data-storyboard-step]');
    await expect(rows).toHaveCount(steps.length);
    const listed = await rows.evaluateAll((elements) => elements.map((row) => ({ id: (row as HTMLElement).dataset.storyboardStep, scene: (row as HTMLElement).dataset.storyboardScene })));
    expect(listed).toEqual(steps);
    for (const [index, step] of steps.entries()) {
      const row = rows.nth(index);
      await expect(row).toContainText(step.id);
      await expect(row).toContainText(step.scene);
      await expect(row.locator('img')).toHaveAttribute('src', new RegExp(`^/pictures/${step.scene}\\.svg\\?v=`));
    }
    await page.evaluate(() => [...document.images].forEach((img) => (img.loading = 'eager')));
    await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);

    const story = await (await request.get('/')).text();
    expect(story).not.toContain('/storyboard/');
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/storyboard/');
  });
});

for (const path of ['/linear/', '/storyboard/']) {
  test(`${path}: no serious or critical axe violations`, async ({ page }) => {
    // Both pages are static HTML with no script of their own, so what axe audits is what readers without JavaScript get.
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}
