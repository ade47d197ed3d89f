import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/**
 * A change readers can see, listed at the end of the story in every edition: `content/data/corrections.json`, one
 * row per correction or update, newest last.
 */
export const CorrectionSchema = z.strictObject({
  /** Stable id, e.g. "belarus-largest-partner". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** When the change was published, YYYY-MM-DD. */
  date: z.iso.date(),
  /** "correction": something printed was wrong; "update": something was added or brought up to date. */
  kind: z.enum(['correction', 'update']),
  /** What it was about, a few words the story's note lists: "Kazakhstan's place among Russia's trading partners". */
  topic: z.string().min(1).max(80),
  /** What changed, one or two sentences in the past tense: "An earlier version said …; it is Belarus." */
  text: z.string().min(1),
  /** The other editions' words, e.g. `"ru": { "topic": "…", "text": "…" }` (editionWords.ts). */
  ...editionWords({ topic: z.string().min(1).max(80), text: z.string().min(1) }),
  /** Id of the source (content/data/sources.json) the corrected fact rests on, where there is one. */
  source: z.string().min(1).optional(),
});
export type Correction = z.output<typeof CorrectionSchema>;
