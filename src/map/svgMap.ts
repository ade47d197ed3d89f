/**
 * Browser side of the SVG map: follows map scene states on the build-time SVG. A camera at rest is a viewBox; a
 * move between two (eased unless motion is reduced) is a CSS transform of the SVG, redrawn at the end. Trucks are a
 * handful of HTML markers placed along the projected routes, over whichever renderer is in front. Never reads the scroll position; the only layout read is
 * the frame's size, on resize.
 */
import type { MapScene } from '../schemas/scene';
import { cameraTransform, fitZoom, interpolateCamera, mapOverscan, viewBoxForCamera, type Size } from './camera';
import { elementStatesChanged, mapElementStates } from './mapStates';
import { smallCountryMinZoom } from './labels';
import { cumulativeLengths, routeAlong, truckFractions, type Point } from './routeAlong';

export interface MapRenderState extends MapScene {
  /** Travel of the trucks: the step's progress plus idle drift. */
  truckTravel: number;
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const cameraMs = 900;
const trucksPerRoute = 4;

export function createSvgMap(figure: HTMLElement) {
  const svg = figure.querySelector<SVGSVGElement>('[data-map-svg]')!;
  const truckLayer = figure.querySelector<HTMLElement>('[data-trucks]')!;
  const routes = [...svg.querySelectorAll<SVGPolylineElement>('polyline.route')].map((element) => {
    const points = element.getAttribute('points')!.trim().split(/\s+/).map((pair) => pair.split(',').map(Number) as unknown as Point);
    return { id: element.dataset.route!, era: element.dataset.era!, element, points, lengths: cumulativeLengths(points) };
  });
  const places = [...svg.querySelectorAll<SVGGElement>('g.place')];
  const countries = [...svg.querySelectorAll<SVGPathElement>('path.country')];
  // The SVG's own names and points are sized in screen pixels (CSS px × --u). Setting --u on their groups, not the
  // whole SVG, keeps a new camera from restyling every country outline.
  const scaledGroups = [...svg.querySelectorAll<SVGGElement>('g.country-labels, g.places')];
  const labelLayer = figure.querySelector<HTMLElement>('[data-map-labels]');
  const labels = labelLayer
    ? [...labelLayer.querySelectorAll<HTMLElement>('.map-label')].map((element) => ({ element, x: Number(element.dataset.x), y: Number(element.dataset.y) }))
    : [];
  const placeLabels = labels.map((label) => label.element).filter((element) => element.dataset.place);
  // From here on the HTML labels are shown and the SVG's points and text hidden (on screen; print keeps the SVG's).
  if (labelLayer) figure.dataset.labels = 'html';
  const trucks: SVGSVGElement[] = [];
  /** The last scene's trucks, to place again when the frame is resized. */
  let truckScene: MapRenderState | null = null;
  // With scripts on, the graphic's live region describes each scene; the static label would go stale.
  svg.removeAttribute('role');
  svg.removeAttribute('aria-label');
  svg.setAttribute('aria-hidden', 'true');

  let size: Size = { width: 700, height: 700 };
  /** The camera on screen, and the one the SVG's viewBox is drawn for (they differ during a flight). */
  let camera: { center: [number, number]; zoom: number } | null = null;
  let drawnCamera: { center: [number, number]; zoom: number } | null = null;
  let flight: { from: { center: [number, number]; zoom: number }; to: MapScene['camera']; startedAt: number } | null = null;
  let shown: MapScene | null = null;
  // Flights are drawn by the compositor (see flyCamera); the SVG is mapOverscan times its frame's size.
  figure.dataset.flights = '';

  new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    if (box.width > 0 && box.height > 0) size = { width: box.width, height: box.height };
    if (camera) applyCamera(camera);
    if (truckScene) placeTrucks(truckScene);
  }).observe(svg.parentElement!);

  /** Draws the SVG for `next` at rest: a new viewBox, which lays out and repaints every outline. */
  function applyCamera(next: { center: [number, number]; zoom: number }) {
    drawnCamera = next;
    const viewBoxText = viewBoxForCamera(next, size, mapOverscan).map((v) => v.toFixed(3)).join(' ');
    svg.setAttribute('viewBox', viewBoxText);
    svg.style.transform = '';
    const zoom = fitZoom(next.zoom, size);
    for (const group of scaledGroups) group.style.setProperty('--u', (2 ** -zoom).toFixed(5));
    setData(svg, 'zoomedIn', String(zoom >= smallCountryMinZoom));
    placeOverlays(next);
  }

  /**
   * One frame of a flight. The SVG keeps the viewBox of the flight's start and moves as a CSS transform of its
   * layer: no style, layout or paint of its outlines on the main thread (at 4× CPU throttling a viewBox per frame
   * cost 20–40 ms a frame in SVG layout and paint, and broke the 50 ms long-task budget; scripts/bench.mjs).
   * While zooming in the picture is a little soft; the flight's last frame redraws it crisp.
   */
  function flyCamera(next: { center: [number, number]; zoom: number }) {
    const { x, y, scale } = cameraTransform(drawnCamera!, next, size);
    svg.style.transform = `translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${scale.toFixed(5)})`;
    placeOverlays(next);
  }

  /** World units to the frame's CSS px under the camera on screen: (point − view origin) × px per unit. */
  let screen = { left: 0, top: 0, pxPerUnit: 1 };
  const toScreen = (x: number, y: number) => [(x - screen.left) * screen.pxPerUnit, (y - screen.top) * screen.pxPerUnit] as const;

  /**
   * Labels and trucks follow the camera in every frame. They are HTML moved by transforms, which cost no layout
   * (trucks as SVG shapes cost an SVG layout and repaint per frame, most of a map step's main-thread time at 4× CPU
   * throttling), and they keep their screen size at any zoom.
   */
  function placeOverlays(next: { center: [number, number]; zoom: number }) {
    camera = next;
    const [left, top] = viewBoxForCamera(next, size);
    const zoom = fitZoom(next.zoom, size);
    screen = { left, top, pxPerUnit: 2 ** zoom };
    if (labelLayer) {
      for (const { element, x, y } of labels) {
        const [px, py] = toScreen(x, y);
        element.style.transform = `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px)`;
      }
      setData(labelLayer, 'zoomedIn', String(zoom >= smallCountryMinZoom));
    }
  }

  /** Writes an attribute only when it changes: each write invalidates style for the element. */
  const setData = (element: HTMLElement | SVGElement, key: string, value: string) => {
    if (element.dataset[key] !== value) element.dataset[key] = value;
  };

  function applyStates(scene: MapScene) {
    const states = mapElementStates(scene, routes);
    for (const route of routes) setData(route.element, 'state', states.routes.get(route.id)!);
    for (const place of places) setData(place, 'state', states.places.get(place.dataset.place!));
    for (const label of placeLabels) setData(label, 'state', states.places.get(label.dataset.place!));
    for (const country of countries) setData(country, 'shaded', String(scene.countries.includes(country.dataset.country as never)));
  }

  function placeTrucks(scene: MapRenderState) {
    const active = scene.trucks === 'none' ? [] : routes.filter((route) => scene.routes.includes(route.id));
    const fractions = truckFractions(scene.trucks, scene.truckTravel, trucksPerRoute);
    const needed = active.length * fractions.length;
    while (trucks.length < needed) {
      // An arrow pointing along +x, centred on its point by CSS so that it turns about it.
      const truck = document.createElementNS(svgNamespace, 'svg');
      truck.setAttribute('class', 'truck');
      truck.setAttribute('viewBox', '-7.5 -4.5 15 9');
      const shape = document.createElementNS(svgNamespace, 'path');
      shape.setAttribute('d', 'M-6,-3.5 L4,-3.5 L7,0 L4,3.5 L-6,3.5 Z');
      truck.append(shape);
      truckLayer.append(truck);
      trucks.push(truck);
    }
    truckScene = scene;
    let index = 0;
    for (const route of active) {
      for (const fraction of fractions) {
        const at = routeAlong(route.points, fraction, route.lengths);
        const [px, py] = toScreen(at.x, at.y);
        const truck = trucks[index++]!;
        truck.style.transform = `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px) rotate(${at.heading.toFixed(1)}deg)`;
        if (truck.style.display) truck.style.display = '';
      }
    }
    for (let i = index; i < trucks.length; i++) if (!trucks[i]!.style.display) trucks[i]!.style.display = 'none';
  }

  /**
   * Draws `scene`. Returns true while a camera flight is still under way (the caller keeps requesting frames).
   * `animate: false` cuts straight to the scene's camera.
   */
  return function render(scene: MapRenderState, { animate, now }: { animate: boolean; now: number }): boolean {
    if (elementStatesChanged(shown, scene)) {
      applyStates(scene);
    }
    if (!shown || shown.camera !== scene.camera) {
      if (animate && camera) flight = { from: camera, to: scene.camera, startedAt: now };
      else {
        flight = null;
        applyCamera({ center: scene.camera.center, zoom: scene.camera.zoom });
      }
    }
    shown = scene;
    if (flight) {
      const t = Math.min(1, (now - flight.startedAt) / cameraMs);
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const next = interpolateCamera(flight.from, flight.to, eased);
      if (t === 1) {
        flight = null;
        applyCamera(next);
      } else flyCamera(next);
    }
    placeTrucks(scene);
    return flight !== null;
  };
}
