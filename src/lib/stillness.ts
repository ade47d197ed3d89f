/**
 * Heavy work that may wait (loading MapLibre, repainting it) runs once the page is still, so it never lands in a
 * frame of a scroll: at 4× CPU throttling one MapLibre load or repaint is a 50–200 ms task.
 */

/** How long the page must have been still: both this many frames and milliseconds without a scroll. */
export const stillBeforeHeavyWork = { frames: 12, ms: 250 };

/** Frames are counted from this long after the last scroll, so both counts can be met together (at 60 Hz). */
const countFramesAfterMs = Math.max(0, stillBeforeHeavyWork.ms - (stillBeforeHeavyWork.frames * 1000) / 60);

/**
 * Calls `then`, in a task of its own, once the page has been still for `stillBeforeHeavyWork`: no scroll (as
 * `lastScrollAt` reports, in performance.now() time) and nothing `busy` (an animation under way). Still is counted in
 * frames as well as time: when a slow machine stalls for a few hundred ms mid-scroll, no scroll events come either,
 * but the reader has not stopped. Cheap while the page scrolls: it waits on a timer and counts frames only once the
 * scroll has paused (a callback in every frame of a scroll, from each wait at once, added up).
 */
export function whenStill(lastScrollAt: () => number, then: () => void, busy: () => boolean = () => false): void {
  let stillFrames = 0;
  let seenScrollAt = 0;
  const waitForPause = () => {
    const quietFor = performance.now() - lastScrollAt();
    if (quietFor < countFramesAfterMs || busy()) {
      window.setTimeout(waitForPause, Math.max(50, countFramesAfterMs - quietFor));
      return;
    }
    seenScrollAt = lastScrollAt();
    stillFrames = 0;
    requestAnimationFrame(countStillFrames);
  };
  const countStillFrames = () => {
    if (lastScrollAt() !== seenScrollAt || busy()) return waitForPause();
    stillFrames += 1;
    if (stillFrames < stillBeforeHeavyWork.frames || performance.now() - lastScrollAt() < stillBeforeHeavyWork.ms) {
      requestAnimationFrame(countStillFrames);
      return;
    }
    window.setTimeout(() => {
      // A scroll between the last frame and this task: wait again.
      if (lastScrollAt() !== seenScrollAt) waitForPause();
      else then();
    });
  };
  waitForPause();
}

/**
 * A function that asks for `then` once the page is still (`whenStill`). Asking again while it waits adds nothing:
 * one watch at a time, so it is cheap to ask from every frame. `then` reads the state it needs when it runs, so what
 * the reader scrolled past is never done.
 */
export function whenStillOnce(lastScrollAt: () => number, then: () => void, busy?: () => boolean): () => void {
  let waiting = false;
  return () => {
    if (waiting) return;
    waiting = true;
    whenStill(lastScrollAt, () => {
      waiting = false;
      then();
    }, busy);
  };
}

/** Runs `tasks` one per idle period (a timeout where the browser has no idle callbacks), in order. */
export function inIdleTime(tasks: Iterable<() => void>): void {
  const queue = [...tasks];
  const next = () => {
    const task = queue.shift();
    if (!task) return;
    task();
    schedule();
  };
  const schedule = () => {
    if (queue.length === 0) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(next, 50);
  };
  schedule();
}
