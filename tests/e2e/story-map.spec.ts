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

/**
 * Translations of the visible trucks, as [x, y] in CSS px from the map's top left: their transforms as computed now,
 * whether set or animated.
 */
const svgTrucks = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    // Animated trucks move on the compositor; the main thread's copy of their scroll timeline is brought up to date in
    // an animation frame, and a still page requests none of its own.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return [...document.querySelectorAll<SVGSVGElement>('[data-graphic] .map-trucks .truck')]
      .filter((truck) => truck.style.display !== 'none')
      .map((truck) => {
        const matrix = new DOMMatrix(getComputedStyle(truck).transform);
        return [Math.round(matrix.e * 10) / 10, Math.round(matrix.f * 10) / 10] as [number, number];
      });
  });

/**
 * Opens the story on its SVG renderer (MapLibre refused) at rest on the last map step before the camera changes;
 * returns the step after it, the SVG and the SVG's viewBox there.
 */
async function atCameraChange(page: import('@playwright/test').Page) {
  await page.route(/maplibreMap.*\.js$/, (route) => route.abort()); // the SVG renderer's camera alone
  await page.goto('/');
  // The framing follows what a scene names: a step naming other routes has another camera.
  const cameraOf = (step: { scene: string }) => JSON.stringify(scenes.find((s) => s.id === step.scene)!.map!.routes);
  const index = mapSteps.findIndex((step, i) => i > 0 && cameraOf(step) !== cameraOf(mapSteps[i - 1]!));
  const [from, to] = [mapSteps[index - 1]!, mapSteps[index]!];
  const svg = page.locator('[data-graphic] .map-svg');
  await scrollToStep(page, from.id);
  await expectStep(page, from);
  await expect.poll(() => svg.evaluate(atRest)).toBe(true);
  return { to, svg, viewBoxBefore: await svg.getAttribute('viewBox') };
}

/** Opens the first step whose trucks flow, on the SVG renderer, just past its start; returns it. */
async function atFlowingStepStart(page: import('@playwright/test').Page) {
  await page.route(/maplibreMap.*\.js$/, (route) => route.abort()); // keep the SVG renderer in front
  await page.goto('/');
  const step = mapSteps.find((s) => scenes.find((scene) => scene.id === s.scene)!.map!.trucks === 'flow')!;
  await scrollToStep(page, step.id, 5);
  await expectStep(page, step);
  return step;
}

test('trucks move along the routes with scroll progress, driven by the step\'s own scroll timeline', async ({ page }) => {
  const step = await atFlowingStepStart(page);
  await expect(page.locator('[data-graphic] [data-trucks]')).toHaveAttribute('data-hidden', 'false');
  const before = await svgTrucks(page);
  expect(before.length).toBeGreaterThan(0);
  // Each flowing truck is an animation on a view timeline of the step the reader is in: the browser moves it with the
  // scroll, with no script in the scroll's frames.
  const subjects = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('[data-graphic] .map-trucks .truck')]
    .filter((truck) => truck.style.display !== 'none')
    .map((truck) => { const timeline = truck.getAnimations()[0]?.timeline; return timeline instanceof ViewTimeline ? (timeline.subject as HTMLElement).dataset.step : null; }));
  expect(subjects).toEqual(before.map(() => step.id));
  await scrollToStep(page, step.id, 300);
  await expect.poll(async () => Math.hypot((await svgTrucks(page))[0]![0] - before[0]![0], (await svgTrucks(page))[0]![1] - before[0]![1])).toBeGreaterThan(10);
  expect((await svgTrucks(page)).length).toBe(before.length);
});

