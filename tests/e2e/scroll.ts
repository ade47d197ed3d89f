import type { Page } from '@playwright/test';
import { readStorySteps } from '../../src/lib/storySteps';

/** The story's steps in reading order, read from the MDX sources (not from the page under test). */
export const storySteps = () => readStorySteps('content/story');

/** Scrolls so the trigger line (mid-viewport) sits `into` px inside the step: the reliable way to reach a step. */
export async function scrollToStep(page: Page, id: string, into = 40) {
  await page.evaluate(
    ([stepId, offset]) => {
      const element = document.querySelector(`[data-step="${stepId}"]`)!;
      const top = element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight / 2 + Number(offset), behavior: 'instant' });
    },
    [id, String(into)] as const,
  );
}

/** Waits until the page shows `step` as current and the graphic shows `scene`. */
export async function expectStep(page: Page, step: { id: string; scene: string }) {
  await page.waitForFunction(
    ([id, scene]) =>
      document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id &&
      document.querySelector('[data-graphic]')?.getAttribute('data-scene') === scene &&
      document.querySelectorAll('[aria-current="step"]').length === 1,
    [step.id, step.scene] as const,
    { timeout: 15_000 }, // MapLibre's start-up in software WebGL can hold the main thread for seconds on a loaded machine
  );
}

/**
 * Puts the step's top where a reader has it, a little above the middle of the screen (40% down: the reading line of
 * src/map/freeArea.ts), and waits until the page shows the step and its scene.
 */
export async function readStep(page: Page, step: { id: string; scene: string }) {
  await page.evaluate((id) => {
    const element = document.querySelector(`[data-step="${id}"]`)!;
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4, behavior: 'instant' });
  }, step.id);
  await expectStep(page, step);
}

/** The step the trigger line is in or last passed, measured from the layout: an oracle independent of the engine. */
export function stepUnderTrigger(page: Page) {
  return page.evaluate(() => {
    let current: string | undefined;
    for (const element of document.querySelectorAll<HTMLElement>('[data-step]')) {
      if (element.getBoundingClientRect().top <= window.innerHeight / 2) current = element.dataset.step;
    }
    return current;
  });
}

/**
 * Waits until the graphic's transitions (its cross-fades, the names' fade-in) have finished, as a reader sees it at
 * rest. The trucks' animations run on the scroll, or for ever in an embed: they never finish and change no text.
 */
export async function graphicAtRest(page: Page) {
  await page.evaluate(() => Promise.all(document.querySelector('[data-graphic]')!.getAnimations({ subtree: true })
    .filter((animation) => !(animation.timeline instanceof ScrollTimeline) && animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished)));
}
