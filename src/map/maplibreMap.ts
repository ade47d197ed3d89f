/**
 * The map's MapLibre renderer: the same scene states as svgMap.ts, drawn in WebGL. Imported lazily (it is most of
 * the page's JavaScript) as the reader nears the map; `createMapLibreMap` rejects when WebGL2 or the code is missing,
 * and the caller keeps the SVG.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
// By URL, not `import '….css'`: Astro would hoist an imported stylesheet into every page's <head>, making the
// first view pay for a map it may never show.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { MapScene } from '../schemas/scene';
import { project, unproject, type MapCamera } from './camera';
import { elementStatesChanged, mapElementStates } from './mapStates';
import { storyMapStyle, themePaint, type MapFeatures } from './maplibreStyle';
import { palettes, type Theme } from '../lib/palette';
import { currentTheme, onThemeChange } from '../lib/theme';
import { cumulativeLengths, routeAlong, truckFractions } from './routeAlong';
import type { MapRenderState } from './mapRenderState';
import { region } from './region';

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

/**
 * Visits each camera once, so the tiles of every zoom the story uses are cut and uploaded during the map's first
 * load: a scene change then repaints from loaded tiles (cutting them then cost 50–100 ms of main thread per new
 * zoom at 4× CPU throttling). Each visit is a repaint of 50–150 ms there: `beforeEach` lets the story wait until the
 * reader is still again, so a scroll that starts during the load meets one at most.
 */
