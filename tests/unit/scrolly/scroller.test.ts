import { describe, expect, it } from 'vitest';
import { positionInViewport, settledReadingDiffers, triggerOffset } from '../../../src/scrolly/scroller';

// Steps' boxes as getBoundingClientRect() gives them: tops relative to the viewport. An 800 px viewport puts the
// trigger line at 400 px.
const rects = [{ top: -900, height: 600 }, { top: 100, height: 500 }, { top: 700, height: 400 }];

describe('positionInViewport(rects, viewportHeight)', () => {
  it('triggers halfway down the viewport', () => {
    expect(triggerOffset).toBe(0.5);
  });
  it('is the last step whose top is above the trigger line, and how far through it the line is', () => {
    expect(positionInViewport(rects, 800)).toEqual({ position: { step: 1, progress: 0.6 }, inStory: true });
    expect(positionInViewport(rects, 1600)).toEqual({ position: { step: 2, progress: 0.25 }, inStory: true });
  });
  it('stays at the end of a step the line has passed until the next one reaches it', () => {
    expect(positionInViewport([{ top: -900, height: 600 }, { top: 500, height: 500 }], 800)).toEqual({ position: { step: 0, progress: 1 }, inStory: true });
  });
  it('is the first step\'s start, outside the story, above the first step', () => {
    expect(positionInViewport([{ top: 401, height: 300 }], 800)).toEqual({ position: { step: 0, progress: 0 }, inStory: false });
    expect(positionInViewport([{ top: 400, height: 300 }], 800)).toEqual({ position: { step: 0, progress: 0 }, inStory: true });
  });
  it('gives a step with no height no progress', () => {
    expect(positionInViewport([{ top: 0, height: 0 }], 800).position).toEqual({ step: 0, progress: 0 });
  });
});

describe('settledReadingDiffers(reading, emitted)', () => {
  const at = (step: number, progress: number, inStory = true) => ({ position: { step, progress }, inStory });
  it('sends a settled reading on another step, or more than 2% of the step away', () => {
    expect(settledReadingDiffers(at(3, 0.5), { step: 2, progress: 0.5 })).toBe(true);
    expect(settledReadingDiffers(at(2, 0.53), { step: 2, progress: 0.5 })).toBe(true);
    expect(settledReadingDiffers(at(2, 0.47), { step: 2, progress: 0.5 })).toBe(true);
  });
  it('keeps the emitted position when the reading agrees with it within 2%', () => {
    expect(settledReadingDiffers(at(2, 0.51), { step: 2, progress: 0.5 })).toBe(false);
    expect(settledReadingDiffers(at(2, 0.5), { step: 2, progress: 0.5 })).toBe(false);
  });
  it('always sends a reading above the story, so the first step\'s start is shown', () => {
    expect(settledReadingDiffers(at(0, 0, false), { step: 0, progress: 0 })).toBe(true);
  });
});
