import { z } from 'astro/zod';

/** The story's headline block and metadata: `content/data/page.json`, one row with id "story". */
export const PageSchema = z.strictObject({
  id: z.literal('story'),
  /** Small label above the headline. */
  kicker: z.string().min(1),
  /** The story's one h1. */
  headline: z.string().min(1),
  /** The standfirst under the headline. */
  dek: z.string().min(1),
  /** Meta description and social-card text, at most 200 characters. */
  description: z.string().min(1).max(200),
  /** Who wrote it. */
  byline: z.string().min(1),
  /** Publication date, YYYY-MM-DD. */
  published: z.iso.date(),
});
export type Page = z.output<typeof PageSchema>;
