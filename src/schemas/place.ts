import { z } from 'astro/zod';
import { editionWords } from './editionWords';

/** Countries the map draws and scenes may name (Natural Earth names). */
export const RegionCountry = z.enum([
  'Russia', 'Kazakhstan', 'China', 'Iran', 'Georgia', 'Azerbaijan', 'Armenia', 'Kyrgyzstan', 'Uzbekistan',
  'Turkmenistan', 'Mongolia', 'Tajikistan', 'Ukraine', 'Belarus', 'Turkey',
]);

/** A point on the map: a crossing, port or city. Coordinates are approximate (schematic map). */
export const PlaceSchema = z.strictObject({
  /** Stable id used by routes and scenes, e.g. "khorgos". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Label on the map. */
  name: z.string().min(1),
  /** A shorter label for crowded views (the Russian side of a crossing, say). */
  short: z.string().min(1).optional(),
  /** The other editions' names, same keys: `"ru": { "name": "Хоргос" }`, with `short` when the English has one. */
  ...editionWords({ name: z.string().min(1), short: z.string().min(1).optional() }),
  /** Country the point lies in. */
  country: RegionCountry,
  /** "town" and "waypoint": points a road or sea leg runs through, named only when a scene lists them. */
  kind: z.enum(['crossing', 'port', 'city', 'town', 'waypoint']),
  /** Latitude in degrees, north positive. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees, east positive. */
  lon: z.number().min(-180).max(180),
  /** What the place is in the story, one line. */
  role: z.string().min(1),
  /** Where the coordinate comes from: a gazetteer record (GeoNames id), an official checkpoint page, Natural Earth. */
  source: z.string().min(1),
  /** True when no gazetteer or official page pins the point: drawn where the road meets the border, and the legend says so. */
  approximate: z.boolean().optional(),
  /** Anything else an editor should know about the point. */
  note: z.string().min(1).optional(),
});
export type Place = z.output<typeof PlaceSchema>;

/** A schematic route: a line through named towns along a road corridor (or across a sea), not a surveyed road. */
export const RouteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Label in the legend and text alternatives. */
  name: z.string().min(1),
  /** The other editions' name: `"ru": { "name": "Китай: Харбин → Маньчжурия → Забайкальск" }`. */
  ...editionWords({ name: z.string().min(1) }),
  /** "2022": the road through Kazakhstan; "detour": a way around it since 2023. */
  era: z.enum(['2022', 'detour']),
  /** "road": trucks drive it; "sea": a ferry or ship leg, drawn as one. */
  by: z.enum(['road', 'sea']).default('road'),
  /** Place ids in driving order, at least two. */
  via: z.array(z.string()).min(2),
});
export type Route = z.output<typeof RouteSchema>;
