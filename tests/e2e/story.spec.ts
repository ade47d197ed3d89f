import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { formatFigure } from '../../src/lib/format';
import type { Figure } from '../../src/schemas/figure';
import { watchPage } from './helpers';

const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Figure[];
const sectionTitles = readdirSync('content/story')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(`content/story/${name}`, 'utf8'))![1]!);
/** The article's key figures: the spine of the story. */
const keyFigureIds = ['kz-supply-growth-2022', 'washing-machines-2022', 'semiconductors-multiple', 'semiconductors-2022', 'parallel-imports-total'];

test('the story loads with no console errors and no request leaving its origin', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the page has one h1, a heading per section and the usual landmarks', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  expect(sectionTitles.length).toBeGreaterThanOrEqual(6);
  for (const title of sectionTitles) await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('key figures in the prose are printed from content/data', async ({ page }) => {
  await page.goto('/');
  for (const id of keyFigureIds) {
    const figure = figures.find((row) => row.id === id)!;
    await expect(page.locator(`.story-section [data-figure="${id}"]`).first()).toHaveText(formatFigure(figure, 'en'));
  }
  await expect(page.locator('[data-figure="kz-supply-growth-2022"]').first()).toHaveText('+25%');
});

test('the sources list is generated from the data, one entry per source', async ({ page }) => {
  const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string }[];
  await page.goto('/');
  await page.getByRole('link', { name: /Every source/ }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator('.sources-list > li')).toHaveCount(sources.length);
  for (const source of sources) await expect(page.locator(`#source-${source.id}`)).toHaveCount(1);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole text is there and visible', async ({ page }) => {
    await page.goto('/');
    for (const title of sectionTitles) await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    const steps = page.locator('[data-step]');
    expect(await steps.count()).toBeGreaterThan(8);
    for (const step of await steps.all()) await expect(step).toBeVisible();
    await expect(page.getByText('The border was actually closed to suppliers')).toBeVisible();
  });
});

test('phone width: no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
