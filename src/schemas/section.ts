import { z } from 'astro/zod';

/** Frontmatter of a story section, one MDX file in `content/story/`. */
export const SectionSchema = z.strictObject({
  /** Position in the story: sections are shown in ascending order. Decimals (2.5) slot a section in between. */
  order: z.number().nonnegative(),
  /** The section's heading (h2). */
  title: z.string().min(1),
  /** Short label for the table of contents; defaults to `title`. */
  navLabel: z.string().min(1).optional(),
  /** "scrolly" sits beside the sticky graphic; "plain" is full-width text after it (e.g. sources). */
  placement: z.enum(['scrolly', 'plain']).default('scrolly'),
});
export type Section = z.output<typeof SectionSchema>;
