/**
 * Browser side of the SVG map: follows map scene states on the build-time SVG. A camera at rest is a viewBox; a
 * move between two (eased unless motion is reduced) is a CSS transform of the SVG, redrawn at the end. Names and
 * trucks are HTML placed from the camera, over whichever renderer is in front; both are hidden during a move.
 * Never reads the scroll position or layout: the view (camera, names, frame size) comes framed from framingInBrowser.ts.
 */
import type { MapScene } from '../schemas/scene';
import { cameraTransform, interpolateCamera, mapOverscan, viewBoxForCamera, type MapCamera, type Size } from './camera';
import { elementStatesChanged, mapElementStates } from './mapStates';
import type { MapView } from './sceneMarks';
import type { MapRenderState } from './mapRenderState';
import { loadCountryShapes } from './countryShapes';
import { createMapTrucks, type Screen } from './mapTrucks';
import { whenStillOnce } from '../lib/stillness';
import { createDataAttributes } from './dataAttributes';
import { createLabelLayer } from './labelLayer';
import { cumulativeLengths, type Point } from './routeAlong';


/** A camera flight's length, ms. */
const cameraMs = 900;

/** A polyline's `points` attribute ("x,y x,y …", as staticMapMarkup.ts writes it) as points. */
export const parsePoints = (text: string): Point[] => text.trim().split(/\s+/).map((pair) => pair.split(',').map(Number) as unknown as Point);

/** Where a flight begun at `startedAt` is at `now` (ms): eased in and out over `cameraMs`, `done` at its end. */
export function flightCamera(flight: { from: MapCamera; to: MapCamera; startedAt: number }, now: number): { camera: MapCamera; done: boolean } {
  const t = Math.min(1, (now - flight.startedAt) / cameraMs);
  const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  return { camera: interpolateCamera(flight.from, flight.to, eased), done: t === 1 };
}

/** World units to a frame's CSS px under `camera` at rest in a frame of `frame`: (point − left/top) × pxPerUnit. */
export function screenForCamera(camera: MapCamera, frame: Size): Screen {
  const [left, top] = viewBoxForCamera(camera, frame);
  return { left, top, pxPerUnit: 2 ** camera.zoom };
}

/**
 * `lastScrollAt` (the story: when the page last scrolled): a flight's end is drawn crisp once the page is still,
 * not in the flight's last frame (see landCamera). Without it (an embed), at once. `stepTimeline`: a step's scroll
 * timeline, which the trucks of a scroll-linked scene drive on.
 */
