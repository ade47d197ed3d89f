/**
 * A flowing truck's drive over one unit of travel, as keyframes the browser interpolates itself: where its motion
 * changes (each route vertex it passes, the wrap from the route's end back to its start), with the heading of the
 * stretch that follows. Between two keyframes the truck moves in a straight line at one heading, so linear
 * interpolation puts it exactly where `routeAlong` does, and the animation can run on the compositor.
 */
import { truckFractions, type Point } from './routeAlong';

/** Where a truck is at `offset` (0–1) of its travel: a position in screen px and a heading in degrees. */
export interface TruckKey {
  offset: number;
  x: number;
  y: number;
  heading: number;
}

/**
 * The keyframes of a truck that starts `from` (0–1) of the way along `points` and drives `span` of the route's
 * length over its travel, past the end back to the start. `lengths`: the points' cumulative lengths.
 */
export function truckPath(points: readonly Point[], lengths: readonly number[], from: number, span: number): TruckKey[] {
  const total = lengths[lengths.length - 1] ?? 0;
  if (points.length < 2 || total <= 0) {
    const [x, y] = points[0] ?? [0, 0];
    return [{ offset: 0, x, y, heading: 0 }];
  }
  const start = from * total;
  const travel = span * total;
  /** The point `distance` along the route (0–total), on the stretch that ends there (`arriving`) or starts there. */
  const at = (distance: number, arriving: boolean) => {
    let segment = 1;
    // The stretch holding `distance`, skipping stretches of no length (they have no heading).
    while (segment < points.length - 1 && (arriving ? lengths[segment]! < distance : lengths[segment]! <= distance)) segment++;
    while (lengths[segment]! - lengths[segment - 1]! <= 0 && segment < points.length - 1) segment++;
    while (lengths[segment]! - lengths[segment - 1]! <= 0 && segment > 1) segment--;
    const a = points[segment - 1]!;
    const b = points[segment]!;
    const span = lengths[segment]! - lengths[segment - 1]!;
    const t = span === 0 ? 0 : Math.min(1, Math.max(0, (distance - lengths[segment - 1]!) / span));
    return { x: a[0] + (b[0] - a[0]) * t, y: a[1] + (b[1] - a[1]) * t, heading: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
  };
  const keys: TruckKey[] = [];
  const push = (offset: number, key: Omit<TruckKey, 'offset'>) => {
    const last = keys[keys.length - 1];
    if (last && last.offset === offset && last.x === key.x && last.y === key.y && last.heading === key.heading) return;
    keys.push({ offset, ...key });
  };
  /** A distance along the unwrapped drive, back on the route: a whole number of laps is the route's end or start. */
  const local = (distance: number, arriving: boolean) => {
    const laps = Math.floor(distance / total);
    const rest = distance - laps * total;
    return rest === 0 && arriving && distance > 0 ? total : rest;
  };
  push(0, at(local(start, false), false));
  if (travel > 0) {
    // Every vertex passed (and every wrap: the route's end, which is also its start on the next lap), with where it
    // is on the route taken from the vertex itself, not from the distance (which rounding can put a hair past it).
    for (let lap = Math.floor(start / total); lap * total <= start + travel; lap++) {
      // The last vertex is the next lap's first.
      for (let vertex = 0; vertex < lengths.length - 1; vertex++) {
        const distance = lap * total + lengths[vertex]!;
        if (distance <= start || distance >= start + travel) continue;
        const offset = (distance - start) / travel;
        push(offset, at(vertex === 0 ? total : lengths[vertex]!, true));
        push(offset, at(lengths[vertex]!, false));
      }
    }
  }
  const end = start + travel;
  push(1, at(local(end, true), true));
  // Ending on a lap: the route's end is also its start, where routeAlong's fractions (taken modulo 1) put it.
  if (travel > 0 && local(end, true) === total) push(1, at(0, false));
  return keys;
}

/** Flowing trucks on a route `routePx` long on screen: about one per 150 px, so a short road far out is still seen. */
export function flowingTruckCount(routePx: number, most = 4): number {
  return Math.max(1, Math.min(most, Math.round(routePx / 150)));
}

/**
 * The paths of a route's `count` flowing trucks over one unit of travel: each moves two spacings (a lone truck one
 * lap), so the trucks as a whole look the same at its end as at its start, and the next step, or the next loop,
 * takes over seamlessly.
 */
export function flowingTruckPaths(points: readonly Point[], lengths: readonly number[], count: number): TruckKey[][] {
  return truckFractions('flow', 0, count).map((from) => steered(truckPath(points, lengths, from, Math.min(1, 2 / count))));
}

/**
 * `keys` with each turn at a vertex (two keyframes at one offset and place, the heading in and the heading out) made
 * one keyframe heading halfway between: the truck then steers through the bend over the stretches either side, and
 * its animation has half the keyframes (each one costs its creation, in the frame that places it). Headings are
 * unwound so that each step turns the short way round. A wrap (one offset, two places) stays two keyframes.
 */
export function steered(keys: readonly TruckKey[]): TruckKey[] {
  const out: TruckKey[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const next = keys[i + 1];
    const turn = next && next.offset === key.offset && next.x === key.x && next.y === key.y;
    const heading = turn ? key.heading + shortTurn(next.heading - key.heading) / 2 : key.heading;
    const previous = out[out.length - 1];
    out.push({ ...key, heading: previous ? previous.heading + shortTurn(heading - previous.heading) : heading });
    if (turn) i++;
  }
  return out;
}

/** An angle in degrees as the equivalent turn between −180 and 180. */
function shortTurn(degrees: number): number {
  return degrees - 360 * Math.round(degrees / 360);
}

/**
 * `points` without those closer than `minGap` to the last one kept (the route's end is always kept): zoomed out, a
 * road's vertices crowd within a pixel, and each would be two keyframes for every truck that passes it.
 */
export function sparsePoints(points: readonly Point[], minGap: number): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= minGap) kept.push(point);
  }
  // The end in place of the last point kept when that one is too close to it (unless it is the start).
  const end = points[points.length - 1];
  if (end && kept[kept.length - 1] !== end) {
    if (kept.length > 1) kept[kept.length - 1] = end;
    else kept.push(end);
  }
  return kept;
}
