import { z } from 'astro/zod';
import { editionWords } from './editionWords';
import { RegionCountry } from './place';

/** What the export-surge chart shows. */
export const ChartSceneSchema = z.strictObject({
  /** "2021": bars at 2021 values; "2022": at 2022 values; "progress": growing with the step's scroll progress. */
  grow: z.enum(['2021', 'progress', '2022']),
  /** Panel id (content/data/export-surges.json) to emphasise, or none. */
  highlight: z.string().min(1).nullable().default(null),
});
export type ChartScene = z.output<typeof ChartSceneSchema>;

/** A truck queue at a crossing, with the reported figures its note prints (figure ids, content/data/figures.json). */
export const QueueSchema = z.strictObject({
  /** Place id of the crossing. */
  at: z.string().min(1),
  /** Figure id: how many trucks queued. */
  trucks: z.string().min(1),
  /** Figure ids: how long the queue was, one per report; where reports differ the note prints each. */
  lengths: z.array(z.string().min(1)).min(1),
});

/**
 * What the map shows. There is no camera here: the map frames what the scene names (its routes, places, closed
 * crossings and countries) in whatever part of the screen is free (src/map/frameMarks.ts).
 */
export const MapSceneSchema = z.strictObject({
  /** Countries the step's text names: shaded, labelled and kept in view. */
  countries: z.array(RegionCountry).default([]),
  /** Countries the text names that stay unshaded (Russia, the destination): labelled and kept in view. */
  named: z.array(RegionCountry).default([]),
  /** Route ids (content/data/routes.json) drawn as active. */
  routes: z.array(z.string()).default([]),
  /** Place ids labelled on the map. */
  places: z.array(z.string()).default([]),
  /** Place ids of crossings shown closed. */
  closed: z.array(z.string()).default([]),
  /** "flow": trucks drive the active routes; "queue": they bunch up at the routes' ends; "none". */
  trucks: z.enum(['flow', 'queue', 'none']).default('flow'),
  /** A queue to note beside its crossing, with its reported size. */
  queue: QueueSchema.optional(),
  /** Closest zoom for this scene (default 6.5): a close-up of a short road need not fill a wide desktop. */
  maxZoom: z.number().min(1).max(8).optional(),
});
export type MapScene = z.output<typeof MapSceneSchema>;

/** One scene: everything the graphic shows at a step. Steps in MDX name a scene by id. */
export const SceneSchema = z.strictObject({
  /** Stable id used in MDX: `<Step scene="border-closes">`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Short name for the scene in embeds' state selectors, e.g. "Via China". */
  label: z.string().min(1).max(40),
  /** The other editions' label, same key and limit: `"ru": { "label": "Через Китай" }`. */
  ...editionWords({ label: z.string().min(1).max(40) }),
  /** Which visual is in front. */
  visual: z.enum(['chart', 'map']),
  /** Chart state; required when `visual` is "chart", otherwise the chart rests at its 2022 values. */
  chart: ChartSceneSchema.optional(),
  /** Map state; required when `visual` is "map", otherwise the map rests on the overview. */
  map: MapSceneSchema.optional(),
}).refine((scene) => scene[scene.visual] !== undefined, {
  message: 'a scene needs the state of the visual it shows: add "chart" for visual "chart", "map" for visual "map"',
});
export type Scene = z.output<typeof SceneSchema>;
