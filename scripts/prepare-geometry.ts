// Builds src/map/region.geo.json from Natural Earth (npm world-atlas, 1:50m): every country that reaches into the
// story's region, simplified along shared borders (so neighbours still meet exactly), unwrapped at the antimeridian,
// clipped to the region and rounded. Each stretch of border keeps the detail of the closest view any scene gives
// it: the Caucasus close-ups keep far more than India, which is only ever seen at the overview.
// tests/unit/map/geometry.test.ts checks the result covers every scene camera's view.
// Run with `npm run prepare:geometry`; the output is committed, so builds never need this step.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { clipRing, ringArea, roundRing, unwrapRing, type Bounds, type Position, type Ring } from '../src/map/geometry.ts';
import { project, viewBoxForCamera, type Size } from '../src/map/camera.ts';
import { mapView, sceneMarks } from '../src/map/sceneMarks.ts';
import { svgMapModel } from '../src/map/svgMapModel.ts';
import type { Padding } from '../src/map/frameMarks.ts';
import { PlaceSchema, RouteSchema } from '../src/schemas/place.ts';
import { SceneSchema } from '../src/schemas/scene.ts';
import { phoneMapFrames } from '../src/lib/screens.ts';

/** Everything any frame shows at any scene (5°E–160°E, 85°S–80°N: a phone frames the overview above its card, so its lower half reaches far south): [west, south, east, north]. */
export const regionBounds: Bounds = [5, -85, 160, 80];
/** Smallest triangle (in CSS px², at the closest zoom a point is seen) that keeps a point: Visvalingam's threshold. */
const minTrianglePx2 = 8;
const minAreaSquareDegrees = 0.15;
/** Map frames from a tall phone (its card over the lower part) to a wide desktop: where each scene's view reaches. */
const frames: { size: Size; padding: Padding }[] = [
  ...phoneMapFrames,
  { size: { width: 744, height: 715 }, padding: { top: 12, right: 12, bottom: 12, left: 12 } },
  { size: { width: 1384, height: 1011 }, padding: { top: 12, right: 12, bottom: 12, left: 12 } },
];

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const readData = (name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8'));
// Parsed with the content schemas, so the framing sees each scene as the site does (defaults filled in).
const scenes = (readData('scenes.json') as unknown[]).map((row) => SceneSchema.parse(row));
// The framing needs routes, places and name spots only, not the outlines this script is making.
const model = svgMapModel({ type: 'FeatureCollection', features: [] }, (readData('routes.json') as unknown[]).map((row) => RouteSchema.parse(row)), (readData('places.json') as unknown[]).map((row) => PlaceSchema.parse(row)), 'en');

/** Every scene's view in every frame, framed as the page frames it: its extent in world units and its zoom. */
const views = scenes.flatMap((scene) => (scene.map ? frames.map((frame) => {
  const view = mapView(sceneMarks(scene.map!, model, ['', '']), frame.size, frame.padding);
  const [x, y, width, height] = viewBoxForCamera(view.camera, frame.size);
  return { x, y, width, height, zoom: view.camera.zoom };
}) : []));
const widestZoom = Math.min(...views.map((view) => view.zoom));

/** The closest zoom at which any scene shows `lonLat` (the widest view's, where none does). */
function closestZoom(lonLat: Position): number {
  const [px, py] = project(lonLat);
  let zoom = widestZoom;
  for (const view of views) {
    if (view.zoom > zoom && px >= view.x && px <= view.x + view.width && py >= view.y && py <= view.y + view.height) zoom = view.zoom;
  }
  return zoom;
}

/** A point's weight: the area, in CSS px² at the closest zoom it is seen, of the triangle it makes with its neighbours. */
function triangleWeight(triangle: [Position, Position, Position]): number {
  const [a, b, c] = triangle.map((point) => project(point));
  const area = Math.abs((b![0] - a![0]) * (c![1] - a![1]) - (c![0] - a![0]) * (b![1] - a![1])) / 2;
  return area * 4 ** closestZoom(triangle[1]);
}

// presimplify gives each point of each arc (a border shared by two countries is one arc) its weight; simplify drops
// the points below the threshold, so both neighbours lose the same points.
const simplified = simplify(presimplify(topology as never, triangleWeight as never), minTrianglePx2) as Topology;
const countries = feature(simplified, simplified.objects.countries!) as unknown as {
  features: { properties: { name: string }; geometry: { type: string; coordinates: Position[][] | Position[][][] } | null }[];
};

const features = [];
let pointCount = 0;
for (const country of countries.features) {
  if (!country.geometry) continue;
  const polygons = (country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates) as Position[][][];
  const kept: Ring[][] = [];
  for (const polygon of polygons) {
    // Outer ring decides; holes (rare at this scale) are dropped with it when it is outside.
    const [outer, ...holes] = polygon.map((ring) => roundRing(clipRing(unwrapRing(ring), regionBounds)));
    if (!outer || outer.length < 4 || ringArea(outer) < minAreaSquareDegrees) continue;
    kept.push([outer, ...holes.filter((hole) => hole.length >= 4 && ringArea(hole) >= minAreaSquareDegrees)]);
  }
  if (kept.length === 0) continue;
  pointCount += kept.flat().reduce((sum, ring) => sum + ring.length, 0);
  features.push({ type: 'Feature', properties: { name: country.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
}

const out = JSON.stringify({ type: 'FeatureCollection', bounds: regionBounds, source: 'Natural Earth 1:50m via world-atlas 2.0.2', features });
writeFileSync('src/map/region.geo.json', out + '\n');
console.log(`region.geo.json: ${features.length} countries, ${pointCount} points, ${(out.length / 1024).toFixed(1)} KB; widest zoom ${widestZoom.toFixed(2)}`);
