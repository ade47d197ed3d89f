import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stillBeforeHeavyWork, whenStill, whenStillOnce } from '../../../src/lib/stillness';

describe('whenStillOnce(lastScrollAt, then)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    vi.stubGlobal('window', globalThis);
    // Frames every 16 ms on the fake clock, counted.
    frameRequests = 0;
    stalledUntil = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frameRequests += 1;
      return setTimeout(() => callback(performance.now()), Math.max(16, stalledUntil - performance.now()));
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  let frameRequests = 0;
  /** Until when no frame comes (a stalled machine). */
  let stalledUntil = 0;
  const stillFor = (ms: number) => vi.advanceTimersByTime(ms);
  /** A scroll event in every 16 ms frame for `ms`. */
  const scrollFor = (ms: number, onScroll: () => void) => {
    for (let t = 0; t < ms; t += 16) {
      onScroll();
      vi.advanceTimersByTime(16);
    }
  };

  it('runs `then` once the page has been still, once however often it was asked', () => {
    let lastScrollAt = performance.now();
    const then = vi.fn();
    const soon = whenStillOnce(() => lastScrollAt, then);
    for (let i = 0; i < 5; i++) soon();
    stillFor(100);
    lastScrollAt = performance.now(); // a scroll: the wait starts over
    stillFor(stillBeforeHeavyWork.ms - 50);
    expect(then).not.toHaveBeenCalled();
    stillFor(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('can be asked again once it has run, and waits while `busy`', () => {
    const then = vi.fn();
    let busy = true;
    const soon = whenStillOnce(() => 0, then, () => busy);
    soon();
    stillFor(2000);
    expect(then).not.toHaveBeenCalled();
    busy = false;
    stillFor(2000);
    expect(then).toHaveBeenCalledTimes(1);
    soon();
    stillFor(2000);
    expect(then).toHaveBeenCalledTimes(2);
  });

  it('asks for no animation frame while the page scrolls: it waits on a timer', () => {
    let lastScrollAt = performance.now();
    const then = vi.fn();
    whenStill(() => lastScrollAt, then);
    scrollFor(2000, () => (lastScrollAt = performance.now()));
    expect(frameRequests).toBe(0);
    expect(then).not.toHaveBeenCalled();
    stillFor(stillBeforeHeavyWork.ms + 50);
    expect(then).toHaveBeenCalledTimes(1);
    // Only the frames that count the stillness, once the scroll had paused.
    expect(frameRequests).toBeGreaterThanOrEqual(stillBeforeHeavyWork.frames);
    expect(frameRequests).toBeLessThanOrEqual(stillBeforeHeavyWork.frames + 2);
  });

  it('does not take a stall mid-scroll for stillness: the frames after it bring the next scroll', () => {
    let lastScrollAt = performance.now();
    const then = vi.fn();
    whenStill(() => lastScrollAt, then);
    scrollFor(500, () => (lastScrollAt = performance.now()));
    // A frame that takes 400 ms: no frame and no scroll event meanwhile; the scroll goes on in the frames after it.
    stalledUntil = performance.now() + 400;
    stillFor(400);
    scrollFor(500, () => (lastScrollAt = performance.now()));
    expect(then).not.toHaveBeenCalled();
    stillFor(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
