/**
 * Where each name goes once a scene's camera is known, so that no name is drawn over another or off the free part of
 * the graphic. Greedy, by priority: the scene's own places first, then the countries its text names, then the
 * other countries, each trying a few positions around its point. Pure: the browser, the build-time SVG and the
 * static images place names with the same function.
 */
import type { Size } from './camera';
import type { MapCamera, Padding } from './frameMarks';

/** A name to place: its point in world units and its box in CSS px. */
export interface LabelSpec {
  /** "place:<id>" or "country:<name>". */
  id: string;
  /** "mark": a marker with no name (a closed crossing's ✕), which names keep clear of. */
  kind: 'place' | 'country' | 'mark';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Width of the place's short name (e.g. "Petukhovo" for "Zhana Zhol–Petukhovo"), tried when the full one is crowded. */
  shortWidth?: number;
  /** Lower goes first. 0: the scene's places; 1: countries the scene names; 2: other countries. */
  priority: number;
  /** Not drawn below this zoom (small countries the scene does not name). */
  minZoom?: number;
  /** Other spots for a country's name, tried (in order) when every shift about its own is taken. */
  alternatives?: { x: number; y: number }[];
  /** A smaller size for a small country's name below `belowZoom`, where the full size dwarfs the country. */
  compact?: { width: number; height: number; belowZoom: number };
}

/** Where a place's name sits relative to its dot; a country's name is centred on its point, shifted by dy. */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface LabelPlacement {
  id: string;
  x: number;
  y: number;
  /** Null: not drawn (it would overlap a more important name, or fall outside the free area). */
  side: LabelSide | null;
  /** Drawn with the place's short name. */
  short?: boolean;
  /** A country's name drawn at its compact size. */
  compact?: boolean;
  /** A leader line from the name to its spot, px from the name's centre (names set clear of a crowded spot). */
  leader?: { x0: number; y0: number; x1: number; y1: number };
  /** Country names: shift in px from their spot, when the spot itself is taken. */
  dx: number;
  dy: number;
}

/** Gap between a place's dot and its name, and the dot's half size, in px (map.css). */
export const nameGap = 8;
const dotHalf = 5;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a place's name takes at `side` of its dot at (px, py). */
export function placeNameBox(px: number, py: number, width: number, height: number, side: LabelSide): Box {
  switch (side) {
    case 'right':
      return { x0: px + nameGap, x1: px + nameGap + width, y0: py - height / 2, y1: py + height / 2 };
    case 'left':
      return { x0: px - nameGap - width, x1: px - nameGap, y0: py - height / 2, y1: py + height / 2 };
    case 'above':
      return { x0: px - width / 2, x1: px + width / 2, y0: py - nameGap - height, y1: py - nameGap };
    case 'below':
      return { x0: px - width / 2, x1: px + width / 2, y0: py + nameGap, y1: py + nameGap + height };
    case 'above-right':
      return { x0: px + 2, x1: px + 2 + width, y0: py - nameGap / 2 - height, y1: py - nameGap / 2 };
    case 'below-right':
      return { x0: px + 2, x1: px + 2 + width, y0: py + nameGap / 2, y1: py + nameGap / 2 + height };
    case 'above-left':
      return { x0: px - 2 - width, x1: px - 2, y0: py - nameGap / 2 - height, y1: py - nameGap / 2 };
    case 'below-left':
      return { x0: px - 2 - width, x1: px - 2, y0: py + nameGap / 2, y1: py + nameGap / 2 + height };
  }
}

const placeSides: LabelSide[] = ['right', 'left', 'above-right', 'below-right', 'above-left', 'below-left', 'above', 'below'];

const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
/** Shifts tried for a country's name, in half its width (x) and its height (y). */
const countryShifts: [number, number][] = [[0, 0], [0, -1], [0, 1], [-1, 0], [1, 0], [-1, -1], [1, -1], [-1, 1], [1, 1]];
/** Further out, for a country the scene names, with a leader line back to its spot. */
const leaderShifts: [number, number][] = [[0, -2], [0, 2], [-2, 0], [2, 0], [-2, -2], [2, -2], [-2, 2], [2, 2], [0, -3], [0, 3]];

