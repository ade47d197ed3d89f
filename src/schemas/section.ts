import { z } from 'astro/zod';

/** Frontmatter of a story section, one MDX file in `content/story/`. */
export const SectionSchema = z.strictObject({
  /** Position in the story: sections are shown in ascending order. Decimals (2.5) slot a section in between. */
  order: z.number().nonnegative(),
  /** The section's heading (h2). */
  title: z.string().min(1),
  /** Short label for the table of contents; defaults to `title`. */
  navLabel: z.string().min(1).optional(),
  /**
   * "scrolly" sits beside the sticky graphic; "plain" is full-width text after it (e.g. sources); "page" is a page of
   * its own (`/<slug>/`), linked where the section would be, with its `summary` (the story's first download stays
   * small enough to paint in one round trip: docs/performance.md).
   */
  placement: z.enum(['scrolly', 'plain', 'page']).default('scrolly'),
  /** For a section on its own page: one or two sentences the story shows, with the link to it. */
  summary: z.string().min(1).optional(),
}).refine((section) => section.placement !== 'page' || section.summary !== undefined, {
  message: 'a section on its own page (placement: page) needs a "summary": the sentence or two the story shows with its link',
  path: ['summary'],
});
export type Section = z.output<typeof SectionSchema>;
