import { z } from 'astro/zod';
import { RegionCountry } from './place';

/** Where the map looks, as MapLibre takes it. The SVG renderer derives its projection from the same numbers. */
export const CameraSchema = z.strictObject({
  /** [longitude, latitude] of the centre, degrees. */
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
  /** MapLibre zoom level. */
  zoom: z.number().min(1).max(10),
  /** Degrees clockwise from north. */
  bearing: z.number().min(-180).max(180).default(0),
  /** Tilt in degrees. */
  pitch: z.number().min(0).max(60).default(0),
});
export type Camera = z.output<typeof CameraSchema>;

/** What the export-surge chart shows. */
export const ChartSceneSchema = z.strictObject({
  /** "2021": bars at 2021 values; "2022": at 2022 values; "progress": growing with the step's scroll progress. */
  grow: z.enum(['2021', 'progress', '2022']),
  /** Panel id (content/data/export-surges.json) to emphasise, or none. */
  highlight: z.string().min(1).nullable().default(null),
});
export type ChartScene = z.output<typeof ChartSceneSchema>;

/** What the map shows. */
export const MapSceneSchema = z.strictObject({
  camera: CameraSchema,
  /** Countries shaded as part of this step. */
  countries: z.array(RegionCountry).default([]),
  /** Route ids (content/data/routes.json) drawn as active. */
  routes: z.array(z.string()).default([]),
  /** Place ids labelled on the map. */
  places: z.array(z.string()).default([]),
  /** Place ids of crossings shown closed. */
  closed: z.array(z.string()).default([]),
  /** "flow": trucks drive the active routes; "queue": they bunch up at the routes' ends; "none". */
  trucks: z.enum(['flow', 'queue', 'none']).default('flow'),
});
export type MapScene = z.output<typeof MapSceneSchema>;

/** One scene: everything the graphic shows at a step. Steps in MDX name a scene by id. */
export const SceneSchema = z.strictObject({
  /** Stable id used in MDX: `<Step scene="border-closes">`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Short name for the scene in embeds' state selectors, e.g. "Via China". */
  label: z.string().min(1).max(40),
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
