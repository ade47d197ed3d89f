/**
 * Step-by-step reading: the Prev/Next controls and the keys (arrows, j/k, n/p on a focused step). Both scroll the
 * page to a step and focus it; the scroll engine then reports the step like any other position. Rapid presses count
 * from the step being scrolled to, until the scroll settles.
 */
export interface StepNavigationOptions {
  stepElements: readonly HTMLElement[];
  /** The step controls (StepControls.astro), if the page has them. */
  controls: HTMLElement | null;
  /** What the controls follow: shown only while it is on screen. */
  story: HTMLElement;
  /** The index of the step shown, or -1 above the story. */
  shownIndex: () => number;
  /** Whether to jump instead of scrolling smoothly. */
  reduceMotion: () => boolean;
  /** The motion switch was pressed. */
  toggleMotion: () => void;
}

export function wireStepNavigation({ stepElements, controls, story, shownIndex, reduceMotion, toggleMotion }: StepNavigationOptions) {
  /** The step a Prev/Next press is scrolling to, until the scroll settles. */
  let navigatingTo: number | null = null;
  const currentIndex = () => navigatingTo ?? shownIndex();

  /** `instant`: a jump (the chapter bar's), whatever the motion setting. */
  function goToStep(index: number, instant = false) {
    navigatingTo = Math.min(stepElements.length - 1, Math.max(0, index));
    const target = stepElements[navigatingTo]!;
    // Focusable only once the reader navigates by step, so a deep link doesn't paint a focus ring on arrival.
    target.tabIndex = -1;
    // 'start' honours the step's scroll-margin: the same spot a deep link lands on.
    target.scrollIntoView({ block: 'start', behavior: instant || reduceMotion() ? 'instant' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  if (controls) {
    controls.hidden = false;
    new IntersectionObserver(([entry]) => {
      controls.dataset.onScreen = String(entry!.isIntersecting);
    }).observe(story);
    controls.querySelector('[data-step-prev]')!.addEventListener('click', () => goToStep(currentIndex() - 1));
    controls.querySelector('[data-step-next]')!.addEventListener('click', () => goToStep(currentIndex() + 1));
    controls.querySelector('[data-motion-toggle]')!.addEventListener('click', toggleMotion);
  }

  // Keys, when focus is on a step (or a link in one): arrows, j/k or n/p move one step.
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = (event.target as Element | null)?.closest?.('[data-step]');
    if (!current) return;
    const index = stepElements.indexOf(current as HTMLElement);
    const forward = ['ArrowDown', 'ArrowRight', 'j', 'n'].includes(event.key);
    const back = ['ArrowUp', 'ArrowLeft', 'k', 'p'].includes(event.key);
    if (!forward && !back) return;
    event.preventDefault();
    goToStep(index + (forward ? 1 : -1));
  });

  return {
    /** The scroll has settled: presses count from the step shown again. */
    settled() {
      navigatingTo = null;
    },
    /** Jumps to step `index` and focuses it, as the chapter bar's list does. */
    jumpTo(index: number) {
      goToStep(index, true);
    },
  };
}