test('at rest on a map step, trucks stand where the scroll left them and the page asks for no frames', async ({ page }) => {
  await page.addInitScript(() => {
    const request = window.requestAnimationFrame.bind(window);
    (window as unknown as { frameRequests: number }).frameRequests = 0;
    window.requestAnimationFrame = (callback) => {
      (window as unknown as { frameRequests: number }).frameRequests++;
      return request(callback);
    };
  });
  const step = await atFlowingStepStart(page);
  await scrollToStep(page, step.id, 200);
  await expect.poll(async () => (await svgTrucks(page)).length).toBeGreaterThan(0);
  // Once the page is still (and what it does once still is done), nothing moves and no frame is requested.
  await page.waitForTimeout(2500);
  // (svgTrucks itself asks for two frames: the count is read around a wait without it.)
  const trucks = await svgTrucks(page);
  const requests = await page.evaluate(() => (window as unknown as { frameRequests: number }).frameRequests);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { frameRequests: number }).frameRequests)).toBe(requests);
  expect(await svgTrucks(page)).toEqual(trucks);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('trucks are still markers: scrolling through a step does not move them', async ({ page }) => {
    const step = await atFlowingStepStart(page);
    // A scene's trucks are placed in the frames after its change, hidden until they all are.
    await expect(page.locator('[data-graphic] [data-trucks]')).toHaveAttribute('data-hidden', 'false');
    const before = await svgTrucks(page);
    expect(before.length).toBeGreaterThan(0);
    await scrollToStep(page, step.id, 300);
    await expect.poll(() => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-graphic]')!.dataset.progress))).toBeGreaterThan(0.2);
    expect(await svgTrucks(page)).toEqual(before);
  });

  test('a new camera is a cut: shown at once as a transform of the SVG, redrawn crisp once the page is still', async ({ page }) => {
    const { to, svg, viewBoxBefore } = await atCameraChange(page);
    // The jump and the frames after it that draw the scene change (states in the second, names in the third), in
    // the page: it stays still meanwhile, so the crisp redraw has not come yet.
    const cut = await page.evaluate(async ([stepId, scene]) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const step = document.querySelector(`[data-step="${stepId}"]`)!;
      window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 40, behavior: 'instant' });
      while (document.querySelector<HTMLElement>('[data-graphic]')!.dataset.scene !== scene) await frame();
      const labels = document.querySelector<HTMLElement>('[data-graphic] [data-map-labels]')!;
      const namesAtCut = labels.dataset.hidden;
      for (let i = 0; i < 3; i++) await frame();
      const element = document.querySelector<SVGSVGElement>('[data-graphic] .map-svg')!;
      return { transform: element.style.transform, viewBox: element.getAttribute('viewBox'), namesAtCut, namesAfter: labels.dataset.hidden };
    }, [to.id, to.scene] as const);
    // The old names are hidden in the cut's frame and shown again with the new view's names.
    expect([cut.namesAtCut, cut.namesAfter]).toEqual(['true', 'false']);
    expect(cut.transform).not.toBe('');
    expect(cut.viewBox).toBe(viewBoxBefore);
    // Not a tween: the labels already sit on their places under the new camera.
    expect((await labelOffsets(page)).filter(({ dx, dy }) => Math.hypot(dx, dy) > 1.5)).toEqual([]);
    await expect.poll(() => svg.evaluate(atRest)).toBe(true);
    expect(await svg.getAttribute('viewBox')).not.toBe(viewBoxBefore);
    await expect.poll(async () => (await labelOffsets(page)).filter(({ dx, dy }) => Math.hypot(dx, dy) > 1)).toEqual([]);
  });
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
  test('the map is the picture of its fullest scene (its routes come with the script)', async ({ page }) => {
    await page.goto('/');
    const map = page.locator('[data-graphic] [data-map]');
    await expect(map).toBeVisible();
    const picture = map.locator('img.map-picture');
    await picture.scrollIntoViewIfNeeded();
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('alt', /Schematic routes/);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(map.locator('.map-svg')).toBeHidden();
  });
});

/** The SVG at rest: its crisp viewBox drawn, no camera move's transform left on it. */
const atRest = (element: SVGSVGElement) => element.style.transform === '';

/**
 * Each shown place's HTML dot (or ✕) against where the SVG map puts that place, in screen pixels. The SVG's own
 * points are hidden on screen, but its geometry still says where the camera puts them.
 */
