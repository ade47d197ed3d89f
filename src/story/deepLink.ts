/**
 * Deep links: the URL's hash follows the step the reader stops at. Arriving needs no code: steps carry a
 * scroll-margin that puts a linked step's top just above the trigger line, so the browser's own jump to `#step-id`
 * (and a reload's restored position) lands inside the step and the scroller reports it like any other position.
 */
import { whenStillOnce } from '../lib/stillness';

/**
 * Returns `follow(step)`, called with the step drawn: once the page is still, the hash names the step then shown
 * (`shownStep`). Written in a task of its own: replaceState costs 20–35 ms at 4× CPU throttling, and next to a frame
 * of the scroll it made long tasks (scripts/bench.mjs). Steps scrolled past are never written.
 */
export function createDeepLink(lastScrollAt: () => number, shownStep: () => string | undefined): (step: string) => void {
  /** The step the URL's hash names, as last written. */
  let linkedStep = decodeURIComponent(location.hash.slice(1));
  const linkStepSoon = whenStillOnce(lastScrollAt, () => {
    const step = shownStep();
    if (step === undefined || linkedStep === step) return;
    linkedStep = step;
    history.replaceState(history.state, '', `#${step}`);
  });
  return (step) => {
    if (linkedStep !== step) linkStepSoon();
  };
}
