import { expect, test, type Page } from '@playwright/test';
import { readStep as readStoryStep, storySteps } from './scroll';
import { watchPage } from './helpers';
import { readFileSync } from 'node:fs';

const steps = storySteps();
const georgia = steps.find((step) => step.scene === 'detour-georgia')!;
const next = steps[steps.indexOf(georgia) + 1]!;
const map = '[data-graphic] [data-map]';
const words = (code: string) => (JSON.parse(readFileSync(`content/editions/${code}.json`, 'utf8')) as { scene: { explore: { open: string; back: string } } }).scene.explore;

/** The step's top where a reader has it, a little above the middle of the screen, once the story has started. */
async function readStep(page: Page, step: { id: string; scene: string }) {
  await page.waitForSelector(`${map} [data-explore]`, { state: 'attached' });
  await readStoryStep(page, step);
}

/** The map at rest: drawn crisp, names shown, trucks placed, MapLibre (once it has loaded) showing the scene. */
async function mapAtRest(page: Page) {
  await page.waitForFunction((selector) => {
    const figure = document.querySelector<HTMLElement>(selector)!;
    return figure.querySelector<SVGSVGElement>('[data-map-svg]')!.style.transform === ''
      && figure.querySelector('[data-map-labels]')!.getAttribute('data-hidden') !== 'true'
      && figure.querySelector('[data-trucks]')!.getAttribute('data-hidden') !== 'true'
      && figure.dataset.maplibreBehind === undefined;
  }, map, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
}

/** The explore control, pressed where a reader taps it (a locator's click would scroll the sticky graphic). */
async function pressExplore(page: Page) {
  const box = (await page.locator(`${map} [data-explore]`).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Share of pixels that differ by more than antialiasing between two PNGs of the same size, decoded by the browser. */
async function differingShare(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(async ([first, second]) => {
    const pixels = async (data: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [p, q] = [await pixels(first), await pixels(second)];
    if (p.length !== q.length) return { share: 1, where: 'sizes differ' };
    let differing = 0;
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const width = (await (async () => { const image = new Image(); image.src = `data:image/png;base64,${first}`; await image.decode(); return image.width; })());
    for (let i = 0; i < p.length; i += 4) {
      if (Math.max(Math.abs(p[i]! - q[i]!), Math.abs(p[i + 1]! - q[i + 1]!), Math.abs(p[i + 2]! - q[i + 2]!)) <= 48) continue;
      differing += 1;
      const [x, y] = [(i / 4) % width, Math.floor(i / 4 / width)];
      box[0] = Math.min(box[0]!, x); box[1] = Math.min(box[1]!, y); box[2] = Math.max(box[2]!, x); box[3] = Math.max(box[3]!, y);
    }
    return { share: differing / (p.length / 4), where: box.join(',') };
  }, [a.toString('base64'), b.toString('base64')] as const);
}

/** The map's own picture: the frame with the text, the chapter bar and the controls over it (its own too) hidden for the shot. */
async function mapShot(page: Page) {
  const style = await page.addStyleTag({ content: '.scrolly-text, [data-chapter-bar], [data-step-controls], [data-explore] { visibility: hidden !important; }' });
  // By its box: a locator's screenshot scrolls its element into view, and the sticky graphic's box moves the page.
  const shot = await page.screenshot({ clip: (await page.locator(`${map} .map-frame`).boundingBox())! });
  await style.evaluate((element) => (element as Element).remove());
  return shot;
}

const camera = (page: Page) => page.locator(`${map} [data-map-svg]`).getAttribute('data-camera');

for (const [edition, path] of [['en', '/'], ['ru', '/ru/']] as const) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test.describe(`${edition} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('explore, pan and zoom by mouse and keyboard, then back to the story: the step\'s own picture again', async ({ page }) => {
        test.slow();
        const watch = watchPage(page);
        await page.goto(path);
        await readStep(page, georgia);
        await expect(page.locator(map)).toHaveAttribute('data-renderer', /maplibre|svg/, { timeout: 30_000 });
        await mapAtRest(page);
        const frame = page.locator(`${map} .map-frame`);
        const before = await mapShot(page);
        const scrolled = await page.evaluate(() => window.scrollY);
        const described = await page.locator('[data-graphic-description]').textContent();
        const start = await camera(page);

        await pressExplore(page);
        await expect(page.locator('[data-graphic]')).toHaveAttribute('data-exploring', '');
        await expect(page.locator(`${map} [data-explore]`)).toHaveText(words(edition).back);
        await expect(frame).toBeFocused();
        // A drag, then the keys on the focused map: the camera moves, and the names are placed again for the view.
        const box = (await frame.boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.6 - 90, box.y + box.height * 0.3 + 50, { steps: 6 });
        await page.mouse.up();
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('+');
        await expect.poll(() => camera(page)).not.toBe(start);
        // The live description says what is in view now, in the edition's words.
        await expect(page.locator('[data-graphic-description]')).not.toHaveText(described ?? '', { timeout: 5_000 });
        await expect(page.locator('[data-graphic-description]')).toHaveText(edition === 'en' ? /^Exploring the map\. In view: / : /^Вы исследуете карту\. Видны: /);
        if (viewport.width < 900) await expect(page.locator('.scrolly-text')).toHaveCSS('visibility', 'hidden');

        await pressExplore(page);
        await expect(page.locator('[data-graphic]')).not.toHaveAttribute('data-exploring', '');
        await expect(page.locator(`${map} [data-explore]`)).toHaveText(words(edition).open);
        await page.mouse.move(box.x + box.width - 4, box.y + 70);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await expect.poll(() => camera(page), { timeout: 15_000 }).toBe(start);
        await mapAtRest(page);
        const after = await mapShot(page);
        const difference = await differingShare(page, before, after);
        expect(difference.share, `pixels differ within ${difference.where}`).toBeLessThan(0.002);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
        await expect(page.locator('[data-graphic-description]')).toHaveText(described ?? '');
        expect(watch.consoleErrors).toEqual([]);
      });

      test('scrolling on to the next step leaves the explore mode', async ({ page }) => {
        await page.goto(path);
        await readStep(page, georgia);
        await pressExplore(page);
        await expect(page.locator('[data-graphic]')).toHaveAttribute('data-exploring', '');
        await readStep(page, next);
        await expect(page.locator('[data-graphic]')).not.toHaveAttribute('data-exploring', '');
        await expect(page.locator(`${map} [data-explore]`)).toHaveText(words(edition).open);
      });
    });
  }
}

test('under reduced motion, back to the story jumps to the step\'s view: no flight', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await readStep(page, georgia);
  await mapAtRest(page);
  await pressExplore(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('-');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
  // Every frame's transform of the SVG for a second after "Back": a flight draws many, a cut one (then none, crisp).
  const sampled = page.evaluate(() => new Promise<string[]>((resolve) => {
    const svg = document.querySelector<SVGSVGElement>('[data-graphic] [data-map-svg]')!;
    const seen: string[] = [];
    const until = performance.now() + 1000;
    const sample = () => {
      seen.push(svg.style.transform);
      if (performance.now() < until) requestAnimationFrame(sample);
      else resolve(seen);
    };
    requestAnimationFrame(sample);
  }));
  await pressExplore(page);
  const transforms = new Set((await sampled).filter((transform) => transform !== ''));
  expect(transforms.size).toBeLessThanOrEqual(1);
});

for (const [edition, path] of [['en', '/'], ['ru', '/ru/']] as const) {
  test(`exploring (${edition}, phone): no serious or critical axe violations, every rule`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await readStep(page, georgia);
    await pressExplore(page);
    await expect(page.locator('[data-graphic]')).toHaveAttribute('data-exploring', '');
    await page.keyboard.press('ArrowDown');
    // Audited as the reader sees it: the explore styles (loaded by the script) applied, the bar at the bottom.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.explore-toggle')!).position === 'fixed');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
