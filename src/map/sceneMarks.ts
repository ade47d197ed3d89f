/**
 * What a map scene must show, as the framing and the label placement take it: every point of its routes, its
 * places and closed crossings, the countries its text names, each with the box its marker and name take on screen.
 * Built once per scene from the SVG map model (build time, or the page's payload); `mapView` then turns it into a
 * camera and name positions for any graphic size and free area. Pure.
 */
import { project, type Size } from './camera';
import { defaultZoomLimits, frameMarks, type FocusMark, type MapCamera, type Padding } from './frameMarks';
import { placeLabels, nameGap, type LabelPlacement, type LabelSpec } from './placeLabels';
import { compactCountryNameSize, countryNameSize, noteSize, placeNameSize } from './nameSizes';
import { smallCountryMinZoom } from './countryNameSpots';
import type { MapScene } from '../schemas/scene';
import type { SvgMapModel } from './svgMapModel';

export interface SceneMarks {
  marks: FocusMark[];
  labels: LabelSpec[];
  maxZoom: number;
}

export interface MapView {
  camera: MapCamera;
  labels: LabelPlacement[];
  /** The graphic it was framed for, and what was kept clear in it. */
  size: Size;
  padding: Padding;
}

/** Half the box a route's vertex or a closed crossing's ✕ keeps clear, px. */
const markHalf = 9;

/**
 * The spot a named country's name takes: its first (default) spot when that lies within what the scene shows (its
 * extent, widened by a fifth each way), otherwise the spot nearest the middle of it.
 */
function chooseSpot(spots: readonly [number, number][], marks: readonly { x: number; y: number }[]): [number, number] {
  const xs = marks.map((m) => m.x);
  const ys = marks.map((m) => m.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [mx, my] = [(x1 - x0) / 5, (y1 - y0) / 5];
  const within = spots.find(([x, y]) => x >= x0 - mx && x <= x1 + mx && y >= y0 - my && y <= y1 + my);
  if (within) return within;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return spots.reduce((best, spot) => (Math.hypot(spot[0] - cx, spot[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? spot : best));
}

/**
 * The marks and names of `scene`. `note`: the lines of the scene's queue note, when it has one (formatted from the
 * figures by the caller, so this module prints no number of its own).
 */
export function sceneMarks(scene: MapScene, model: SvgMapModel, note?: readonly string[]): SceneMarks {
  const routes = model.routes.filter((route) => scene.routes.includes(route.id));
  const placeById = new Map(model.places.map((place) => [place.id, place]));
  const place = (id: string) => {
    const found = placeById.get(id);
    if (!found) throw new Error(`sceneMarks: unknown place "${id}"`);
    return found;
  };
  const marks: FocusMark[] = [];
  const square = { left: markHalf, right: markHalf, top: markHalf, bottom: markHalf };
  for (const route of routes) route.points.forEach(([x, y], index) => marks.push({ id: `route:${route.id}:${index}`, x, y, box: square }));
  const labels: LabelSpec[] = [];
  for (const id of scene.closed) {
    marks.push({ id: `closed:${id}`, ...pick(place(id)), box: square });
    // A ✕ without its name still keeps names off it.
    if (!scene.places.includes(id)) labels.push({ id: `mark:${id}`, kind: 'mark', ...pick(place(id)), width: 14, height: 14, priority: 0 });
  }
  for (const id of scene.places) {
    const { x, y, name, short } = place(id);
    const size = placeNameSize(name);
    marks.push({ id: `place:${id}`, x, y, box: { left: markHalf, right: nameGap + size.width, top: Math.max(markHalf, size.height / 2), bottom: Math.max(markHalf, size.height / 2) } });
    labels.push({ id: `place:${id}`, kind: 'place', x, y, ...size, ...(short ? { shortWidth: placeNameSize(short).width } : {}), priority: 0 });
  }
  if (scene.queue && note) {
    const { x, y } = place(scene.queue.at);
    const size = noteSize(note);
    marks.push({ id: `note:${scene.queue.at}`, x, y, box: { left: markHalf, right: markHalf, top: markHalf, bottom: nameGap + size.height } });
    labels.push({ id: `note:${scene.queue.at}`, kind: 'place', x, y, ...size, priority: 0 });
  }
  // Named countries take a name spot within what the scene shows (chooseSpot).
  const points = marks.length > 0 ? marks : model.places.slice(0, 1).map((p) => ({ x: p.x, y: p.y }));
  const named = new Set<string>([...scene.countries, ...scene.named]);
  for (const country of model.countryLabels) {
    const size = countryNameSize(country.text);
    const compact = country.small ? { compact: { ...compactCountryNameSize(country.text), belowZoom: smallCountryMinZoom } } : {};
    if (named.has(country.name)) {
      const [x, y] = chooseSpot(country.spots, points);
      const alternatives = country.spots.filter((spot) => spot[0] !== x || spot[1] !== y).map(([ax, ay]) => ({ x: ax, y: ay }));
      marks.push({ id: `country:${country.name}`, x, y, box: { left: size.width / 2, right: size.width / 2, top: size.height / 2, bottom: size.height / 2 } });
      labels.push({ id: `country:${country.name}`, kind: 'country', x, y, ...size, priority: 1, alternatives, ...compact });
    } else {
      const [x, y] = country.spots[0]!;
      labels.push({ id: `country:${country.name}`, kind: 'country', x, y, ...size, priority: 2, ...(country.small ? { minZoom: smallCountryMinZoom } : {}) });
    }
  }
  return { marks, labels, maxZoom: scene.maxZoom ?? defaultZoomLimits.maxZoom };
}

const pick = ({ x, y }: { x: number; y: number }) => ({ x, y });

/** The camera and the names' places for a scene in a graphic of `size` with `padding` kept clear. */
export function mapView(framing: SceneMarks, size: Size, padding: Padding): MapView {
  return viewAt(framing, frameMarks(framing.marks, size, padding, { ...defaultZoomLimits, maxZoom: framing.maxZoom }), size, padding);
}

/** A scene's names placed for a camera of the reader's own (exploring, story/explore.ts) rather than its framing's. */
export function viewAt(framing: SceneMarks, camera: MapCamera, size: Size, padding: Padding): MapView {
  return { camera, labels: placeLabels(framing.labels, camera, size, padding, project), size, padding };
}
