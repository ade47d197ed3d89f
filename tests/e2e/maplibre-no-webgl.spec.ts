import { expect, test } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { expectStep, scrollToStep, storySteps } from './scroll';
import { watchPage } from './helpers';

// A browser without WebGL: MapLibre cannot start, so the SVG renderer must keep following the story.
test.use({ launchOptions: { executablePath: findChromium(), args: [...chromiumArgs, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

const steps = storySteps();
const closes = steps.find((step) => step.scene === 'border-closes')!;
const map = '[data-graphic] [data-map]';

test('without WebGL the SVG map stays and follows the scenes, with nothing in the console', async ({ page }) => {
  const watch = watchPage(page);
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  await page.goto('/');
  await scrollToStep(page, closes.id);
  await expectStep(page, closes);
  await expect(page.locator(map)).toHaveAttribute('data-renderer', 'svg', { timeout: 20_000 });
  await expect(page.locator(`${map} g.place[data-place="kurmangazy"]`)).toHaveAttribute('data-state', 'closed');
  const china = steps.find((step) => step.scene === 'detour-china')!;
  await scrollToStep(page, china.id);
  await expectStep(page, china);
  await expect(page.locator(`${map} polyline[data-route="china-direct"]`)).toHaveAttribute('data-state', 'active');
  expect(watch.consoleErrors).toEqual([]);
});
