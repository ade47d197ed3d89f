import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/** How a figure's value is written out; see `formatFigure`. */
export const FigureUnit = z.enum(['usd', 'eur', 'count', 'percent-change', 'multiple', 'km']);
export type FigureUnit = z.output<typeof FigureUnit>;

/** A number the story prints. One row per figure in `content/data/figures.json`. */
export const FigureSchema = z.strictObject({
  /** Stable id used in MDX as `<Figure id="…" />` and by charts. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** What the number measures, in a full sentence fragment (used in the sources list and data tables). */
  label: z.string().min(1),
  /** The value in `unit`: dollars for usd, euros for eur, a plain number for count, km or multiple, percent points for percent-change. */
  value: z.number().finite(),
  /** How to write the value. */
  unit: FigureUnit,
  /** A word the source puts before the number: "almost 100,000", "more than 300 times". */
  qualifier: z.enum(['almost', 'about', 'more than']).optional(),
  /**
   * The source's own words for this number, copied from it in its language ("rose from zero in 2021 to almost
   * 100,000 in 2022"), so an editor sees that "almost" is the source's. `check:content` holds `qualifier` to it.
   */
  quote: z.string().min(1),
  /** True when the source calls the number an estimate: the page says so. */
  estimate: z.boolean().optional(),
  /** Context for readers, shown in the sources list. */
  note: z.string().min(1).optional(),
  /**
   * The other editions' words for `label` and `note` (a `note` needs its translation too): `"ru": { "label": "…" }`
   * (editionWords.ts).
   */
  ...editionWords({ label: z.string().min(1), note: z.string().min(1).optional() }),
  /** Id of the row in `content/data/sources.json` this number comes from. */
  source: z.string().min(1),
});
export type Figure = z.output<typeof FigureSchema>;