const labelOffsets = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-graphic] .map-svg')!;
    const matrix = svg.getScreenCTM()!;
    return [...document.querySelectorAll<HTMLElement>('[data-graphic] .map-label[data-place]')]
      .filter((label) => label.dataset.state !== 'hidden')
      .map((label) => {
        const marker = label.querySelector<Element>(label.dataset.state === 'closed' ? '.closed-x' : '.dot')!.getBoundingClientRect();
        const place = new DOMPoint(Number(label.dataset.x), Number(label.dataset.y)).matrixTransform(matrix);
        return { place: label.dataset.place!, dx: marker.x + marker.width / 2 - place.x, dy: marker.y + marker.height / 2 - place.y };
      });
  });

test('names, dots and closed marks are HTML labels that sit on their places at every map step', async ({ page }) => {
  await page.route(/maplibreMap.*\.js$/, (route) => route.abort()); // the SVG renderer's camera alone
  await page.goto('/');
  for (const step of mapSteps) {
    await scrollToStep(page, step.id);
    await expectStep(page, step);
    const scene = scenes.find((s) => s.id === step.scene)!.map!;
    await expect.poll(() => page.locator('[data-graphic] .map-svg').evaluate(atRest)).toBe(true);
    for (const place of scene.closed ?? []) await expect(page.locator(`[data-graphic] .map-label[data-place="${place}"] .closed-x`)).toBeVisible();
    // Once the camera has arrived, every shown marker is within a pixel of its place.
    await expect.poll(async () => (await labelOffsets(page)).filter(({ dx, dy }) => Math.hypot(dx, dy) > 1)).toEqual([]);
    expect((await labelOffsets(page)).length).toBeGreaterThan(0);
  }
  // On screen the SVG's own text is hidden: the labels are not drawn twice.
  await expect(page.locator('[data-graphic] .map-svg text').first()).toBeHidden();
  await expect(page.locator('[data-graphic] .map-labels .country-name', { hasText: 'Kazakhstan' })).toBeVisible();
});

test('a camera move is a transform of the SVG, redrawn at the end; the labels are hidden while it flies, on their places when shown', async ({ page }) => {
  const { to, svg, viewBoxBefore } = await atCameraChange(page);
  await scrollToStep(page, to.id);
  // During the move: the viewBox the move started from, a transform, and the labels either hidden (the flight) or
  // every one on its place (landed, before the crisp redraw).
  const during: { viewBox: string | null; hidden: boolean; worst: number }[] = [];
  for (const until = Date.now() + 3000; Date.now() < until && during.length < 6; ) {
    const sample = await page.evaluate(() => ({
      transform: document.querySelector<SVGSVGElement>('[data-graphic] .map-svg')!.style.transform,
      hidden: getComputedStyle(document.querySelector('[data-graphic] .map-labels')!).opacity === '0',
    }));
    if (!sample.transform) continue;
    const offsets = await labelOffsets(page);
    during.push({ viewBox: await svg.getAttribute('viewBox'), hidden: sample.hidden, worst: Math.max(...offsets.map(({ dx, dy }) => Math.hypot(dx, dy))) });
  }
  expect(during.length).toBeGreaterThan(0);
  expect(during.some((sample) => sample.hidden)).toBe(true);
  for (const sample of during) {
    expect(sample.viewBox).toBe(viewBoxBefore);
    if (!sample.hidden) expect(sample.worst).toBeLessThan(1.5);
  }
  await expect(page.locator('[data-graphic] .map-labels')).toHaveCSS('opacity', '1');
  // At rest: a new viewBox and no transform left.
  await expect.poll(() => svg.evaluate(atRest)).toBe(true);
  expect(await svg.getAttribute('viewBox')).not.toBe(viewBoxBefore);
  await expect.poll(async () => (await labelOffsets(page)).filter(({ dx, dy }) => Math.hypot(dx, dy) > 1)).toEqual([]);
});
