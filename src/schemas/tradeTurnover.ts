import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/**
 * One reported value of Kazakhstan–Russia trade turnover: `content/data/kz-ru-turnover.json`. A year may have
 * several rows when sources disagree: the chart draws each value with who reported it, and the range between them.
 */
export const TurnoverValueSchema = z.strictObject({
  /** Stable id, e.g. "2023-tokayev". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Calendar year the value is for. */
  year: z.number().int().min(2000).max(2100),
  /** Figure id (content/data/figures.json): the value, its unit (usd), qualifier, quote and source. */
  figure: z.string().min(1),
  /** Who reported it, short, printed beside the value: "Tokayev", "RIA Novosti (repost)". */
  by: z.string().min(1).max(40),
  /** The other editions' words: `"ru": { "by": "Токаев" }`. */
  ...editionWords({ by: z.string().min(1).max(40) }),
});
export type TurnoverValue = z.output<typeof TurnoverValueSchema>;
