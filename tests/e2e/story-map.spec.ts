import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectStep, scrollToStep, storySteps } from './scroll';

const steps = storySteps();
const scenes = JSON.parse(readFileSync('content/data/scenes.json', 'utf8')) as { id: string; visual: string; map?: { routes: string[]; closed?: string[]; trucks: string } }[];
const mapSteps = steps.filter((step) => scenes.find((scene) => scene.id === step.scene)!.visual === 'map');

test('the SVG map follows every map scene: its routes active, its closed crossings marked', async ({ page }) => {
  await page.goto('/');
  const map = page.locator('[data-graphic] [data-map]');
  for (const step of mapSteps) {
    await scrollToStep(page, step.id);
    await expectStep(page, step);
    const scene = scenes.find((s) => s.id === step.scene)!.map!;
    await expect(map.locator('polyline.route[data-state="active"]')).toHaveCount(scene.routes.length);
    for (const route of scene.routes) await expect(map.locator(`polyline[data-route="${route}"]`)).toHaveAttribute('data-state', 'active');
    for (const place of scene.closed ?? []) await expect(map.locator(`g.place[data-place="${place}"]`)).toHaveAttribute('data-state', 'closed');
    await expect(map).toBeVisible();
  }
});

test('trucks move along the routes between two progress points of a flowing scene', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no idle drift: positions depend on scroll alone
  await page.goto('/');
  const step = mapSteps.find((s) => scenes.find((scene) => scene.id === s.scene)!.map!.trucks === 'flow')!;
  const truckPositions = () =>
    page.evaluate(() => [...document.querySelectorAll<SVGPathElement>('[data-graphic] .truck')].filter((t) => t.style.display !== 'none').map((t) => t.style.transform));
  await scrollToStep(page, step.id, 5);
  await expectStep(page, step);
  const before = await truckPositions();
  expect(before.length).toBeGreaterThan(0);
  await scrollToStep(page, step.id, 200);
  await expect.poll(truckPositions).not.toEqual(before);
  const after = await truckPositions();
  expect(after.length).toBe(before.length);
});

test('the map has an accessible name and a legend that says the routes are schematic', async ({ page }) => {
  await page.goto(`/#${mapSteps[0]!.id}`);
  await expectStep(page, mapSteps[0]!);
  const map = page.locator('[data-graphic] [data-map]');
  await expect(map).toHaveAccessibleName(/Map/);
  await expect(map.locator('.map-legend')).toContainText('Routes are schematic');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the static map shows the detour routes', async ({ page }) => {
    await page.goto('/');
    const map = page.locator('[data-map]');
    await expect(map).toBeVisible();
    expect(await map.locator('polyline.route[data-state="active"]').count()).toBeGreaterThan(2);
  });
});