async function preloadTiles(map: MapLibreMap, cameras: { center: [number, number]; zoom: number }[], beforeEach: () => Promise<void>) {
  const seen = new Set<string>();
  for (const camera of cameras) {
    const key = `${camera.center.join(',')}@${camera.zoom.toFixed(2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await beforeEach();
    map.jumpTo(camera);
    await whenIdle(map);
  }
}

/** Resolves when the map has drawn everything it has to (or after two seconds, whatever happens). */
function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise<void>((resolve) => {
    const timeout = setTimeout(resolve, 2000);
    map.once('idle', () => {
      clearTimeout(timeout);
      resolve();
    });
  });
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
 * reader asks to explore, with cooperative gestures so the host page still scrolls. `preload`: cameras whose tiles
 * the first load cuts, each after `beforeEachPreload` resolves.
 */
export async function createMapLibreMap(
  container: HTMLElement,
  features: MapFeatures,
  first: MapRenderState,
  { interactive = false, preload = [], beforeEachPreload = () => Promise.resolve() }: {
    interactive?: boolean;
    preload?: readonly MapCamera[];
    beforeEachPreload?: () => Promise<void>;
  } = {},
) {
  if (!supportsWebGL2()) throw new Error('WebGL2 is not available');
  await loadMapLibreCss();
  // The canvas reads no CSS: it gets the theme's colours now, and again whenever the page's theme changes.
  const styleIn = (theme: Theme) => storyMapStyle(region, features, { labels: interactive, palette: palettes[theme] });
  let paintedTheme = currentTheme();
  const map = new MapLibreMap({
    container,
    style: styleIn(paintedTheme),
    center: first.view.camera.center,
    zoom: first.view.camera.zoom,
    interactive,
    cooperativeGestures: interactive,
    attributionControl: false,
    fadeDuration: 0,
    // Schematic lines and flat fills look the same at 1×; on phones (2–3×) this is 4–9× fewer pixels per frame.
    pixelRatio: Math.min(window.devicePixelRatio || 1, 1.5),
  });
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('MapLibre failed to load')));
  });
  // After loading, errors (a lost context, say) are swallowed: the caller has already shown the map, and the
  // page must not fill the console. Losing the context hands the picture back to the SVG.
  map.on('error', () => {});
  // A new theme changes colours only: sources, feature states and camera stay. Also one that came during the load.
  const paintIn = (theme: Theme) => {
    if (theme === paintedTheme) return;
    paintedTheme = theme;
    // The style's own properties and values, read back from it: MapLibre's types cannot follow them through.
    for (const { layer, property, value } of themePaint(styleIn(theme))) map.setPaintProperty(layer, property as Parameters<typeof map.setPaintProperty>[1], value as never);
  };
  paintIn(currentTheme());
  onThemeChange(paintIn);

  // Trucks move along the routes in Web Mercator, exactly as on the SVG map, then go back to lon/lat.
  const routes = features.routes.map((route) => {
    const points = route.coordinates.map((lonLat) => project(lonLat));
    return { ...route, points, lengths: cumulativeLengths(points) };
  });
  // Trucks move every frame: drawn in an SVG overlay positioned with map.project(), not as a GeoJSON source, so
  // MapLibre repaints only when the camera or the scene changes (re-tiling a source per frame cost 50–190 ms
  // long tasks under 4× CPU throttling with software WebGL; see scripts/bench.mjs). Only an interactive map draws
  // them: in the story its camera at rest is the SVG renderer's, whose HTML trucks sit over both.
  const overlay = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  overlay.setAttribute('class', 'maplibre-trucks');
  overlay.setAttribute('aria-hidden', 'true');
  if (interactive) container.append(overlay);
  const truckDots: SVGCircleElement[] = [];
  let truckLonLats: [number, number][] = [];
  let lastTrucks = '';
  /** The scene last sent to MapLibre. */
  let drawn: MapRenderState | null = null;

  function positionTrucks() {
    truckLonLats.forEach((lonLat, index) => {
      const point = map.project(lonLat);
      const dot = truckDots[index]!;
      dot.setAttribute('cx', point.x.toFixed(1));
      dot.setAttribute('cy', point.y.toFixed(1));
    });
  }
  // During camera flights the overlay follows the map frame by frame.
  map.on('move', positionTrucks);
  // For tests and the debug view: where MapLibre's camera is (longitude, latitude, zoom).
  map.on('moveend', () => {
    const { lng, lat } = map.getCenter();
    container.dataset.camera = [lng, lat, map.getZoom()].map((value) => value.toFixed(5)).join(',');
  });
  // MapLibre resizes its canvas itself; a new size brings a new view (framingInBrowser.ts), and with it a new camera.

  /** Feature states as last sent: each setFeatureState re-uploads paint data, so only changes are sent. */
  const sentStates = new Map<string, unknown>();
  const setState = (source: string, id: string, state: Record<string, unknown>) => {
    const key = `${source}/${id}`;
    const value = JSON.stringify(state);
    if (sentStates.get(key) === value) return;
    sentStates.set(key, value);
    map.setFeatureState({ source, id }, state);
  };

  function applyStates(scene: MapScene) {
    const states = mapElementStates(scene, routes);
    for (const route of routes) setState('routes', route.id, { state: states.routes.get(route.id) });
    for (const place of features.places) setState('places', place.id, { state: states.places.get(place.id) });
    for (const country of region.features) {
      setState('countries', country.properties.name, { shaded: scene.countries.includes(country.properties.name as never) });
    }
  }

  function placeTrucks(scene: MapRenderState) {
    const active = scene.trucks === 'none' ? [] : routes.filter((route) => scene.routes.includes(route.id));
    // Explored by the reader: the trucks stand where a reader at the scene's start sees them.
    const fractions = truckFractions(scene.trucks, 0, trucksPerRoute);
    const lonLats = active.flatMap((route) => fractions.map((fraction) => {
      const at = routeAlong(route.points, fraction, route.lengths);
      return unproject([at.x, at.y]);
    }));
    const key = lonLats.map((lonLat) => lonLat.map((v) => v.toFixed(4)).join(',')).join(';');
    if (key === lastTrucks) return;
    lastTrucks = key;
    truckLonLats = lonLats;
    while (truckDots.length < lonLats.length) {
      const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      dot.setAttribute('r', '4');
      truckDots.push(dot);
      overlay.append(dot);
    }
    truckDots.forEach((dot, index) => (dot.style.display = index < lonLats.length ? '' : 'none'));
    positionTrucks();
    // For tests and the debug view: where the first truck is.
    container.dataset.firstTruck = key.split(';')[0] ?? '';
  }

  function sendScene(scene: MapRenderState, animate: boolean) {
    if (elementStatesChanged(drawn, scene)) applyStates(scene);
    if (!drawn || drawn.view.camera !== scene.view.camera) {
      const camera = { center: scene.view.camera.center, zoom: scene.view.camera.zoom };
      // A camera is a centre and a zoom, the same whatever the canvas's size: MapLibre's own resize keeps both.
      if (animate) map.easeTo({ ...camera, duration: 800 });
      else map.jumpTo(camera);
    }
    drawn = scene;
  }

  // Still the first load: the tiles of every camera to come, then the first scene in full (feature states too).
  await preloadTiles(map, [...preload], beforeEachPreload);
  await beforeEachPreload();
  sendScene(first, false);
  await whenIdle(map);

  /** Whether MapLibre's picture is `scene`'s (trucks aside: they are HTML). */
  const shows = (scene: MapRenderState) => drawn !== null && drawn.view.camera === scene.view.camera && !elementStatesChanged(drawn, scene);

  return {
    map,
    shows,
    /**
     * Draws `scene`; camera changes fly unless `animate` is false (reduced motion: a cut). `now`: repaint within this
     * task rather than at MapLibre's next animation frame, so the caller may show the canvas straight after.
     */
    render(scene: MapRenderState, { animate, now = false }: { animate: boolean; now?: boolean }) {
      if (!shows(scene)) {
        sendScene(scene, animate);
        if (now) map.redraw();
      }
      if (interactive) placeTrucks(scene);
    },
  };
}
