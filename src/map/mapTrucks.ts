/**
 * The map's trucks: small arrows in an HTML layer over either renderer, each moved by a transform on its own
 * compositing layer (no layout or repaint per frame). They flow along a scene's routes with the step's progress, or
 * stand nose to tail in a queue.
 */
import { inIdleTime } from '../lib/stillness';
import { routeAlong, truckFractions, type Point } from './routeAlong';
import type { MapRenderState } from './svgMap';

/** A route as the trucks drive it: its points in world units and their cumulative lengths. */
export interface TruckRoute {
  id: string;
  points: Point[];
  lengths: number[];
}

/** Queued trucks, nose to tail: how many, and how far apart on screen (px). */
const queueLength = 8;
const queueGapPx = 12;
const trucksPerRoute = 4;
const svgNamespace = 'http://www.w3.org/2000/svg';

/** Binds to the map's truck layer; returns the function that places the trucks of a scene. */
export function createMapTrucks(truckLayer: HTMLElement, routeCount: number) {
  // Each truck with what it was last given: reading `style` back for every truck in every frame cost more than
  // placing them (the top of the story's own time in a V8 profile of a scroll at 4× CPU throttling).
  const trucks: { element: SVGSVGElement; transform: string; shown: boolean }[] = [];

  /** At least `count` trucks in the layer, hidden until placed. */
  function ensureTrucks(count: number) {
    while (trucks.length < count) {
      // An arrow pointing along +x, centred on its point by CSS so that it turns about it.
      const truck = document.createElementNS(svgNamespace, 'svg');
      truck.setAttribute('class', 'truck');
      truck.setAttribute('viewBox', '-7.5 -4.5 15 9');
      truck.style.display = 'none';
      const shape = document.createElementNS(svgNamespace, 'path');
      shape.setAttribute('d', 'M-6,-3.5 L4,-3.5 L7,0 L4,3.5 L-6,3.5 Z');
      truck.append(shape);
      truckLayer.append(truck);
      trucks.push({ element: truck, transform: '', shown: false });
    }
  }
  // Made ahead, in idle time, so a map's first scene does not insert them in its frame: enough for every route.
  inIdleTime([() => ensureTrucks(routeCount * trucksPerRoute)]);

  return function placeTrucks(scene: MapRenderState, routes: readonly TruckRoute[], toScreen: (x: number, y: number) => readonly [number, number]) {
    const active = scene.trucks === 'none' ? [] : routes.filter((route) => scene.routes.includes(route.id));
    const queueing = scene.trucks === 'queue';
    ensureTrucks(active.length * (queueing ? queueLength : trucksPerRoute));
    // Zoomed far out (the overview on a phone), full-size trucks would hide the short roads they drive.
    const truckScale = scene.view.camera.zoom < 2.5 ? ' scale(0.65)' : '';
    let index = 0;
    for (const route of active) {
      // A queue is drawn nose to tail a few px apart at any zoom: schematic, as its note says.
      // Counted at the scene's own zoom, not the flight's: the same scene keeps the same trucks.
      const routePx = route.lengths[route.lengths.length - 1]! * 2 ** scene.view.camera.zoom;
      // Flowing trucks: about one per 150 px of road, so a short road far out is still seen under them.
      const fractions = queueing
        ? truckFractions('queue', 0, queueLength, queueGapPx / Math.max(routePx, 1))
        : truckFractions(scene.trucks, scene.truckTravel, Math.max(1, Math.min(trucksPerRoute, Math.round(routePx / 150))));
      for (const fraction of fractions) {
        const at = routeAlong(route.points, fraction, route.lengths);
        const [px, py] = toScreen(at.x, at.y);
        const truck = trucks[index++]!;
        const transform = `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px) rotate(${at.heading.toFixed(1)}deg)${truckScale}`;
        // Unchanged trucks (a queue, a truck at rest) are not written again: each write restyles the truck.
        if (truck.transform !== transform) {
          truck.transform = transform;
          truck.element.style.transform = transform;
        }
        if (!truck.shown) {
          truck.shown = true;
          truck.element.style.display = '';
        }
      }
    }
    for (let i = index; i < trucks.length; i++) {
      const truck = trucks[i]!;
      if (!truck.shown) continue;
      truck.shown = false;
      truck.element.style.display = 'none';
    }
  };
}
