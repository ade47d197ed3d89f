/**
 * The only module that knows about scrollama. It watches the steps and emits `{step, progress}`, nothing else:
 * what that means for the graphic is `sceneForStep`'s business.
 */
import scrollama from 'scrollama';
import type { ScrollPosition } from './sceneState';

export interface Scroller {
  /** Re-measure after the layout changed (resize, rotation, zoom, fonts). */
  resize(): void;
  destroy(): void;
}

/** Fraction of the viewport height, from the top, where a step becomes active. */
export const triggerOffset = 0.5;

/**
 * How far the trigger line is through `element`, 0–1. A layout read, so it is only called on step changes,
 * never per frame: it seeds progress when scrollama enters a step after a jump.
 */
export function progressThrough(element: Element, viewportHeight: number): number {
  const rect = element.getBoundingClientRect();
  if (rect.height <= 0) return 0;
  return Math.min(1, Math.max(0, (viewportHeight * triggerOffset - rect.top) / rect.height));
}

/**
 * The position the layout implies: the last step whose top is above the trigger line, and how far through it the
 * line is; above the first step, its start. Layout reads: for start-up, resizes, settling and step exits only.
 */
export function measurePosition(steps: readonly Element[]): { position: ScrollPosition; inStory: boolean } {
  const trigger = window.innerHeight * triggerOffset;
  let index = -1;
  steps.forEach((element, i) => {
    if (element.getBoundingClientRect().top <= trigger) index = i;
  });
  if (index === -1) return { position: { step: 0, progress: 0 }, inStory: false };
  return { position: { step: index, progress: progressThrough(steps[index]!, window.innerHeight) }, inStory: true };
}

export function createScroller(steps: readonly HTMLElement[], emit: (position: ScrollPosition) => void): Scroller {
  const scroller = scrollama();
  /** The step scrollama last entered and has not exited, or -1 between steps. */
  let active = -1;
  scroller
    .setup({ step: [...steps], offset: triggerOffset, progress: true, threshold: 2 })
    .onStepEnter(({ element, index }) => {
      active = index;
      emit({ step: index, progress: progressThrough(element, window.innerHeight) });
    })
    // Scrollama also reports progress for a step as it exits (and after a resize, for steps left long ago):
    // only the entered step speaks for the position.
    .onStepProgress(({ index, progress }) => {
      if (index === active) emit({ step: index, progress });
    })
    .onStepExit(({ index }) => {
      if (index !== active) return;
      active = -1;
      // The trigger line is now between steps (or above or below them all). Where exactly is not scrollama's to
      // say after a resize or a jump, so measure: the end of the step last passed, or the first step's start.
      emit(measurePosition(steps).position);
    });
  return { resize: () => scroller.resize(), destroy: () => scroller.destroy() };
}
