import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { framingProbe } from '../../scripts/framing-probe.mjs';
import { storySteps } from './scroll';
import { screens } from '../../src/lib/screens';

interface MapSceneData { routes: string[]; places: string[]; closed: string[]; countries: string[]; named?: string[]; trucks: string; queue?: { at: string; trucks: string; lengths: string[] } }
const steps = storySteps();
const scenes = JSON.parse(readFileSync('content/data/scenes.json', 'utf8')) as { id: string; visual: string; map?: Partial<MapSceneData> }[];
const sceneMap = (id: string): MapSceneData => ({ routes: [], places: [], closed: [], countries: [], named: [], trucks: 'flow', ...scenes.find((scene) => scene.id === id)!.map });
const mapSteps = steps.filter((step) => scenes.find((scene) => scene.id === step.scene)!.visual === 'map');
/** The page-side check shared with `npm run check:framing` (a plain ES module). */
const probe = framingProbe as unknown as (arg: readonly [string, MapSceneData]) => { problems: string[]; overlapping: string[]; items: number };
const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as { id: string; value: number; qualifier?: string }[];

/** Puts the step's top where a reader has it, a little above the middle of the screen, and waits for the map at rest. */
async function readStep(page: Page, step: { id: string; scene: string }) {
  await page.evaluate((id) => {
    const element = document.querySelector(`[data-step="${id}"]`)!;
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4, behavior: 'instant' });
  }, step.id);
  await page.waitForFunction(([id, scene]) => document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step === id
    && document.querySelector<HTMLElement>('[data-graphic]')?.dataset.scene === scene
    && document.querySelector<SVGSVGElement>('[data-map-svg]')!.style.transform === '', [step.id, step.scene] as const, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const viewport of [screens.smallPhone, screens.phone, screens.laptop]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('every place, road and country a map step names is in view, clear of the step\'s card, and no names overlap', async ({ page }) => {
      test.slow();
      await page.goto('/');
      const failures: string[] = [];
      for (const step of mapSteps) {
        await readStep(page, step);
        const report = await page.evaluate(probe, [step.id, sceneMap(step.scene)] as const);
        expect(report.items).toBeGreaterThan(0);
        failures.push(...report.problems.map((problem: string) => `${step.id}: hidden ${problem}`), ...report.overlapping.map((pair: string) => `${step.id}: overlap ${pair}`));
      }
      expect(failures).toEqual([]);
    });
  });
}

test.describe('the detour overview on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('shows every detour, each long enough to see, above the card, with the 2022 crossings closed', async ({ page }) => {
    await page.goto('/');
    const step = mapSteps.find((candidate) => candidate.scene === 'detour-overview')!;
    await readStep(page, step);
    const scene = sceneMap('detour-overview');
    const lengths = await page.evaluate(([routes, id]) => {
      const svg = document.querySelector<SVGSVGElement>('[data-graphic] [data-map-svg]')!;
      const matrix = svg.getScreenCTM()!;
      const card = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
      return Object.fromEntries((routes as string[]).map((route) => {
        const line = svg.querySelector(`polyline[data-route="${route}"]`)!;
        const points = line.getAttribute('points')!.trim().split(/\s+/).map((pair) => new DOMPoint(...(pair.split(',').map(Number) as [number, number])).matrixTransform(matrix));
        const length = points.slice(1).reduce((sum, point, i) => sum + Math.hypot(point.x - points[i]!.x, point.y - points[i]!.y), 0);
        return [route, { length, aboveCard: points.every((point) => point.y < card.top), state: line.getAttribute('data-state') }];
      }));
    }, [scene.routes, step.id] as const);
    for (const route of scene.routes) {
      expect(lengths[route]!.state, route).toBe('active');
      expect(lengths[route]!.aboveCard, route).toBe(true);
      // The overview spans 85° of longitude, Poti to Harbin, in a 366 px frame: Georgia's road over the Caucasus,
      // the shortest detour, is 13–16 px there, as is Armenia's (the others 40–250). 12 px is a short road one can still see; the steps after the overview follow each road close up.
      expect(lengths[route]!.length, route).toBeGreaterThan(12);
    }
    for (const place of scene.closed) await expect(page.locator(`[data-graphic] .map-label[data-place="${place}"] .closed-x`)).toBeVisible();
    // The 2022 roads are still drawn, faded, for contrast.
    await expect(page.locator('[data-graphic] polyline[data-route="via-kazakhstan-north"]')).toHaveAttribute('data-state', 'past');
  });
});

test('the China step shows the road to Zabaykalsk, the queue before the crossing and its reported size, marked schematic', async ({ page }) => {
  await page.route(/maplibreMap.*\.js$/, (route) => route.abort()); // the SVG renderer's trucks and camera alone
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const step = mapSteps.find((candidate) => candidate.scene === 'detour-china')!;
  await readStep(page, step);
  const scene = sceneMap('detour-china');
  await expect(page.locator('[data-graphic] polyline[data-route="china-direct"]')).toHaveAttribute('data-state', 'active');
  // The note prints the reported figures, with their qualifiers, every length where reports differ, and says the
  // drawing is not to scale.
  const trucks = figures.find((figure) => figure.id === scene.queue!.trucks)!;
  const lengths = scene.queue!.lengths.map((id) => figures.find((figure) => figure.id === id)!);
  const note = page.locator(`[data-graphic] .queue-note[data-label-id="note:${scene.queue!.at}"] .name`);
  await expect(note).toBeVisible();
  await expect(note).toContainText(new RegExp(`${trucks.qualifier ?? ''}\\s*${trucks.value} trucks`, 'i'));
  for (const length of lengths) await expect(note).toContainText(`${length.value} km`);
  if (lengths.length > 1) await expect(note).toContainText('reports differ');
  await expect(note).toContainText('not to scale');
  // The queue: trucks nose to tail, the first at the crossing, all on the road behind it.
  const queue = await page.evaluate((at) => {
    const crossing = document.querySelector(`[data-graphic] .map-label[data-place="${at}"] .dot`)!.getBoundingClientRect();
    const trucks = [...document.querySelectorAll<SVGElement>('[data-graphic] .map-trucks .truck')].filter((truck) => truck.style.display !== 'none')
      .map((truck) => truck.getBoundingClientRect()).map((box) => [box.x + box.width / 2, box.y + box.height / 2] as const);
    return { crossing: [crossing.x + crossing.width / 2, crossing.y + crossing.height / 2] as const, trucks };
  }, scene.queue!.at);
  expect(queue.trucks.length).toBeGreaterThanOrEqual(8);
  const distances = queue.trucks.map(([x, y]) => Math.hypot(x - queue.crossing[0], y - queue.crossing[1])).sort((a, b) => a - b);
  expect(distances[0]).toBeLessThan(20);
  // Nose to tail: no gap between neighbours wider than two truck lengths.
  for (let i = 1; i < distances.length; i++) expect(distances[i]! - distances[i - 1]!).toBeLessThan(30);
});
