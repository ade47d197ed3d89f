import { expect, test } from '@playwright/test';
import { expectStep, scrollToStep, stepUnderTrigger, storySteps } from './scroll';
import { watchPage } from './helpers';

const steps = storySteps();
const last = steps[steps.length - 1]!;
const middle = steps[Math.floor(steps.length / 2)]!;

test('every step carries data-step, and the graphic starts on the first scene', async ({ page }) => {
  await page.goto('/');
  expect(steps.length).toBeGreaterThan(8);
  await expect(page.locator('[data-step]')).toHaveCount(steps.length);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-scene', steps[0]!.scene);
});

test('a slow scroll through every step shows each step and its scene, and the hash follows', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/');
  const historyLength = await page.evaluate(() => history.length);
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expectStep(page, step);
    await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
  }
  // replaceState, not pushState: reading the story adds no history entries.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(watch.consoleErrors).toEqual([]);
});

test('scrolling back up returns to the same step and scene as scrolling down', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, last.id);
  await expectStep(page, last);
  for (const step of [...steps].reverse().slice(1)) {
    await scrollToStep(page, step.id);
    await expectStep(page, step);
  }
});

test('a fast wheel scroll to the end lands on the last step', async ({ page }) => {
  await page.goto('/');
  await page.mouse.move(200, 400);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 2000);
  await page.waitForFunction(() => window.innerHeight + window.scrollY >= document.body.scrollHeight - 2);
  await expectStep(page, last);
});

test('the End key lands on the last step', async ({ page }) => {
  await page.goto('/');
  // As a reader presses End: once the page shows (the story's controls appear once its code runs, after the first
  // paint; headless Chromium here may paint ~0.5 s after the load event, and took no key before it).
  await page.locator('[data-step-controls]').waitFor();
  const endScrolled = page.evaluate(() => new Promise<void>((resolve) => window.addEventListener('scrollend', () => resolve(), { once: true })));
  await page.keyboard.press('End');
  await expectStep(page, last);
  // End's smooth scroll can still be running when the last step turns current (on a loaded machine MapLibre's first
  // load holds the main thread meanwhile), and Chrome lets that scroll win over a Home pressed during it. A reader's
  // Home after the page has come to rest is what this checks.
  await endScrolled;
  await page.keyboard.press('Home');
  await expectStep(page, steps[0]!);
});

test('a deep link opens the page at that step with its scene', async ({ page }) => {
  for (const step of [middle, last, steps[1]!]) {
    await page.goto(`/#${step.id}`);
    await expectStep(page, step);
    expect(await stepUnderTrigger(page)).toBe(step.id);
  }
});

test('a reload mid-page keeps the step and scene', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, middle.id);
  await expectStep(page, middle);
  await page.reload();
  await expectStep(page, middle);
});

test('a resize from desktop to phone width leaves no trigger stuck', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, middle.id);
  await expectStep(page, middle);
  await page.setViewportSize({ width: 375, height: 740 });
  // The same scroll offset now falls elsewhere in the (taller) phone layout: the engine must follow the layout.
  await expect.poll(async () => (await page.locator('[aria-current="step"]').getAttribute('data-step')) === (await stepUnderTrigger(page))).toBe(true);
  const phoneStep = steps.find((step) => step.id === middle.id)!;
  await scrollToStep(page, phoneStep.id);
  await expectStep(page, phoneStep);
  await page.setViewportSize({ width: 375, height: 560 }); // the address bar comes back
  await scrollToStep(page, last.id);
  await expectStep(page, last);
});

test('the live region describes the scene, generated from scene data', async ({ page }) => {
  await page.goto('/');
  const live = page.locator('[data-graphic] [aria-live="polite"]');
  const closes = steps.find((step) => step.scene === 'border-closes')!;
  await scrollToStep(page, closes.id);
  await expectStep(page, closes);
  await expect(live).toContainText('Crossings with tighter checks from 2023, as hauliers reported: Zhana Zhol–Petukhovo');
  const china = steps.find((step) => step.scene === 'detour-china')!;
  await scrollToStep(page, china.id);
  await expectStep(page, china);
  await expect(live).toContainText('Schematic routes: China: Harbin → Manzhouli → Zabaykalsk');
});

