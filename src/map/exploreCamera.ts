/**
 * The camera a reader moves while exploring the map (story/explore.ts): pans by screen pixels, zooms about a point
 * on screen, kept within the map's geometry (region.geo.json reaches 5°E–160°E, 85°S–80°N) and its zooms. Pure.
 */
import { project, unproject, type MapCamera, type Size } from './camera';
import type { Padding } from './frameMarks';

/** Zooms a reader may explore at: from most of Eurasia to a town's streets' scale of the schematic lines. */
export const exploreZoom = { min: 1.5, max: 9 } as const;
const lonRange = [5, 160] as const;
const latRange = [-60, 78] as const;

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));

/** `camera` with its centre inside the map's geometry and its zoom within `exploreZoom`. */
export function clampCamera(camera: MapCamera): MapCamera {
  return {
    center: [clamp(camera.center[0], lonRange), clamp(camera.center[1], latRange)],
    zoom: clamp(camera.zoom, [exploreZoom.min, exploreZoom.max]),
  };
}

/** The camera after the picture moves by (dx, dy) CSS px (a drag to the right shows what lay to the left). */
export function panCamera(camera: MapCamera, dx: number, dy: number): MapCamera {
  const [x, y] = project(camera.center);
  const perPx = 2 ** -camera.zoom;
  return clampCamera({ center: unproject([x - dx * perPx, y - dy * perPx]), zoom: camera.zoom });
}

/** The camera zoomed by `delta` (1: twice as close) about `at`, px from the frame's top left: the point there stays put. */
export function zoomCameraAt(camera: MapCamera, delta: number, at: readonly [number, number], size: Size): MapCamera {
  const zoom = clamp(camera.zoom + delta, [exploreZoom.min, exploreZoom.max]);
  const [x, y] = project(camera.center);
  const offset = [at[0] - size.width / 2, at[1] - size.height / 2] as const;
  const point = [x + offset[0] * 2 ** -camera.zoom, y + offset[1] * 2 ** -camera.zoom] as const;
  return clampCamera({ center: unproject([point[0] - offset[0] * 2 ** -zoom, point[1] - offset[1] * 2 ** -zoom]), zoom });
}

/** What a camera shows of the world, in world units [left, top, right, bottom], less `padding` (px) at the edges. */
export function worldBox(camera: MapCamera, size: Size, padding: Padding): [number, number, number, number] {
  const [x, y] = project(camera.center);
  const perPx = 2 ** -camera.zoom;
  return [
    x + (padding.left - size.width / 2) * perPx,
    y + (padding.top - size.height / 2) * perPx,
    x + (size.width / 2 - padding.right) * perPx,
    y + (size.height / 2 - padding.bottom) * perPx,
  ];
}
