/**
 * The story's chapters as the chapter bar shows them: which chapter a scroll position is in and how far through the
 * story the reader is. Pure, like `sceneForStep`: a function of `{step, progress}` alone, so a jump, a reload or a fast
 * scroll shows what a slow scroll shows.
 */
import type { ScrollPosition } from './sceneState';

/** A chapter (a section of the story with steps): its id (the section's, the heading's anchor) and its steps. */
export interface Chapter {
  id: string;
  /** Index of its first step in the story's step list. */
  firstStep: number;
  /** How many steps it has (at least one). */
  steps: number;
}

/** Where the reader is: the chapter's index in `chapters` and the fraction of the whole story read (0–1). */
export interface ChapterPosition {
  chapter: number;
  /** (steps passed + progress through the current one) / all steps. */
  read: number;
}

/** The chapters of a story whose steps, in reading order, belong to the sections `sectionOfStep` names. */
export function chaptersOf(sectionOfStep: readonly string[]): Chapter[] {
  const chapters: Chapter[] = [];
  sectionOfStep.forEach((id, index) => {
    const last = chapters.at(-1);
    if (last?.id === id) last.steps++;
    else chapters.push({ id, firstStep: index, steps: 1 });
  });
  return chapters;
}

/** The chapter of the step at `position` and how far through the story that is; the first chapter for an empty list. */
export function chapterAt(chapters: readonly Chapter[], position: ScrollPosition): ChapterPosition {
  const total = chapters.reduce((sum, chapter) => sum + chapter.steps, 0);
  if (total === 0) return { chapter: 0, read: 0 };
  const step = Math.min(total - 1, Math.max(0, position.step));
  const chapter = chapters.findIndex((candidate) => step < candidate.firstStep + candidate.steps);
  const progress = Math.min(1, Math.max(0, position.progress));
  return { chapter, read: (step + progress) / total };
}
