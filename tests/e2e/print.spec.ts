import { expect, test } from '@playwright/test';
import { expectStep, scrollToStep, storySteps } from './scroll';

test('print reads top to bottom: every step\'s text with its picture, no sticky graphic, no controls', async ({ page }) => {
  await page.goto('/');
  const first = storySteps()[0]!;
  await scrollToStep(page, first.id);
  await expectStep(page, first);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // The steps' pictures show every scene; the graphic's one state would only repeat one of them.
  await expect(page.locator('[data-graphic]')).toBeHidden();
  const pictures = page.locator('[data-step] .step-picture');
  expect(await pictures.count()).toBeGreaterThan(8);
  for (const picture of await pictures.all()) await expect(picture).toBeVisible();
  await expect(page.locator(`[data-step="${first.id}"] .step-picture img`)).toHaveAttribute('src', `/pictures/${first.scene}.svg`);
  await expect(page.locator('[data-step-controls]')).toBeHidden();
  await expect(page.getByText('The border was actually closed to suppliers')).toBeVisible();
});
