import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/** The words of the headline block that each edition translates. */
export const PageTextSchema = z.strictObject({
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
});
export type PageText = z.output<typeof PageTextSchema>;

/** The story's headline block and metadata: `content/data/page.json`, one row with id "story". */
export const PageSchema = PageTextSchema.extend({
  id: z.literal('story'),
  /** The other editions' headline blocks, with the same keys: `"ru": { "headline": "…", … }` (editionWords.ts). */
  ...editionWords(PageTextSchema.shape),
  /** Publication date, YYYY-MM-DD. */
  published: z.iso.date(),
  /** Date of the latest change readers can see (text, figures or corrections), YYYY-MM-DD; omit until there is one. */
  updated: z.iso.date().optional(),
});
export type Page = z.output<typeof PageSchema>;
