/**
 * The story's one owner of the reduced-motion choice: the reader's setting (lib/motion.ts) at load and when the
 * system's changes, or the on-page switch (StepControls.astro). Written to `<html data-motion>` for the stylesheets
 * and to the switch's `aria-pressed`; every other module asks `reduced()`.
 */
import { readReducedMotion, storeReducedMotion } from '../lib/motion';

export function createMotionSwitch(controls: HTMLElement | null) {
  let reduce = readReducedMotion();
  const apply = () => {
    document.documentElement.dataset.motion = reduce ? 'reduced' : 'full';
    controls?.querySelector('[data-motion-toggle]')?.setAttribute('aria-pressed', String(reduce));
  };
  return {
    reduced: () => reduce,
    /** Shows the choice and follows the system's setting from now on. */
    start() {
      apply();
      window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => {
        reduce = readReducedMotion();
        apply();
      });
    },
    /** The on-page switch was pressed: remembered for the visit. */
    toggle() {
      reduce = !reduce;
      storeReducedMotion(reduce);
      apply();
    },
  };
}
