/**
 * What the storyboard warns editors about, computed from the pictures themselves. Pure.
 * - A step whose picture is the same drawing as the previous step's, although its scene is another: the reader
 *   would see nothing change (e.g. a new scene that differs only in its trucks, which pictures do not draw).
 * - Something the scene names that the picture's frame leaves out: a place, a closed crossing, a country's name
 *   spot, the queue note or a route's point outside the frame, or a name the placement could not draw.
 */
import { viewBoxForCamera } from '../map/camera';
import type { MapView, SceneMarks } from '../map/sceneMarks';

/** A step's picture as the checks see it: its step and scene, and its drawing (the SVG without its title). */
export interface PictureDrawing {
  step: string;
  scene: string;
  drawing: string;
}

/** The warning for each step (null when none): same drawing as the previous step although the scene changed. */
export function unchangedPictureWarnings(pictures: readonly PictureDrawing[]): (string | null)[] {
  return pictures.map((picture, index) => {
    const previous = pictures[index - 1];
    if (!previous || previous.scene === picture.scene || previous.drawing !== picture.drawing) return null;
    return `Same picture as the previous step "${previous.step}", although the scene changed (${previous.scene} → ${picture.scene}).`;
  });
}

/** Human names of a framing's mark and label ids ("place:harbin" → "Harbin"). */
export type NameOf = (kind: 'place' | 'closed' | 'country' | 'note' | 'route', id: string) => string;

/**
 * What `framing` names that the picture's frame (`view.size`, nothing over it) leaves out. A mark is out of frame
 * when its point is; a route is listed once, with how many of its points are out.
 */
export function outOfFrameWarnings(framing: SceneMarks, view: MapView, nameOf: NameOf): string[] {
  const [x0, y0] = viewBoxForCamera(view.camera, view.size);
  const pxPerUnit = 2 ** view.camera.zoom;
  const inFrame = (x: number, y: number) => {
    const [px, py] = [(x - x0) * pxPerUnit, (y - y0) * pxPerUnit];
    return px >= 0 && px <= view.size.width && py >= 0 && py <= view.size.height;
  };
  const warnings: string[] = [];
  const routesOut = new Map<string, { out: number; all: number }>();
  for (const mark of framing.marks) {
    const [kind, id] = splitId(mark.id);
    if (kind === 'route') {
      const counts = routesOut.get(id) ?? { out: 0, all: 0 };
      counts.all += 1;
      if (!inFrame(mark.x, mark.y)) counts.out += 1;
      routesOut.set(id, counts);
    } else if (!inFrame(mark.x, mark.y)) {
      warnings.push(`${describeMark(kind, id, nameOf)} is out of frame.`);
    }
  }
  for (const [id, { out, all }] of routesOut) if (out > 0) warnings.push(`Route ${nameOf('route', id)} runs out of frame (${out} of ${all} points).`);
  // Names the scene asks for (its places, its countries, the queue note) that the placement left undrawn.
  // Only names: other labels (e.g. a closed crossing's unnamed ✕, "mark:…") only keep names off their spot.
  const asked = new Set(framing.labels.filter((label) => label.priority <= 1 && /^(place|country|note):/.test(label.id)).map((label) => label.id));
  for (const label of view.labels) {
    if (!asked.has(label.id) || label.side !== null) continue;
    const [kind, id] = splitId(label.id);
    const what = kind === 'note' ? `The queue note at ${nameOf('note', id)}` : `The name of ${nameOf(kind, id)}`;
    warnings.push(`${what} is not drawn: no room for it in the frame.`);
  }
  return warnings;
}

/** "route:china-direct:3" → ['route', 'china-direct']; "country:Russia" → ['country', 'Russia']. */
function splitId(markId: string): [Parameters<NameOf>[0], string] {
  const [kind, id] = markId.split(':') as [Parameters<NameOf>[0], string];
  return [kind, id];
}

function describeMark(kind: Parameters<NameOf>[0], id: string, nameOf: NameOf): string {
  if (kind === 'closed') return `The closed crossing ${nameOf('closed', id)}`;
  if (kind === 'country') return `${nameOf('country', id)} (its name)`;
  if (kind === 'note') return `The queue note at ${nameOf('note', id)}`;
  return nameOf(kind, id);
}
