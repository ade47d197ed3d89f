/**
 * The only module that knows about scrollama. It watches the steps and emits `{step, progress}`, nothing else:
 * what that means for the graphic is `sceneForStep`'s business.
 * scrollama's one role is the step trigger: its IntersectionObserver reports a step crossing the trigger line, which
 * prompts a fresh reading; the position itself comes from the scroll offset and the steps' boxes (stepPositions.ts).
 */
import scrollama from 'scrollama';
import type { ScrollPosition } from '../scenes/sceneState';
import { positionAt, type StepBox } from './stepPositions';

export interface Scroller {
  /** Re-measure after the layout changed (resize, rotation, zoom, fonts). */
  resize(): void;
  /** When the page last scrolled (performance.now()); 0 before any scroll. Heavy work waits for stillness by it. */
  lastScrollAt(): number;
  destroy(): void;
}

/** Fraction of the viewport height, from the top, where a step becomes active. */
export const triggerOffset = 0.5;

/**
 * The position steps' boxes relative to the viewport (their `getBoundingClientRect()`) imply: `positionAt` with the
 * page's top at the viewport's. Pure, like `positionAt`.
 */
export const positionInViewport = (rects: readonly StepBox[], viewportHeight: number) => positionAt(rects, 0, viewportHeight, triggerOffset);

/**
 * The position the layout implies: the last step whose top is above the trigger line, and how far through it the
 * line is; above the first step, its start. Layout reads: for start-up, resizes, settling and step exits only.
 */
export function measurePosition(steps: readonly Element[]): { position: ScrollPosition; inStory: boolean } {
  return positionInViewport(steps.map((element) => element.getBoundingClientRect()), window.innerHeight);
}

/**
 * Whether a reading taken once a scroll has settled is sent: above the story always (the first step's start), else
 * when it names another step or differs by more than 2% of the step from the position last emitted.
 */
export function settledReadingDiffers(reading: { position: ScrollPosition; inStory: boolean }, emitted: ScrollPosition): boolean {
  const { position, inStory } = reading;
  return !inStory || position.step !== emitted.step || Math.abs(position.progress - emitted.progress) > 0.02;
}

/** The steps' boxes in document coordinates: a layout read, only when the layout changes. */
function measureBoxes(steps: readonly HTMLElement[]): StepBox[] {
  const scrollTop = window.scrollY;
  return steps.map((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top + scrollTop, height: rect.height };
  });
}

/**
 * Emits the position in the frame of every scroll, jumps included. Browsers fire `scroll` once per frame, before
 * animation frames run, when layout is still clean: reading the scroll offset there forces no layout, and
 * `positionAt` turns it into a position with the steps' boxes measured when the layout last changed. The visuals then
 * draw it in that same frame. Scrollama's step enter and exit remain as a second opinion from IntersectionObserver;
 * both say the same thing. Also emits after a viewport change and, read from the layout, once each scroll has settled.
 * `inStory` is false above the first step.
 */
