import { expect, test, type Page } from '@playwright/test';
import { storySteps } from './scroll';
import { screens } from '../../src/lib/screens';

const steps = storySteps();

/**
 * Jumps (an instant scroll, as End, a scrollbar drag or an in-page link make) so the step's top is where a reader has
 * it, and counts animation frames in the page until one shows the step current and the graphic in its scene.
 */
function framesToJump(page: Page, step: { id: string; scene: string }) {
  return page.evaluate(async ([id, scene]) => {
    const element = document.querySelector<HTMLElement>(`[data-step="${id}"]`)!;
    const graphic = document.querySelector<HTMLElement>('[data-graphic]')!;
    const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4;
    window.scrollTo({ top, behavior: 'instant' });
    // What each frame painted, read in a task right after it (scripts/bench-jumps.mjs does the same): the story marks
    // the step in its own rAF callback, later in the same frame than this one.
    for (let frames = 1; frames <= 60; frames++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      if (element.getAttribute('aria-current') === 'step' && graphic.dataset.scene === scene) return frames;
    }
    return Infinity;
  }, [step.id, step.scene] as const);
}

for (const viewport of [screens.laptop, screens.phone]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('a jump to the last step, to a middle step and back to the first shows the right step within 3 frames', async ({ page }) => {
      await page.goto('/');
      await page.waitForFunction(() => document.querySelector('[data-step-controls]:not([hidden])'));
      const targets = [steps[steps.length - 1]!, steps[Math.floor(steps.length / 2)]!, steps[0]!, steps[Math.floor(steps.length / 3)]!];
      for (const step of targets) expect(await framesToJump(page, step), step.id).toBeLessThanOrEqual(3);
    });
  });
}
