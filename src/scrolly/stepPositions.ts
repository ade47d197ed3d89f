/**
 * Where the reader is, from numbers alone: the steps' boxes (measured once per layout change) and the scroll
 * offset. A jump of any size then lands on the right step in the frame it happens, with no layout read in that frame.
 */
import type { ScrollPosition } from '../scenes/sceneState';

/** A step's top and height in document coordinates (CSS px from the top of the page). */
export interface StepBox {
  top: number;
  height: number;
}

/**
 * The last step whose top is at or above the trigger line, and how far through it the line is (0–1); above the
 * first step, its start and `inStory: false`. `boxes` are in reading order (their tops never decrease).
 */
export function positionAt(boxes: readonly StepBox[], scrollTop: number, viewportHeight: number, triggerOffset: number): { position: ScrollPosition; inStory: boolean } {
  const trigger = scrollTop + viewportHeight * triggerOffset;
  // Binary search for the last top ≤ trigger.
  let low = 0;
  let high = boxes.length - 1;
  let index = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (boxes[mid]!.top <= trigger) {
      index = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (index === -1) return { position: { step: 0, progress: 0 }, inStory: false };
  const box = boxes[index]!;
  const progress = box.height > 0 ? Math.min(1, Math.max(0, (trigger - box.top) / box.height)) : 0;
  return { position: { step: index, progress }, inStory: true };
}