export function createScroller(
  steps: readonly HTMLElement[],
  emit: (position: ScrollPosition, inStory: boolean) => void,
  { settled }: { /** Called once each scroll has settled, before the layout is read. */ settled?: () => void } = {},
): Scroller {
  let boxes = measureBoxes(steps);
  let viewportHeight = window.innerHeight;
  const remeasure = () => {
    boxes = measureBoxes(steps);
    viewportHeight = window.innerHeight;
  };
  // Anything that moves or resizes the steps resizes the page or the steps' column: measure again then.
  const observer = new ResizeObserver(() => remeasure());
  observer.observe(document.body);
  if (steps[0]?.parentElement) observer.observe(steps[0].parentElement);
  // Fonts still loading change the steps' heights when they arrive. Once loaded, nothing to wait for: measuring
  // again then ran as a microtask after the story's first draw and forced its layout (40 ms at 4× CPU throttling).
  if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(remeasure);

  let lastKey = '';
  let lastScrollAt = 0;
  /** The position last emitted. */
  let emitted: ScrollPosition = { step: -1, progress: 0 };
  const keyOf = (position: ScrollPosition, inStory: boolean) => `${position.step}:${position.progress.toFixed(4)}:${inStory}`;
  const send = (position: ScrollPosition, inStory: boolean, key = keyOf(position, inStory)) => {
    lastKey = key;
    emitted = position;
    emit(position, inStory);
  };
  const emitPosition = () => {
    const { position, inStory } = positionAt(boxes, window.scrollY, viewportHeight, triggerOffset);
    const key = keyOf(position, inStory);
    if (key !== lastKey) send(position, inStory, key);
  };
  // One listener notes the time and emits: each listener called costs a little in every frame of a scroll.
  const onScroll = () => {
    lastScrollAt = performance.now();
    emitPosition();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  // Scrollama's prompt is not a scroll of the page: it does not move lastScrollAt.
  const recheck = () => {
    lastKey = '';
    emitPosition();
  };

  const scroller = scrollama();
  scroller
    .setup({ step: [...steps], offset: triggerOffset, threshold: 2 })
    // Scrollama's observers only prompt a fresh reading from the boxes: their callbacks can arrive a frame late,
    // after a further jump, and emitting the step they name then put the story on a step it had already left.
    .onStepEnter(recheck)
    .onStepExit(recheck);
  const resize = () => {
    remeasure();
    scroller.resize();
    lastKey = '';
    emitPosition();
  };
  // Scrollama re-measures steps whose height changes, but not the viewport: rotation, zoom and the phone's
  // collapsing address bar move the trigger line, so re-measure on every viewport change (once per frame).
  let resizeFrame = 0;
  const onViewportChange = () => {
    if (resizeFrame) return;
    resizeFrame = requestAnimationFrame(() => {
      resizeFrame = 0;
      resize();
    });
  };
  window.addEventListener('resize', onViewportChange);
  window.visualViewport?.addEventListener('resize', onViewportChange);

  // After a jump (End key, a fling, an anchor) scrollama may have seen no step enter at all, e.g. when the jump
  // lands past the last step. Once the scroll has settled, measure once and follow the layout.
  const settle = () => {
    settled?.();
    const reading = measurePosition(steps);
    // Above the story (the Home key): the first step's start, which the story shows without rewriting the URL.
    if (settledReadingDiffers(reading, emitted)) send(reading.position, reading.inStory);
  };
  // Measuring reads layout, so it waits until scrolls stop coming: each instant scroll (a key press, a script)
  // ends in its own scrollend, and measuring after every one forced a layout inside each of their frames. Safari
  // before 26 has no scrollend: there, 150 ms after the last scroll event. One timer per pause, moved on when it
  // fires early, not one set again at every event: that cost 0.4 ms in every frame of a scroll at 4× CPU throttling.
  let settleTimer = 0;
  let settleAt = 0;
  const settleWhenDue = () => {
    const wait = settleAt - performance.now();
    if (wait > 1) {
      settleTimer = window.setTimeout(settleWhenDue, wait);
      return;
    }
    settleTimer = 0;
    settle();
  };
  const settleEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
  const settleDelay = settleEvent === 'scrollend' ? 100 : 150;
  const onSettleEvent = () => {
    settleAt = performance.now() + settleDelay;
    if (!settleTimer) settleTimer = window.setTimeout(settleWhenDue, settleDelay);
  };
  window.addEventListener(settleEvent, onSettleEvent, { passive: true });

  return {
    resize,
    lastScrollAt: () => lastScrollAt,
    destroy: () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onViewportChange);
      window.visualViewport?.removeEventListener('resize', onViewportChange);
      window.removeEventListener(settleEvent, onSettleEvent);
      clearTimeout(settleTimer);
      cancelAnimationFrame(resizeFrame);
      scroller.destroy();
    },
  };
}
