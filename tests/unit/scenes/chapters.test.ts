import { describe, expect, it } from 'vitest';
import { chapterAt, chaptersOf } from '../../../src/scenes/chapters';

// Three chapters of 2, 1 and 3 steps: six steps.
const chapters = chaptersOf(['hub', 'hub', 'warning', 'detour', 'detour', 'detour']);

describe('chaptersOf(sectionOfStep)', () => {
  it('groups consecutive steps of a section into one chapter, in reading order', () => {
    expect(chapters).toEqual([
      { id: 'hub', firstStep: 0, steps: 2 },
      { id: 'warning', firstStep: 2, steps: 1 },
      { id: 'detour', firstStep: 3, steps: 3 },
    ]);
  });
  it('gives no chapter for a story without steps', () => {
    expect(chaptersOf([])).toEqual([]);
  });
});

describe('chapterAt(chapters, {step, progress})', () => {
  it('is the chapter of the step, and the part of the story read counts the progress through it', () => {
    expect(chapterAt(chapters, { step: 0, progress: 0 })).toEqual({ chapter: 0, read: 0 });
    expect(chapterAt(chapters, { step: 1, progress: 0.5 })).toEqual({ chapter: 0, read: 1.5 / 6 });
    expect(chapterAt(chapters, { step: 2, progress: 0 })).toEqual({ chapter: 1, read: 2 / 6 });
    expect(chapterAt(chapters, { step: 3, progress: 0 }).chapter).toBe(2);
    expect(chapterAt(chapters, { step: 5, progress: 1 })).toEqual({ chapter: 2, read: 1 });
  });
  it('depends on the position alone: a jump lands where a slow scroll does', () => {
    const slow = [0, 1, 2, 3, 4].map((step) => chapterAt(chapters, { step, progress: 0.3 }));
    expect(chapterAt(chapters, { step: 4, progress: 0.3 })).toEqual(slow[4]);
  });
  it('clamps a position outside the story to its ends', () => {
    expect(chapterAt(chapters, { step: -1, progress: -0.2 })).toEqual({ chapter: 0, read: 0 });
    expect(chapterAt(chapters, { step: 9, progress: 2 })).toEqual({ chapter: 2, read: 1 });
    expect(chapterAt([], { step: 3, progress: 0.5 })).toEqual({ chapter: 0, read: 0 });
  });
});
