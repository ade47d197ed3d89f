import { describe, expect, it } from 'vitest';
import { positionAt } from '../../../src/scrolly/stepPositions';

const boxes = [{ top: 1000, height: 400 }, { top: 2000, height: 500 }, { top: 3000, height: 300 }];

describe('positionAt(boxes, scrollTop, viewportHeight, triggerOffset)', () => {
  it('is the last step whose top is above the trigger line, and how far through it the line is', () => {
    // Trigger at scrollTop + 400.
    expect(positionAt(boxes, 1800, 800, 0.5)).toEqual({ position: { step: 1, progress: 0.4 }, inStory: true });
    expect(positionAt(boxes, 2600, 800, 0.5)).toEqual({ position: { step: 2, progress: 0 }, inStory: true });
  });
  it('stays on a step, at its end, between it and the next', () => {
    expect(positionAt(boxes, 1200, 800, 0.5)).toEqual({ position: { step: 0, progress: 1 }, inStory: true });
  });
  it('lands on the right step after a jump of any size, both ways, with nothing but numbers', () => {
    expect(positionAt(boxes, 100_000, 800, 0.5).position).toEqual({ step: 2, progress: 1 });
    expect(positionAt(boxes, 0, 800, 0.5)).toEqual({ position: { step: 0, progress: 0 }, inStory: false });
    expect(positionAt(boxes, 599, 800, 0.5).inStory).toBe(false);
    expect(positionAt(boxes, 600, 800, 0.5)).toEqual({ position: { step: 0, progress: 0 }, inStory: true });
  });
  it('agrees with a linear scan at every scroll offset', () => {
    const many = Array.from({ length: 37 }, (_, i) => ({ top: 500 + i * 731, height: 200 + (i % 5) * 90 }));
    for (let scrollTop = 0; scrollTop < 30_000; scrollTop += 97) {
      const trigger = scrollTop + 844 * 0.5;
      let expected = -1;
      many.forEach((box, i) => { if (box.top <= trigger) expected = i; });
      expect(positionAt(many, scrollTop, 844, 0.5).position.step).toBe(Math.max(0, expected));
    }
  });
});
