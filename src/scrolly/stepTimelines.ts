/**
 * Each step's scroll progress as a timeline the browser keeps itself: a view timeline of the step with the scrollport
 * inset to the trigger line, so it runs from 0% as the line reaches the step's top to 100% at its bottom, the progress
 * `positionAt` gives. Animations on it (the map's trucks) move with the scroll on the compositor, with no script in
 * the scroll's frames. Null where the browser has no view timelines: callers then set progress themselves.
 */
import { inIdleTime } from '../lib/stillness';

export function createStepTimelines(steps: readonly Element[], triggerOffset: number): ((step: number) => AnimationTimeline) | null {
  if (typeof ViewTimeline !== 'function') return null;
  // Inset from the top by the trigger's share of the height and from the bottom by the rest: a scrollport of no height.
  const inset = `${triggerOffset * 100}% ${(1 - triggerOffset) * 100}%`;
  const timelines: (AnimationTimeline | undefined)[] = [];
  const timeline = (step: number) => (timelines[step] ??= new ViewTimeline({ subject: steps[step]!, axis: 'block', inset }));
  // Made ahead, one per idle moment: making one lays the page out (about 3 ms at 4× CPU throttling), which in a
  // scroll's frame would be a forced layout, and all at the story's start made its first task longer.
  inIdleTime(steps.map((_, step) => () => void timeline(step)));
  return (step) => timeline(Math.min(steps.length - 1, Math.max(0, step)));
}
