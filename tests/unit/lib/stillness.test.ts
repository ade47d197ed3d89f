import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stillBeforeHeavyWork, whenStillOnce } from '../../../src/lib/stillness';

describe('whenStillOnce(lastScrollAt, then)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    vi.stubGlobal('window', globalThis);
    // Frames every 16 ms on the fake clock.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const stillFor = (ms: number) => vi.advanceTimersByTime(ms);

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
});
