import { expect, test } from '@playwright/test';
import { expectStep, scrollToStep, storySteps } from './scroll';

test('print shows the whole picture: both visuals in the flow at their fullest, no controls, all text', async ({ page }) => {
  await page.goto('/');
  const first = storySteps()[0]!;
  await scrollToStep(page, first.id);
  await expectStep(page, first); // bars at their 2021 values on screen
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const grown = await page.evaluate(() =>
    [...document.querySelectorAll('[data-graphic] .surge-panel')].every(
      (panel) => Number(panel.querySelector('.bar-2022 rect')!.getAttribute('height')) >= Number(panel.querySelector('.bar-2021 rect')!.getAttribute('height')) &&
        Number(panel.querySelector('.bar-2022 rect')!.getAttribute('height')) > 40,
    ),
  );
  expect(grown).toBe(true);
  const map = page.locator('[data-graphic] [data-map] .map-svg');
  await expect(map).toBeVisible();
  expect((await map.boundingBox())!.height).toBeGreaterThan(300);
  // On paper as on screen the SVG is twice its frame's size each way, centred on it (the frame clips it), and the
  // camera at rest: no transform left from a move.
  const frame = (await page.locator('[data-graphic] [data-map] .map-frame').boundingBox())!;
  const box = (await map.boundingBox())!;
  expect(Math.round(box.width)).toBe(Math.round(frame.width * 2));
  expect(Math.round(box.x + box.width / 2)).toBe(Math.round(frame.x + frame.width / 2));
  expect(Math.round(box.y + box.height / 2)).toBe(Math.round(frame.y + frame.height / 2));
  expect(await map.evaluate((svg) => (svg as SVGSVGElement).style.transform)).toBe('');
  expect(await page.locator('[data-graphic] [data-map] polyline[data-state="active"]').count()).toBeGreaterThan(2);
  // Names on paper are the SVG's own, drawn with the map; the screen's HTML labels stay off.
  await expect(page.locator('[data-graphic] .map-labels')).toBeHidden();
  await expect(page.locator('[data-graphic] .map-svg .country-label', { hasText: 'Kazakhstan' })).toBeVisible();
  await expect(page.locator('[data-step-controls]')).toBeHidden();
  await expect(page.getByText('The border was actually closed to suppliers')).toBeVisible();
});
