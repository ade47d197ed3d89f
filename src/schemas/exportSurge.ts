import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/** One panel of the export-surge chart: a 2021 and a 2022 figure of the same measure. */
export const ExportSurgeSchema = z.strictObject({
  /** Stable id, used by scenes to highlight the panel. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Panel title, e.g. "Washing machines". */
  label: z.string().min(1),
  /** What the bars measure, printed under the title. */
  measure: z.string().min(1),
  /** The other editions' title and measure, same keys: `"ru": { "label": "Стиральные машины", "measure": "…" }`. */
  ...editionWords({ label: z.string().min(1), measure: z.string().min(1) }),
  /** Figure id (content/data/figures.json) of the 2021 value. */
  from: z.string().min(1),
  /** Figure id of the 2022 value, in the same unit. */
  to: z.string().min(1),
  /** Figure id of the change as the source words it (e.g. "more than 300 times"); otherwise computed. */
  change: z.string().min(1).optional(),
});
export type ExportSurge = z.output<typeof ExportSurgeSchema>;
