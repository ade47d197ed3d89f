import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/** A publication a figure or fact comes from. One row per source in `content/data/sources.json`. */
export const SourceSchema = z.strictObject({
  /** Stable id that figures cite, e.g. "moscow-times-izvestia-2023". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Publication (and whom it reports), as printed in the sources list. */
  publication: z.string().min(1),
  /** Headline; where our notes record no headline, a description with `titleIsDescription: true`. */
  title: z.string().min(1),
  /** True when `title` describes the piece instead of quoting its headline. */
  titleIsDescription: z.boolean().optional(),
  /** The page's address. Every source has one, unless `noUrl` says why not (print only, say). */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Why a source has no address a reader can open, e.g. "Print edition only". */
  noUrl: z.string().min(1).optional(),
  /** Website, where only the site (not the page) is recorded, e.g. "cabar.asia". */
  site: z.string().min(1).optional(),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. Omit when not recorded. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /** Why a source has no date, and what bounds it ("Not shown on the page; it reports January–October 2022 figures"). */
  noDate: z.string().min(1).optional(),
  /** A repost or small outlet: shown with a caveat. */
  weak: z.boolean().optional(),
  /** The language the source is written in: a quote from it is printed in this language where an edition shares it. */
  language: z.enum(['en', 'ru']).optional(),
  /**
   * When this page republishes another outlet's piece: the original, named in the sources list ("repost of …").
   * Cite the original itself where its address is known; a repost is kept only when the original cannot be opened.
   */
  repostOf: z.strictObject({
    publication: z.string().min(1),
    title: z.string().min(1).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  }).optional(),
  /** What a reader should know about this source. */
  note: z.string().min(1).optional(),
  /**
   * The other editions' words (`"ru": { … }`, editionWords.ts): `publication` (names stay as the publication writes
   * them; "reporting Izvestia" is translated), `title` only when it is our description (`titleIsDescription`;
   * headlines stay in their own language), and `note` where the row has one.
   */
  ...editionWords({ publication: z.string().min(1), title: z.string().min(1).optional(), note: z.string().min(1).optional(), noDate: z.string().min(1).optional(), noUrl: z.string().min(1).optional() }),
});
export type Source = z.output<typeof SourceSchema>;