/**
 * The leader from a name's box to its spot, px relative to the name's centre, when the name sits clear of the spot:
 * where it starts (the box's edge) and ends (the spot).
 */
export function leaderLine(dx: number, dy: number, width: number, height: number): { x0: number; y0: number; x1: number; y1: number } | null {
  const ex = -dx;
  const ey = -dy;
  // Leave the box along the line to the spot: the first edge it crosses.
  const t = Math.min(ex === 0 ? Infinity : width / 2 / Math.abs(ex), ey === 0 ? Infinity : height / 2 / Math.abs(ey));
  const gap = Math.hypot(ex, ey) * (1 - t);
  if (!Number.isFinite(t) || t >= 1 || gap < 6) return null;
  return { x0: ex * t, y0: ey * t, x1: ex, y1: ey };
}

/**
 * Places every label for `camera` in a graphic of `size`, keeping names inside the free area (size less padding).
 * The scene's own places are always drawn (on their first side that fits, or on the right); other names are
 * dropped when they cannot be placed clear of the ones before them.
 */
export function placeLabels(specs: readonly LabelSpec[], camera: MapCamera, size: Size, padding: Padding, project: (lonLat: readonly [number, number]) => [number, number]): LabelPlacement[] {
  // Full names where they fit; when that leaves names overlapping, every place that has a short name uses it.
  const full = placeAll(specs, camera, size, padding, project, false);
  if (full.crowded === 0) return full.placements;
  const short = placeAll(specs, camera, size, padding, project, true);
  return short.crowded < full.crowded ? short.placements : full.placements;
}