test('the visual behind is out of the accessibility tree and the tab order, and comes back in front', async ({ page }) => {
  await page.goto('/');
  const chart = page.locator('[data-graphic] [data-visual-id="chart"]');
  const map = page.locator('[data-graphic] [data-visual-id="map"]');
  const chartStep = steps[0]!;
  const mapStep = steps.find((step) => step.scene === 'border-closes')!;
  await scrollToStep(page, chartStep.id);
  await expectStep(page, chartStep);
  await expect(map).toHaveAttribute('aria-hidden', 'true');
  await expect(map.locator('.embed-link')).toHaveAttribute('tabindex', '-1');
  await expect(chart).not.toHaveAttribute('aria-hidden', /.*/);
  await expect(chart.locator('.embed-link')).not.toHaveAttribute('tabindex', /.*/);
  const mapFigure = page.getByRole('figure', { name: 'Map: the roads into Russia around Kazakhstan' });
  await expect(mapFigure).toHaveCount(0);
  await scrollToStep(page, mapStep.id);
  await expectStep(page, mapStep);
  await expect(chart).toHaveAttribute('aria-hidden', 'true');
  for (const control of await chart.locator('a[href], summary').all()) await expect(control).toHaveAttribute('tabindex', '-1');
  await expect(map).not.toHaveAttribute('aria-hidden', /.*/);
  await expect(map.locator('.embed-link')).not.toHaveAttribute('tabindex', /.*/);
  await expect(mapFigure).toHaveCount(1);
  // The visual in front takes the pointer: the one behind, though rendered, is under it.
  const link = await map.locator('.embed-link').boundingBox();
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-visual-id]')?.getAttribute('data-visual-id'), [link!.x + link!.width / 2, link!.y + link!.height / 2]);
  expect(hit).toBe('map');
});

test.describe('keyboard', () => {
  test('Next and Prev move one step, focus the step and keep it clear of the controls', async ({ page }) => {
    await page.goto('/');
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    await next.focus();
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // focusing the control does not move the page
    await page.keyboard.press('Enter');
    await expectStep(page, steps[0]!);
    await next.focus();
    await page.keyboard.press('Enter');
    await expectStep(page, steps[1]!);
    const focused = page.locator(`[data-step="${steps[1]!.id}"]`);
    await expect(focused).toBeFocused();
    const box = (await focused.boundingBox())!;
    const controls = (await page.locator('[data-step-controls]').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(controls.y); // the step's top is visible above the controls
    expect(box.y + 20).toBeLessThan(viewport.height);
    await page.getByRole('button', { name: 'Prev step', exact: true }).click();
    await expectStep(page, steps[0]!);
  });
  test('arrow keys move between steps when a step has focus', async ({ page }) => {
    await page.goto(`/#${steps[2]!.id}`);
    await expectStep(page, steps[2]!);
    await page.locator(`[data-step="${steps[2]!.id}"]`).evaluate((element: HTMLElement) => {
      element.tabIndex = -1;
      element.focus();
    });
    await page.keyboard.press('ArrowDown');
    await expectStep(page, steps[3]!);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, steps[2]!);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('states cut instead of tweening, and the switch shows it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
    await scrollToStep(page, steps[0]!.id);
    await expectStep(page, steps[0]!);
    const grown = steps.find((step) => step.scene === 'surge-washing-machines')!;
    await scrollToStep(page, grown.id);
    // The bar is final in the very frame the scene changes: no tween.
    const height = await page.evaluate(async () => {
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector('[data-graphic]')?.getAttribute('data-scene') === 'surge-washing-machines' ? resolve() : requestAnimationFrame(check));
        check();
      });
      return Number(document.querySelector('[data-panel="all-goods"] .bar-2022 rect')!.getAttribute('height'));
    });
    const staticFull = await page.evaluate(() => Number(document.querySelector('[data-panel="all-goods"] .bar-2021 rect')!.getAttribute('height')));
    expect(height).toBeGreaterThan(staticFull); // 2022 is taller than 2021 only once fully grown
  });
});

test('the motion switch turns motion off for the rest of the visit', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Reduce motion' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
});
