/**
 * The map's names, routes and places as markup, drawn at build time for one scene: the SVG's own layers (print and
 * readers without JavaScript see these) and the HTML labels svgMap.ts moves with the camera. Strings, not a template,
 * so that one function serves the pages that carry them inline (embeds) and the file the story fetches
 * (`/map/layers.html`, mapLayers.ts).
 */
import type { MapScene, Scene } from '../schemas/scene';
import type { SvgMapModel } from './svgMapModel';
import { mapOverscan, referenceSize, viewBoxForCamera } from './camera';
import { noPadding } from './frameMarks';
import { mapElementStates } from './mapStates';
import { mapView, sceneMarks } from './sceneMarks';
import { escapeHtml } from '../lib/escapeHtml';

export interface StaticMapInput {
  model: SvgMapModel;
  /** The state drawn. */
  scene: MapScene;
  /** Every scene the map may show: which places get names, and the notes they print. */
  scenes: readonly Scene[];
  /** Lines of each scene's queue note, by scene id, formatted from the figures. */
  notes: Readonly<Record<string, string[]>>;
}

export interface StaticMapMarkup {
  viewBox: string;
  /** World units per CSS pixel at the drawn camera (the SVG's `--u`). */
  unitsPerPx: number;
  /** The SVG's country names, routes, places and notes (after its sea and outlines). */
  svgLayers: string;
  /** The children of the HTML label layer (`[data-map-labels]`). */
  labels: string;
}

/** ` name="value"` for each defined value, in order. */
const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs).map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`)).join('');
const closedX = '<svg class="closed-x" viewBox="-1 -1 2 2"><path d="M-0.8,-0.8 L0.8,0.8 M-0.8,0.8 L0.8,-0.8" vector-effect="non-scaling-stroke"/></svg>';

export function staticMapMarkup({ model, scene, scenes, notes }: StaticMapInput): StaticMapMarkup {
  const size = { width: referenceSize, height: referenceSize };
  const noteOf = (map: MapScene) => scenes.find((candidate) => candidate.map === map && candidate.map.queue)?.id;
  const staticNote = noteOf(scene);
  // Build time knows no screen: the picture is framed for a square reference graphic with nothing over it.
  const view = mapView(sceneMarks(scene, model, staticNote ? notes[staticNote] : undefined), size, noPadding);
  const placement = new Map(view.labels.map((label) => [label.id, label]));
  const viewBox = viewBoxForCamera(view.camera, size, mapOverscan).map((value) => value.toFixed(2)).join(' ');
  const unitsPerPx = 2 ** -view.camera.zoom;
  const states = mapElementStates(scene, model.routes);
  // Places a scene names or closes get a dot and a name; the towns routes merely pass through stay unmarked.
  const shownPlaces = new Set(scenes.flatMap((candidate) => (candidate.map ? [...candidate.map.places, ...candidate.map.closed] : [])));
  const places = model.places.filter((place) => shownPlaces.has(place.id));
  const placeById = new Map(model.places.map((place) => [place.id, place]));
  const queueNotes = scenes.flatMap((candidate) => (candidate.map?.queue && notes[candidate.id] ? [{ scene: candidate.id, at: placeById.get(candidate.map.queue.at)!, lines: notes[candidate.id]! }] : []));
  const sideOf = (id: string) => placement.get(id)?.side ?? undefined;
  const px = (value: number) => (value * unitsPerPx);

  const countryNames = model.countryLabels.map((label) => {
    const placed = placement.get(`country:${label.name}`);
    if (!placed?.side) return '';
    const [cx, cy] = [placed.x + px(placed.dx), placed.y + px(placed.dy)];
    const leader = placed.leader
      ? `<line class="country-leader"${attributes({ x1: (cx + px(placed.leader.x0)).toFixed(2), y1: (cy + px(placed.leader.y0)).toFixed(2), x2: (cx + px(placed.leader.x1)).toFixed(2), y2: (cy + px(placed.leader.y1)).toFixed(2) })}/>`
      : '';
    return `${leader}<text class="country-label"${attributes({ 'data-compact': String(placed.compact === true), x: cx.toFixed(2), y: cy.toFixed(2), 'text-anchor': 'middle', 'dominant-baseline': 'central' })}>${escapeHtml(label.text)}</text>`;
  });
  const routes = model.routes.map((route) =>
    `<polyline class="route"${attributes({ 'data-route': route.id, 'data-era': route.era, 'data-by': route.by, 'data-state': states.routes.get(route.id), points: route.points.map((p) => p.join(',')).join(' ') })}/>`);
  const placeMarks = places.map((place) => {
    const side = sideOf(`place:${place.id}`);
    const name = side ? `<text class="place-label"${attributes({ 'data-side': side, x: 0, y: 0 })}>${escapeHtml(placement.get(`place:${place.id}`)?.short ? place.short! : place.name)}</text>` : '';
    return `<g class="place"${attributes({ 'data-place': place.id, 'data-kind': place.kind, 'data-state': states.places.get(place.id), transform: `translate(${place.x} ${place.y})` })}><circle class="place-dot"/><path class="closed-mark" d="M-1,-1 L1,1 M-1,1 L1,-1"/>${name}</g>`;
  });
  const staticNotes = queueNotes.filter((note) => note.scene === staticNote).map((note) => {
    const lines = note.lines.map((line, i) => `<tspan x="0" dy="${i === 0 ? '0' : '1.2em'}">${escapeHtml(line)}</tspan>`).join('');
    return `<g class="note" transform="translate(${note.at.x} ${note.at.y})"><text class="place-label queue-note-text"${attributes({ 'data-side': sideOf(`note:${note.at.id}`), x: 0, y: 0 })}>${lines}</text></g>`;
  });
  const svgLayers = `<g class="country-labels" aria-hidden="true">${countryNames.join('')}</g>`
    + `<g class="routes">${routes.join('')}</g>`
    + `<g class="places" aria-hidden="true">${placeMarks.join('')}${staticNotes.join('')}</g>`;

  // Every name starts unplaced (`data-side="none"`, not drawn): the script places a scene's names (labelLayer.ts), so
  // the page lays out only those, not all 34 at once as the story starts (22–46 ms of layout at 4× CPU throttling).
  const labels = [
    ...model.countryLabels.map((label) =>
      `<span class="map-label country-name"${attributes({ 'data-label-id': `country:${label.name}`, 'data-side': 'none', 'data-small': String(label.small), 'data-spots': label.spots.map((spot) => spot.join(',')).join(' ') })}>${escapeHtml(label.text)}</span>`),
    ...places.map((place) => {
      const short = place.short ? `<span class="short">${escapeHtml(place.short)}</span>` : '';
      return `<span class="map-label place-name"${attributes({ 'data-label-id': `place:${place.id}`, 'data-side': 'none', 'data-place': place.id, 'data-kind': place.kind, 'data-state': states.places.get(place.id), 'data-x': place.x, 'data-y': place.y })}>`
        + `<span class="dot"></span>${closedX}<span class="name"><span class="full">${escapeHtml(place.name)}</span>${short}</span></span>`;
    }),
    ...queueNotes.map((note) =>
      `<span class="map-label queue-note"${attributes({ 'data-label-id': `note:${note.at.id}`, 'data-side': 'none', 'data-note-scene': note.scene, 'data-x': note.at.x, 'data-y': note.at.y })}>`
      + `<span class="name">${note.lines.map((line) => `<span class="line">${escapeHtml(line)}</span>`).join('')}</span></span>`),
  ].join('');

  return { viewBox, unitsPerPx, svgLayers, labels };
}
