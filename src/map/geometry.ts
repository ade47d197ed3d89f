/**
 * Preparing Natural Earth country outlines for a regional map: unwrap rings stitched at the antimeridian, clip to
 * the region, round, drop specks. Pure functions on [lon, lat] rings; scripts/prepare-geometry.ts runs them once (after
 * simplifying shared borders with topojson-simplify) and commits the result, so the site ships only the region.
 */

export type Position = [number, number];
export type Ring = Position[];

/** Longitude/latitude box: [west, south, east, north], degrees. */
export type Bounds = [number, number, number, number];

/**
 * Removes ±360° jumps inside a ring (Russia and Fiji in world-atlas cross the antimeridian), so the ring is
 * continuous and may run past 180°. Without this the ring streaks across a flat map.
 */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    if (i > 0) {
      const previous = ring[i - 1]![0];
      if (lon - previous > 180) shift -= 360;
      else if (lon - previous < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/** Sutherland–Hodgman clipping of a closed ring to a lon/lat box. Returns [] when nothing is inside. */
export function clipRing(ring: readonly Position[], [west, south, east, north]: Bounds): Ring {
  type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };
  const atLon = (lon: number) => (a: Position, b: Position): Position => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
  const atLat = (lat: number) => (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= west, cross: atLon(west) },
    { inside: (p) => p[0] <= east, cross: atLon(east) },
    { inside: (p) => p[1] >= south, cross: atLat(south) },
    { inside: (p) => p[1] <= north, cross: atLat(north) },
  ];
  let points: Ring = openRing(ring);
  for (const edge of edges) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cross(previous, current));
      }
    }
  }
  return points.length >= 3 ? closeRing(points) : [];
}

/** Area of a ring in square degrees (absolute), to drop specks. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(sum / 2);
}

/** Rounds coordinates to `digits` decimals (0.01° ≈ 1 km), to keep the shipped file small. */
export function roundRing(ring: readonly Position[], digits = 2): Ring {
  const factor = 10 ** digits;
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const point: Position = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
  }
  return out;
}

function openRing(ring: readonly Position[]): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return (closed ? ring.slice(0, -1) : ring.slice()) as Ring;
}

function closeRing(points: Ring): Ring {
  return [...points, points[0]!];
}
