/**
 * The map's MapLibre renderer: the same scene states as svgMap.ts, drawn in WebGL. Imported lazily (it is most of
 * the page's JavaScript) as the reader nears the map; `createMapLibreMap` rejects when WebGL2 or the code is missing,
 * and the caller keeps the SVG.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
// By URL, not `import '….css'`: Astro would hoist an imported stylesheet into every page's <head>, making the
// first view pay for a map it may never show.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { MapScene } from '../schemas/scene';
import { fitZoom, project, unproject } from './camera';
import { mapElementStates } from './mapStates';
import { storyMapStyle, type MapFeatures } from './maplibreStyle';
import { cumulativeLengths, routeAlong, truckFractions } from './routeAlong';
import type { MapRenderState } from './svgMap';
import regionData from './region.geo.json';

const region = regionData as unknown as FeatureCollection<MultiPolygon, { name: string }>;

setWorkerUrl(workerUrl);

const trucksPerRoute = 4;

/** Adds MapLibre's stylesheet once; resolves when it has loaded (or failed: the map still works without it). */
function loadMapLibreCss(): Promise<void> {
  if (document.querySelector('link[data-maplibre-css]')) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = maplibreCssUrl;
  link.dataset.maplibreCss = '';
  const loaded = new Promise<void>((resolve) => {
    link.onload = () => resolve();
    link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}

/** True when this browser can draw MapLibre 6 (it needs WebGL2). */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * `interactive`: false in the story (the page scrolls, the map never takes the wheel); true in an embed once the
 * reader asks to explore, with cooperative gestures so the host page still scrolls.
 */
export async function createMapLibreMap(container: HTMLElement, features: MapFeatures, first: MapScene, { interactive = false } = {}) {
  if (!supportsWebGL2()) throw new Error('WebGL2 is not available');
  await loadMapLibreCss();
  const size = () => ({ width: container.clientWidth || 700, height: container.clientHeight || 700 });
  const map = new MapLibreMap({
    container,
    style: storyMapStyle(region, features),
    center: first.camera.center,
    zoom: fitZoom(first.camera.zoom, size()),
    bearing: first.camera.bearing,
    pitch: first.camera.pitch,
    interactive,
    cooperativeGestures: interactive,
    attributionControl: false,
    fadeDuration: 0,
  });
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('MapLibre failed to load')));
  });
  // After loading, errors (a lost context, say) are swallowed: the caller has already shown the map, and the
  // page must not fill the console. Losing the context hands the picture back to the SVG.
  map.on('error', () => {});

  // Trucks move along the routes in Web Mercator, exactly as on the SVG map, then go back to lon/lat.
  const routes = features.routes.map((route) => {
    const points = route.coordinates.map((lonLat) => project(lonLat));
    return { ...route, points, lengths: cumulativeLengths(points) };
  });
  const trucksSource = map.getSource('trucks') as GeoJSONSource;
  let shown: MapScene | null = null;
  let lastTrucks = '';

  function applyStates(scene: MapScene) {
    const states = mapElementStates(scene, routes);
    for (const route of routes) map.setFeatureState({ source: 'routes', id: route.id }, { state: states.routes.get(route.id) });
    for (const place of features.places) map.setFeatureState({ source: 'places', id: place.id }, { state: states.places.get(place.id) });
    for (const country of region.features) {
      map.setFeatureState({ source: 'countries', id: country.properties.name }, { shaded: scene.countries.includes(country.properties.name as never) });
    }
  }

  function placeTrucks(scene: MapRenderState) {
    const active = scene.trucks === 'none' ? [] : routes.filter((route) => scene.routes.includes(route.id));
    const fractions = truckFractions(scene.trucks, scene.truckTravel, trucksPerRoute);
    const features = active.flatMap((route) =>
      fractions.map((fraction) => {
        const at = routeAlong(route.points, fraction, route.lengths);
        return { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: unproject([at.x, at.y]) } };
      }),
    );
    const key = features.map((f) => f.geometry.coordinates.map((v) => v.toFixed(4)).join(',')).join(';');
    if (key === lastTrucks) return;
    lastTrucks = key;
    trucksSource.setData({ type: 'FeatureCollection', features });
    // For tests and the debug view: where the first truck is.
    container.dataset.firstTruck = key.split(';')[0] ?? '';
  }

  return {
    map,
    /** Draws `scene`; camera changes fly unless `animate` is false (reduced motion: a cut). */
    render(scene: MapRenderState, { animate }: { animate: boolean }) {
      if (!shown || shown.routes !== scene.routes || shown.closed !== scene.closed || shown.places !== scene.places || shown.countries !== scene.countries) {
        applyStates(scene);
      }
      if (!shown || shown.camera !== scene.camera) {
        const camera = { center: scene.camera.center, zoom: fitZoom(scene.camera.zoom, size()), bearing: scene.camera.bearing, pitch: scene.camera.pitch };
        if (animate) map.flyTo({ ...camera, duration: 1200, curve: 1.2 });
        else map.jumpTo(camera);
      }
      shown = scene;
      placeTrucks(scene);
    },
    resize() {
      map.resize();
      if (shown) map.jumpTo({ center: shown.camera.center, zoom: fitZoom(shown.camera.zoom, size()) });
    },
  };
}
