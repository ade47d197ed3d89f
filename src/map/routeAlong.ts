/**
 * Positions along a route polyline, by the fraction of its length: where a truck is at 0–1. Works on any planar
 * points (projected SVG coordinates, or lon/lat scaled by `lonLatToPlanar`).
 */

export type Point = readonly [number, number];

/** Cumulative lengths at each vertex; the last entry is the total length. */
export function cumulativeLengths(points: readonly Point[]): number[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    lengths.push(lengths[i - 1]! + Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]));
  }
  return lengths;
}

/** A point on the route and its heading. `heading` is in degrees from the +x axis toward +y. */
export interface RoutePoint {
  x: number;
  y: number;
  heading: number;
}

/** The point `fraction` (clamped to 0–1) of the way along `points`. Pass `lengths` when calling per frame. */
export function routeAlong(points: readonly Point[], fraction: number, lengths = cumulativeLengths(points)): RoutePoint {
  if (points.length === 0) throw new Error('routeAlong: a route needs at least one point');
  if (points.length === 1) return { x: points[0]![0], y: points[0]![1], heading: 0 };
  const total = lengths[lengths.length - 1]!;
  const target = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * total;
  let segment = 1;
  while (segment < points.length - 1 && lengths[segment]! < target) segment++;
  const a = points[segment - 1]!;
  const b = points[segment]!;
  const span = lengths[segment]! - lengths[segment - 1]!;
  const t = span === 0 ? 0 : (target - lengths[segment - 1]!) / span;
  return { x: a[0] + (b[0] - a[0]) * t, y: a[1] + (b[1] - a[1]) * t, heading: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
}

/**
 * How far along its route each of `count` trucks is, for a scene's truck mode. `travel` is the step's scroll
 * progress (or, in an embed, time): one unit of travel moves every truck two spacings forward.
 */
export function truckFractions(mode: 'flow' | 'queue' | 'none', travel: number, count = 4, queueSpacing = 0.035): number[] {
  if (mode === 'none') return [];
  if (mode === 'queue') {
    // Bunched up before the end of the route (the crossing), nose to tail; they do not move. `queueSpacing`: the
    // gap between two trucks as a fraction of the route (renderers pass a few px at the current zoom).
    return Array.from({ length: count }, (_, i) => Math.max(0, 1 - queueSpacing * (i + 0.6)));
  }
  const spacing = 1 / count;
  return Array.from({ length: count }, (_, i) => (((i * spacing + travel * spacing * 2) % 1) + 1) % 1);
}
