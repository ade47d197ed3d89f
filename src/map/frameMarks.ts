/**
 * One framing function for every renderer: the camera that shows what a scene names (its routes, places, closed
 * crossings and the countries its text names) inside the part of the graphic left free while the reader reads
 * (on phones, above the step's card; never under the legend or the embed link). The SVG map, MapLibre, the static
 * images and the embeds all call `frameMarks`, so they agree. Pure: numbers in, camera out.
 */
import { unproject, type MapCamera, type Size } from './camera';

export type { MapCamera };

/** Space (CSS px) to keep clear at each edge of the graphic: the card, the legend, controls, a margin. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const noPadding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Something that must be in view: a point in world units (Web Mercator, camera.ts) and the box around it, in CSS px,
 * that its marker and name take on screen (names keep their size at any zoom, so they are px, not world units).
 */
export interface FocusMark {
  id: string;
  x: number;
  y: number;
  box: { left: number; right: number; top: number; bottom: number };
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

/** Closest zoom any scene is framed at: closer, the shipped geometry (simplified for a regional map) shows corners. */
export const defaultZoomLimits: ZoomLimits = { minZoom: 0.5, maxZoom: 6.5 };

/** The marks' extent on screen at `scale` px per world unit: [minX, maxX, minY, maxY] in px from world origin. */
function extentAt(marks: readonly FocusMark[], scale: number): [number, number, number, number] {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const mark of marks) {
    minX = Math.min(minX, mark.x * scale - mark.box.left);
    maxX = Math.max(maxX, mark.x * scale + mark.box.right);
    minY = Math.min(minY, mark.y * scale - mark.box.top);
    maxY = Math.max(maxY, mark.y * scale + mark.box.bottom);
  }
  return [minX, maxX, minY, maxY];
}

/**
 * The closest camera that shows every mark, names included, inside the free rectangle of a graphic of `size`
 * (`size` less `padding`), centred in it. A mark's on-screen extent grows with the zoom while its name does not,
 * so the fit is found by bisection on the zoom (it is monotonic). When even `minZoom` cannot fit them, the marks
 * are centred at `minZoom` and the edges crop.
 */
export function frameMarks(
  marks: readonly FocusMark[],
  size: Size,
  padding: Padding = noPadding,
  limits: ZoomLimits = defaultZoomLimits,
): MapCamera {
  if (marks.length === 0) throw new Error('frameMarks: a scene needs at least one thing to frame');
  const freeWidth = Math.max(1, size.width - padding.left - padding.right);
  const freeHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const fits = (zoom: number) => {
    const [minX, maxX, minY, maxY] = extentAt(marks, 2 ** zoom);
    return maxX - minX <= freeWidth && maxY - minY <= freeHeight;
  };
  let zoom: number;
  if (fits(limits.maxZoom)) zoom = limits.maxZoom;
  else if (!fits(limits.minZoom)) zoom = limits.minZoom;
  else {
    let low = limits.minZoom;
    let high = limits.maxZoom;
    for (let i = 0; i < 30; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    zoom = low;
  }
  const scale = 2 ** zoom;
  const [minX, maxX, minY, maxY] = extentAt(marks, scale);
  // The marks' centre sits on the free rectangle's centre, which is off the graphic's centre by half the padding
  // difference on each axis.
  const offsetX = (padding.left - padding.right) / 2;
  const offsetY = (padding.top - padding.bottom) / 2;
  const centerX = ((minX + maxX) / 2 - offsetX) / scale;
  const centerY = ((minY + maxY) / 2 - offsetY) / scale;
  const [lon, lat] = unproject([centerX, centerY]);
  return { center: [round(lon, 4), round(lat, 4)], zoom: round(zoom, 3) };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