function placeAll(specs: readonly LabelSpec[], camera: MapCamera, size: Size, padding: Padding, project: (lonLat: readonly [number, number]) => [number, number], preferShort: boolean): { placements: LabelPlacement[]; crowded: number } {
  let crowded = 0;
  const scale = 2 ** camera.zoom;
  const [cx, cy] = project(camera.center);
  const toPx = (x: number, y: number) => [(x - cx) * scale + size.width / 2, (y - cy) * scale + size.height / 2] as const;
  const free: Box = { x0: padding.left, y0: padding.top, x1: size.width - padding.right, y1: size.height - padding.bottom };
  const inside = (box: Box) => box.x0 >= free.x0 && box.x1 <= free.x1 && box.y0 >= free.y0 && box.y1 <= free.y1;
  const taken: Box[] = [];
  // Every scene place's dot is an obstacle from the start: a name over another place's dot hides it.
  for (const spec of specs) {
    if (spec.kind === 'country') continue;
    const [px, py] = toPx(spec.x, spec.y);
    const half = spec.kind === 'mark' ? spec.width / 2 : dotHalf;
    taken.push({ x0: px - half, x1: px + half, y0: py - half, y1: py + half });
  }
  const clear = (box: Box) => inside(box) && !taken.some((other) => overlaps(box, other));
  // By priority; among names of equal priority, small countries first: they have the least room.
  const ordered = [...specs].sort((a, b) => a.priority - b.priority || Number(Boolean(b.compact)) - Number(Boolean(a.compact)));
  const placements = new Map<string, LabelPlacement>();
  for (const spec of ordered) {
    const [px, py] = toPx(spec.x, spec.y);
    if (spec.kind === 'mark') {
      placements.set(spec.id, { id: spec.id, x: spec.x, y: spec.y, side: null, dx: 0, dy: 0 });
      continue;
    }
    if (spec.kind === 'place') {
      // The full name on any side, then the short name on any side; when crowded all round, the spot inside the
      // frame that overlaps the least (a scene's own place always keeps its name).
      const widths: [number, boolean][] = spec.shortWidth
        ? (preferShort ? [[spec.shortWidth, true]] : [[spec.width, false], [spec.shortWidth, true]])
        : [[spec.width, false]];
      let chosen: { side: LabelSide; short: boolean; box: Box } | null = null;
      for (const [width, short] of widths) {
        const side = placeSides.find((candidate) => clear(placeNameBox(px, py, width, spec.height, candidate)));
        if (side) {
          chosen = { side, short, box: placeNameBox(px, py, width, spec.height, side) };
          break;
        }
      }
      if (!chosen) {
        const width = spec.shortWidth ?? spec.width;
        const candidates = placeSides.map((side) => ({ side, short: width !== spec.width, box: placeNameBox(px, py, width, spec.height, side) }));
        const cost = (box: Box) => taken.reduce((sum, other) => sum + overlapArea(box, other), 0) + (inside(box) ? 0 : 1e6);
        chosen = candidates.reduce((best, candidate) => (cost(candidate.box) < cost(best.box) ? candidate : best));
        if (cost(chosen.box) > 0) crowded += 1;
      }
      taken.push(chosen.box);
      placements.set(spec.id, { id: spec.id, x: spec.x, y: spec.y, side: chosen.side, ...(chosen.short ? { short: true } : {}), dx: 0, dy: 0 });
      continue;
    }
    let placed: LabelPlacement = { id: spec.id, x: spec.x, y: spec.y, side: null, dx: 0, dy: 0 };
    if (spec.minZoom !== undefined && camera.zoom < spec.minZoom) {
      placements.set(spec.id, placed);
      continue;
    }
    // Next to its spot (the name still touches it), then at the country's other spots.
    const compact = spec.compact && camera.zoom < spec.compact.belowZoom ? spec.compact : null;
    const width = compact?.width ?? spec.width;
    const height = compact?.height ?? spec.height;
    const spots = [{ x: spec.x, y: spec.y }, ...(spec.alternatives ?? [])];
    const shifts = spec.priority <= 1 ? [...countryShifts, ...leaderShifts] : countryShifts;
    search: for (const spot of spots) {
      const [sx0, sy0] = toPx(spot.x, spot.y);
      for (const [sx, sy] of shifts) {
        const dx = sx * (width / 2 + 4);
        const dy = sy * height;
        const box = { x0: sx0 + dx - width / 2, x1: sx0 + dx + width / 2, y0: sy0 + dy - height / 2, y1: sy0 + dy + height / 2 };
        if (clear(box)) {
          taken.push(box);
          const leader = leaderLine(dx, dy, width, height);
          placed = { ...placed, x: spot.x, y: spot.y, side: 'right', dx, dy, ...(compact ? { compact: true } : {}), ...(leader ? { leader } : {}) };
          break search;
        }
      }
    }
    // A country the scene names keeps its name even where it is crowded: where it overlaps least.
    if (placed.side === null && spec.priority <= 1) {
      const [sx0, sy0] = toPx(spec.x, spec.y);
      let best = { dx: 0, dy: 0, cost: Infinity };
      for (const [sx, sy] of [...countryShifts, ...leaderShifts]) {
        const dx = sx * (width / 2 + 4);
        const dy = sy * height;
        const box = { x0: sx0 + dx - width / 2, x1: sx0 + dx + width / 2, y0: sy0 + dy - height / 2, y1: sy0 + dy + height / 2 };
        const cost = taken.reduce((sum, other) => sum + overlapArea(box, other), 0) + (inside(box) ? 0 : 1e6);
        if (cost < best.cost) best = { dx, dy, cost };
      }
      if (best.cost > 0) crowded += 1;
      const leader = leaderLine(best.dx, best.dy, width, height);
      taken.push({ x0: sx0 + best.dx - width / 2, x1: sx0 + best.dx + width / 2, y0: sy0 + best.dy - height / 2, y1: sy0 + best.dy + height / 2 });
      placed = { ...placed, side: 'right', dx: best.dx, dy: best.dy, ...(compact ? { compact: true } : {}), ...(leader ? { leader } : {}) };
    }
    placements.set(spec.id, placed);
  }
  return { placements: specs.map((spec) => placements.get(spec.id)!), crowded };
}
