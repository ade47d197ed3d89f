/**
 * Browser side of the SVG map: follows map scene states on the build-time SVG. Camera moves are viewBox changes
 * (eased unless motion is reduced); trucks are a handful of markers placed along the projected routes. Never reads
 * the scroll position; the only layout read is the frame's size, on resize.
 */
import type { MapScene } from '../schemas/scene';
import { fitZoom, interpolateCamera, viewBoxForCamera, type Size } from './camera';
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
  const truckLayer = figure.querySelector<SVGGElement>('[data-trucks]')!;
  const truckSvg = truckLayer.ownerSVGElement!;
  const routes = [...svg.querySelectorAll<SVGPolylineElement>('polyline.route')].map((element) => {
    const points = element.getAttribute('points')!.trim().split(/\s+/).map((pair) => pair.split(',').map(Number) as unknown as Point);
    return { id: element.dataset.route!, era: element.dataset.era!, element, points, lengths: cumulativeLengths(points) };
  });
  const places = [...svg.querySelectorAll<SVGGElement>('g.place')];
  const countries = [...svg.querySelectorAll<SVGPathElement>('path.country')];
  // Sized in screen pixels (CSS px × --u): the only parts that need the zoom. Setting --u on these groups, not the
  // whole SVG, keeps a camera move from restyling every country outline in every frame.
  const scaledGroups = [...figure.querySelectorAll<SVGGElement>('g.country-labels, g.places, g.trucks')];
  const labelLayer = figure.querySelector<HTMLElement>('[data-map-labels]');
  const labels = labelLayer
    ? [...labelLayer.querySelectorAll<HTMLElement>('.map-label')].map((element) => ({ element, x: Number(element.dataset.x), y: Number(element.dataset.y) }))
    : [];
  const placeLabels = labels.map((label) => label.element).filter((element) => element.dataset.place);
  // From here on the HTML labels are shown and the SVG's points and text hidden (on screen; print keeps the SVG's).
  if (labelLayer) figure.dataset.labels = 'html';
  const trucks: SVGPathElement[] = [];
  // With scripts on, the graphic's live region describes each scene; the static label would go stale.
  svg.removeAttribute('role');
  svg.removeAttribute('aria-label');
  svg.setAttribute('aria-hidden', 'true');

  let size: Size = { width: 700, height: 700 };
  let camera: { center: [number, number]; zoom: number } | null = null;
  let flight: { from: { center: [number, number]; zoom: number }; to: MapScene['camera']; startedAt: number } | null = null;
  let shown: MapScene | null = null;

  new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    if (box.width > 0 && box.height > 0) size = { width: box.width, height: box.height };
    if (camera) applyCamera(camera);
  }).observe(svg);

  function applyCamera(next: { center: [number, number]; zoom: number }) {
    camera = next;
    const viewBox = viewBoxForCamera(next, size);
    const viewBoxText = viewBox.map((v) => v.toFixed(3)).join(' ');
    svg.setAttribute('viewBox', viewBoxText);
    truckSvg.setAttribute('viewBox', viewBoxText);
    const zoom = fitZoom(next.zoom, size);
    const unitsPerPx = (2 ** -zoom).toFixed(5);
    for (const group of scaledGroups) group.style.setProperty('--u', unitsPerPx);
    const zoomedIn = String(zoom >= smallCountryMinZoom);
    setData(svg, 'zoomedIn', zoomedIn);
    if (labelLayer) {
      // A label's screen position: (world point − viewBox origin) × pixels per world unit. A transform moves it
      // without layout.
      const pxPerUnit = 2 ** zoom;
      for (const { element, x, y } of labels) {
        element.style.transform = `translate(${((x - viewBox[0]) * pxPerUnit).toFixed(1)}px, ${((y - viewBox[1]) * pxPerUnit).toFixed(1)}px)`;
      }
      setData(labelLayer, 'zoomedIn', zoomedIn);
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
      const truck = document.createElementNS(svgNamespace, 'path');
      truck.setAttribute('class', 'truck');
      truck.setAttribute('d', 'M-6,-3.5 L4,-3.5 L7,0 L4,3.5 L-6,3.5 Z');
      truckLayer.append(truck);
      trucks.push(truck);
    }
    let index = 0;
    for (const route of active) {
      for (const fraction of fractions) {
        const at = routeAlong(route.points, fraction, route.lengths);
        const truck = trucks[index++]!;
        truck.style.transform = `translate(${at.x.toFixed(3)}px, ${at.y.toFixed(3)}px) rotate(${at.heading.toFixed(1)}deg) scale(var(--u))`;
        truck.style.display = '';
      }
    }
    for (let i = index; i < trucks.length; i++) trucks[i]!.style.display = 'none';
  }

  /**
   * Draws `scene`. Returns true while a camera flight is still under way (the caller keeps requesting frames).
   * `animate: false` cuts straight to the scene's camera; `trucks: false` leaves the trucks alone (while hidden).
   */
  return function render(scene: MapRenderState, { animate, now, trucks = true }: { animate: boolean; now: number; trucks?: boolean }): boolean {
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
    if (trucks) placeTrucks(scene);
    if (!flight) return false;
    const t = Math.min(1, (now - flight.startedAt) / cameraMs);
    const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    applyCamera(interpolateCamera(flight.from, flight.to, eased));
    if (t === 1) flight = null;
    return flight !== null;
  };
}
