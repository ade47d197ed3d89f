/**
 * One camera, two renderers. The framing (frameMarks.ts) gives MapLibre cameras ({center, zoom}) for a graphic's size;
 * the SVG renderer draws in Web Mercator "world units" where the whole world is 512 units wide, exactly MapLibre's
 * world at zoom 0, so a camera maps to an SVG viewBox by the same numbers: at zoom z, one CSS pixel is 2^-z units.
 */

/** Where the map looks, as MapLibre takes it: zoom for the graphic it was framed for. */
export interface MapCamera {
  center: [number, number];
  zoom: number;
}
type Camera = MapCamera;

/** World width in SVG units: MapLibre's tile size at zoom 0. */
export const worldSize = 512;
const radius = worldSize / (2 * Math.PI);

/**
 * How many times its frame's size the map's SVG is, each way, centred on the frame and clipped by it: camera moves
 * are transforms of the drawn SVG (svgMap.ts), and a zoom out or a pan then shows land beyond the old edges, not a
 * gap. The same from the first paint, so nothing shifts when scripts start.
 */
export const mapOverscan = 2;

/** Size (CSS px) of the graphic that build-time pictures (the page's SVG before scripts, print) are framed for. */
export const referenceSize = 700;

export interface Size {
  width: number;
  height: number;
}

/** Web Mercator, in world units with y down: the projection of MapLibre and of d3.geoMercator().scale(512 / 2π). */
export function project([lon, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180 * radius, -Math.log(Math.tan(Math.PI / 4 + phi / 2)) * radius];
}

/** Inverse of `project`: world units back to [lon, lat]. */
export function unproject([x, y]: readonly [number, number]): [number, number] {
  return [((x / radius) * 180) / Math.PI, ((2 * Math.atan(Math.exp(-y / radius)) - Math.PI / 2) * 180) / Math.PI];
}

/**
 * SVG viewBox [x, y, width, height] showing `camera` in a graphic of `size` CSS px. With `overscan` > 1 the view
 * reaches that many times further each way, for an SVG that many times the graphic's size, centred on it.
 */
export function viewBoxForCamera(camera: Pick<Camera, 'center' | 'zoom'>, size: Size, overscan = 1): [number, number, number, number] {
  const unitsPerPx = 2 ** -camera.zoom;
  const [cx, cy] = project(camera.center);
  const width = size.width * overscan * unitsPerPx;
  const height = size.height * overscan * unitsPerPx;
  return [cx - width / 2, cy - height / 2, width, height];
}

/** A camera part-way between two others: centre linearly, zoom on a log scale (it is one already). */
export function interpolateCamera(from: Pick<Camera, 'center' | 'zoom'>, to: Pick<Camera, 'center' | 'zoom'>, t: number) {
  const mix = (a: number, b: number) => a + (b - a) * t;
  return { center: [mix(from.center[0], to.center[0]), mix(from.center[1], to.center[1])] as [number, number], zoom: mix(from.zoom, to.zoom) };
}

/**
 * The CSS transform (about the graphic's centre) that turns a picture drawn for camera `drawn` into the picture of
 * camera `shown`: a camera move drawn by the compositor, with no SVG layout or paint per frame.
 */
export function cameraTransform(
  drawn: Pick<Camera, 'center' | 'zoom'>,
  shown: Pick<Camera, 'center' | 'zoom'>,
): { x: number; y: number; scale: number } {
  const drawnZoom = drawn.zoom;
  const shownZoom = shown.zoom;
  const [x0, y0] = project(drawn.center);
  const [x1, y1] = project(shown.center);
  const pxPerUnit = 2 ** shownZoom;
  return { x: (x0 - x1) * pxPerUnit, y: (y0 - y1) * pxPerUnit, scale: 2 ** (shownZoom - drawnZoom) };
}