export function createSvgMap(figure: HTMLElement, { lastScrollAt, stepTimeline = null }: { lastScrollAt?: () => number; stepTimeline?: ((step: number) => AnimationTimeline) | null } = {}) {
  const svg = figure.querySelector<SVGSVGElement>('[data-map-svg]')!;
  const truckLayer = figure.querySelector<HTMLElement>('[data-trucks]')!;
  const routes = [...svg.querySelectorAll<SVGPolylineElement>('polyline.route')].map((element) => {
    const points = parsePoints(element.getAttribute('points')!);
    return { id: element.dataset.route!, era: element.dataset.era!, by: element.dataset.by!, element, points, lengths: cumulativeLengths(points) };
  });
  // Each element with the key the scenes name it by, read once: a scene change then reads no attribute.
  const places = [...svg.querySelectorAll<SVGGElement>('g.place')].map((element) => ({ element, id: element.dataset.place! }));
  const withNames = (paths: SVGPathElement[]) => paths.map((element) => ({ element, name: element.dataset.country! }));
  let countries = withNames([...svg.querySelectorAll<SVGPathElement>('path.country')]);
  const countriesGroup = svg.querySelector<SVGGElement>('g.countries[data-src]');
  if (countriesGroup && countries.length === 0) {
    loadCountryShapes(countriesGroup).then((shapes) => {
      countries = withNames(shapes);
      if (shown) shadeCountries(shown);
    }).catch(() => {
      // The map still reads without outlines: routes, places and names are in the page.
    });
  }
  // The SVG's own names and points are sized in screen pixels (CSS px × --u). Setting --u on their groups, not the
  // whole SVG, keeps a new camera from restyling every country outline.
  const scaledGroups = [...svg.querySelectorAll<SVGGElement>('g.country-labels, g.places')];
  const labelLayer = figure.querySelector<HTMLElement>('[data-map-labels]');
  const data = createDataAttributes();
  const names = createLabelLayer(labelLayer, data);
  // From here on the HTML labels are shown and the SVG's points and text hidden (on screen; print keeps the SVG's).
  if (labelLayer) figure.dataset.labels = 'html';
  const trucks = createMapTrucks(truckLayer, routes.length, stepTimeline);
  // With scripts on, the graphic's live region describes each scene; the static label would go stale.
  svg.removeAttribute('role');
  svg.removeAttribute('aria-label');
  svg.setAttribute('aria-hidden', 'true');

  /** The frame's size, as the view in front was framed for. */
  let size: Size = { width: 700, height: 700 };
  /** The camera on screen, and the one the SVG's viewBox is drawn for (they differ during a flight). */
  let camera: MapCamera | null = null;
  let drawnCamera: MapCamera | null = null;
  let flight: { from: MapCamera; to: MapCamera; startedAt: number } | null = null;
  let shown: MapRenderState | null = null;
  /**
   * What a scene change leaves to the frames after it (see render): the elements' states, then the names.
   * The story spreads them (`lastScrollAt` given); an embed and print draw everything at once.
   */
  const spreadSceneChange = Boolean(lastScrollAt);
  let statesPending: MapScene | null = null;
  let namesPending: MapView | null = null;
  /**
   * A reader is moving the camera (story/explore.ts): views come with the same names' placement and a new camera,
   * which the names follow at once, and the trucks wait hidden until a view with its own placement arrives.
   */
  let panning = false;
  // Flights are drawn by the compositor (see flyCamera); the SVG is mapOverscan times its frame's size.
  figure.dataset.flights = '';

  /** Draws the SVG for `next` at rest: a new viewBox, which lays out and repaints every outline. */
  function applyCamera(next: MapCamera) {
    drawnCamera = next;
    const viewBoxText = viewBoxForCamera(next, size, mapOverscan).map((v) => v.toFixed(3)).join(' ');
    svg.setAttribute('viewBox', viewBoxText);
    svg.style.transform = '';
    // For tests and the debug view: the camera at rest (longitude, latitude, zoom).
    svg.dataset.camera = [...next.center, next.zoom].map((value) => value.toFixed(4)).join(',');
    for (const group of scaledGroups) group.style.setProperty('--u', (2 ** -next.zoom).toFixed(5));
    placeOverlays(next);
  }

  /**
   * One frame of a flight. The SVG keeps the viewBox of the flight's start and moves as a CSS transform of its
   * layer: no style, layout or paint of its outlines on the main thread (at 4× CPU throttling a viewBox per frame
   * cost 20–40 ms a frame in SVG layout and paint, and broke the 50 ms long-task budget; scripts/bench.mjs).
   * While zooming in the picture is a little soft; it is redrawn crisp at the end (landCamera).
   */
  function flyCamera(next: MapCamera) {
    const { x, y, scale } = cameraTransform(drawnCamera!, next);
    svg.style.transform = `translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${scale.toFixed(5)})`;
    placeOverlays(next);
  }

  /**
   * A flight's end. Drawing the new viewBox lays out and repaints every outline (25–35 ms at 4× CPU throttling, a
   * long task next to a scroll's frame): in the story the SVG keeps its transform, a little soft when zoomed in,
   * until the page is still.
   */
  const landWhenStill = lastScrollAt && whenStillOnce(lastScrollAt, () => {
    if (!flight && camera && camera !== drawnCamera) applyCamera(camera);
  }, () => flight !== null);
  function landCamera(next: MapCamera) {
    if (!landWhenStill) return applyCamera(next);
    flyCamera(next);
    landWhenStill();
  }

  /** World units to the frame's CSS px under the camera on screen: (point − view origin) × px per unit. */
  let screen: Screen = { left: 0, top: 0, pxPerUnit: 1 };
  const screenFor = (next: MapCamera, frame: Size = size): Screen => screenForCamera(next, frame);
  /** A view's camera at rest as the trucks take it: one object per view, worked out once (not in every frame). */
  let viewAtRest: { view: MapView; screen: Screen } | null = null;
  const screenAtRest = (view: MapView) => (viewAtRest?.view === view ? viewAtRest : (viewAtRest = { view, screen: screenFor(view.camera, view.size) })).screen;
  const toScreen = (x: number, y: number) => [(x - screen.left) * screen.pxPerUnit, (y - screen.top) * screen.pxPerUnit] as const;

  /**
   * Labels follow the camera. They are HTML moved by transforms, which cost no layout, and keep their screen size at
   * any zoom. Hidden names stay put (see render).
   */
  function placeOverlays(next: MapCamera) {
    camera = next;
    screen = screenFor(next);
    names.follow(toScreen);
  }


  function shadeCountries(scene: MapScene) {
    for (const { element, name } of countries) data.write(element, 'shaded', String(scene.countries.includes(name as never)));
  }

  function applyStates(scene: MapScene) {
    const states = mapElementStates(scene, routes);
    for (const route of routes) data.write(route.element, 'state', states.routes.get(route.id)!);
    for (const { element, id } of places) data.write(element, 'state', states.places.get(id)!);
    names.applyPlaceStates(states.places);
    shadeCountries(scene);
  }

  /**
   * Draws `scene`. Returns true while a camera flight (or a scene change's later frames) is under way: the caller keeps
   * requesting frames.
   * `animate: false` cuts straight to the scene's camera: as a flight's last frame, drawn crisp once the page is still
   * (a new viewBox in a scroll's frame was a long task at 4× CPU throttling under reduced motion); `crisp: true`
   * (print) draws the viewBox at once.
   */
  return function render(scene: MapRenderState, { animate, now, crisp = false }: { animate: boolean; now: number; crisp?: boolean }): boolean {
    const previous = shown;
    const statesChanged = elementStatesChanged(previous, scene);
    if (statesChanged) statesPending = scene;
    const viewChanged = !previous || previous.view !== scene.view;
    const resized = viewChanged && (scene.view.size.width !== size.width || scene.view.size.height !== size.height);
    // Exploring: a pan keeps the names' placement (they follow the camera, shown); a new placement for the same camera
    // (when the reader's move ends) is drawn in the next frame, without hiding them first.
    const panned = viewChanged && previous !== null && !resized && !animate && previous.view.labels === scene.view.labels;
    const replaced = viewChanged && previous !== null && !resized && previous.view.camera === scene.view.camera;
    if (panned || replaced) {
      panning = panned;
      if (replaced) namesPending = scene.view;
      if (panned) {
        flight = null;
        if (!namesPending) names.hide(false);
        trucks.hide(true);
        if (drawnCamera) landCamera(scene.view.camera);
        else applyCamera(scene.view.camera);
      }
    } else if (viewChanged) {
      panning = false;
      size = scene.view.size;
      namesPending = scene.view;
      // A resize cuts to the new framing; a new scene flies there.
      // Names (with their dots and marks) are hidden while the camera flies, and after a cut until the new
      // view's names are placed (two frames later, below): they stay put meanwhile, as MapLibre's own
      // names fade during moves. Moving them in every frame of a flight, next to the scroll's frames and a
      // scene change's, made about half of a story scroll's frames over 30 ms at 4× CPU throttling
      // (scripts/bench.mjs).
      if (animate && camera && !resized) {
        flight = { from: camera, to: scene.view.camera, startedAt: now };
        names.hide(true);
        trucks.hide(true);
        trucks.prepare(scene, screenAtRest(scene.view), scene.truckMotion, routes);
      } else {
        flight = null;
        names.hide(spreadSceneChange && !crisp && (!resized || camera === null));
        if (camera && drawnCamera && !resized && !crisp) landCamera(scene.view.camera);
        else applyCamera(scene.view.camera);
      }
    }
    shown = scene;
    if (flight) {
      const { camera: next, done } = flightCamera(flight, now);
      if (done) {
        flight = null;
        if (!namesPending) names.hide(false);
        landCamera(next);
      } else flyCamera(next);
    }
    // Trucks are hidden during a flight (as the names are) and placed where it lands: their paths are drawn for a
    // camera at rest, and following the camera frame by frame cost a restyle of each truck in every frame.
    // A scene's trucks may take a few frames to place (mapTrucks.ts): hidden until they are.
    const trucksPlaced = !flight && !panning && trucks.place(scene, screenAtRest(scene.view), scene.truckMotion, routes);
    if (!flight) trucks.hide(!trucksPlaced);
    // A scene change is drawn over three frames, each restyling part of the map: the camera's move in the first,
    // the routes', places' and countries' states in the second, the names in the third (all in one frame made long
    // tasks at 4× CPU throttling; scripts/bench.mjs); the trucks in the frames after. The story's first draw too (it
    // draws its opening picture in tasks of their own, story.ts). Embeds and print: the rest all at once.
    const atOnce = !spreadSceneChange || crisp;
    if (statesPending && (atOnce || !statesChanged)) {
      applyStates(statesPending);
      statesPending = null;
      if (!atOnce) return true;
    }
    if (namesPending && (atOnce || (!viewChanged && !statesChanged))) {
      names.applyNames(namesPending);
      namesPending = null;
      if (!flight) names.hide(false);
      if (camera) placeOverlays(camera);
    }
    return flight !== null || statesPending !== null || namesPending !== null || (!trucksPlaced && !panning);
  };
}
