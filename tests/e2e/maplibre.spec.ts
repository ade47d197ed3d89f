import { expect, test, type Page } from '@playwright/test';
import { expectStep, graphicAtRest, scrollToStep, storySteps } from './scroll';
import { watchPage } from './helpers';

const steps = storySteps();
const closes = steps.find((step) => step.scene === 'border-closes')!;
const flowing = steps.find((step) => step.scene === 'trade-route-2022')!;
const map = '[data-graphic] [data-map]';

/** Distinct colours in a screenshot of `selector`, decoded by the browser itself. */
async function distinctColours(page: Page, selector: string) {
  const png = (await page.locator(selector).screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 37) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return colours.size;
  }, png);
}

test('MapLibre takes over near the map, draws a non-blank canvas, and nothing leaves the origin', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/');
  await expect(page.locator(map)).not.toHaveAttribute('data-renderer', /.+/); // not in the first view's cost
  await scrollToStep(page, closes.id);
  await expectStep(page, closes);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  await expect(page.locator(`${map} .maplibre-container canvas`)).toBeVisible();
  // Once the page is still MapLibre has drawn the scene and its canvas is shown; the SVG under it is hidden for the
  // shot, so the colours are MapLibre's own.
  await expect(page.locator(map)).not.toHaveAttribute('data-maplibre-behind', '', { timeout: 15_000 });
  await expect(page.locator(`${map} .maplibre-container`)).toHaveCSS('opacity', '1');
  await page.addStyleTag({ content: '.map-svg, .map-labels, .map-trucks { visibility: hidden !important; }' });
  await expect.poll(() => distinctColours(page, `${map} .maplibre-container`), { timeout: 15_000 }).toBeGreaterThan(8);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('MapLibre repaints only once the page is still: while the reader scrolls it is transparent over the SVG', async ({ page }) => {
  const next = steps[steps.indexOf(closes) + 1]!;
  await page.goto(`/#${closes.id}`);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  await expectStep(page, closes);
  await expect(page.locator(map)).not.toHaveAttribute('data-maplibre-behind', '', { timeout: 15_000 });
  const cameraBefore = await page.locator(`${map} .maplibre-container`).getAttribute('data-camera');
  // Scroll a little every frame, into the next scene (a new camera) and on for half a second more.
  const samples = await page.evaluate(async ([selector, scene]) => {
    const figure = document.querySelector<HTMLElement>(selector)!;
    const container = figure.querySelector<HTMLElement>('.maplibre-container')!;
    const graphic = document.querySelector<HTMLElement>('[data-graphic]')!;
    const seen: { behind: boolean; opacity: string; camera: string | undefined }[] = [];
    let y = window.scrollY;
    let after = 0;
    const startedAt = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => {
        if (graphic.dataset.scene === scene) {
          seen.push({ behind: figure.dataset.maplibreBehind === '', opacity: getComputedStyle(container).opacity, camera: container.dataset.camera });
          after += 1;
        }
        y += 6;
        window.scrollTo(0, y);
        if (after >= 30 || performance.now() - startedAt > 20_000) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return seen;
  }, [map, next.scene] as const);
  expect(samples.length).toBe(30);
  for (const sample of samples) expect(sample).toEqual({ behind: true, opacity: '0', camera: cameraBefore });
  // Still again: MapLibre catches up, on the new scene's camera, and shows.
  await expect(page.locator(map)).not.toHaveAttribute('data-maplibre-behind', '', { timeout: 10_000 });
  await expect(page.locator(`${map} .maplibre-container`)).not.toHaveAttribute('data-camera', cameraBefore!);
  await expect(page.locator(`${map} .maplibre-container`)).toHaveCSS('opacity', '1');
});

test('over MapLibre the HTML labels sit where MapLibre puts their places', async ({ page }) => {
  await page.goto(`/#${closes.id}`);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  await expectStep(page, closes);
  // MapLibre draws no names or marks in the story: the page's ✕ marks must land where MapLibre's camera puts the
  // closed crossings (world point − camera centre, times 2^zoom, from the frame's centre).
  const offsets = await page.evaluate(() => {
    const container = document.querySelector<HTMLElement>('[data-graphic] .maplibre-container')!;
    const box = container.getBoundingClientRect();
    const [lon, lat, zoom] = container.dataset.camera!.split(',').map(Number) as [number, number, number];
    const radius = 512 / (2 * Math.PI);
    const centre = [((lon * Math.PI) / 180) * radius, -Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * radius] as const;
    return [...document.querySelectorAll<HTMLElement>('[data-graphic] .map-label[data-state="closed"]')].map((label) => {
      const mark = label.querySelector('.closed-x')!.getBoundingClientRect();
      const x = box.x + box.width / 2 + (Number(label.dataset.x) - centre[0]) * 2 ** zoom;
      const y = box.y + box.height / 2 + (Number(label.dataset.y) - centre[1]) * 2 ** zoom;
      return Math.hypot(mark.x + mark.width / 2 - x, mark.y + mark.height / 2 - y);
    });
  });
  expect(offsets.length).toBeGreaterThan(0);
  for (const offset of offsets) expect(offset).toBeLessThan(1.5);
});

test('over MapLibre, the trucks are drawn on top of the canvas and move between two progress points', async ({ page }) => {
  await page.goto(`/#${flowing.id}`);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  await scrollToStep(page, flowing.id, 5);
  await expectStep(page, flowing);
  /** The first visible truck: its centre on screen, and what the page shows at that point. */
  const firstTruck = () =>
    page.evaluate(async (selector) => {
      // The trucks move on the compositor; the main thread's copy of their scroll timeline is brought up to date in
      // an animation frame, and a still page requests none of its own.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const truck = [...document.querySelectorAll<SVGSVGElement>(`${selector} .map-trucks .truck`)].find((t) => t.style.display !== 'none');
      if (!truck) return null;
      const box = truck.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      return { x, y };
    }, map);
  // A scene's trucks are placed in the frames after its change, hidden until they all are, then fade in: wait for
  // them shown and a truck that stays put.
  await expect.poll(async () => {
    const first = await firstTruck();
    await page.waitForTimeout(400);
    const second = await firstTruck();
    const shown = await page.locator(`${map} [data-trucks]`).getAttribute('data-hidden') === 'false';
    return shown && first !== null && second !== null && first.x === second.x && first.y === second.y;
  }, { timeout: 10_000 }).toBe(true);
  await graphicAtRest(page);
  const before = (await firstTruck())!;
  // On top: the trucks' near-black shows around the truck, not only the canvas's
  // land, sea and routes. The names, the only other near-black, are hidden for the shot.
  const hideNames = await page.addStyleTag({ content: '.map-labels { visibility: hidden !important; }' });
  // Trucks stand still while the page does; a box of ±20 px holds the whole arrow.
  const centre = (await page.screenshot({ clip: { x: before.x - 20, y: before.y - 20, width: 40, height: 40 } })).toString('base64');
  await hideNames.evaluate((style) => (style as HTMLStyleElement).remove());
  const darkest = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let min = 255;
    for (let i = 0; i < pixels.length; i += 4) min = Math.min(min, Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!));
    return min;
  }, centre);
  expect(darkest).toBeLessThan(60);
  await scrollToStep(page, flowing.id, 300);
  // A third of a step moves it by tens of pixels.
  await expect.poll(async () => { const now = (await firstTruck())!; return Math.hypot(now.x - before.x, now.y - before.y); }).toBeGreaterThan(10);
});

test('the map does not capture the wheel: scrolling over it scrolls the page', async ({ page }) => {
  await page.goto(`/#${closes.id}`);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'maplibre', { timeout: 20_000 });
  const box = (await page.locator(`${map} .maplibre-container`).boundingBox())!;
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 300);
});

test('if the map code fails to load, the SVG map stays and follows the scenes, quietly', async ({ page }) => {
  const watch = watchPage(page);
  await page.route(/maplibreMap.*\.js$/, (route) => route.abort());
  await page.goto('/');
  await scrollToStep(page, closes.id);
  await expectStep(page, closes);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'svg', { timeout: 20_000 });
  const china = steps.find((step) => step.scene === 'detour-china')!;
  await scrollToStep(page, china.id);
  await expectStep(page, china);
  await expect(page.locator(`${map} polyline[data-route="china-direct"]`)).toHaveAttribute('data-state', 'active');
  await expect(page.locator(`${map} .map-svg`)).toBeVisible();
  expect(watch.consoleErrors.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);
});
