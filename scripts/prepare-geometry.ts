// Builds src/map/region.geo.json from Natural Earth (npm world-atlas, 1:50m): every country that reaches into the
// story's region, unwrapped at the antimeridian, clipped to the region, simplified (coarsely far from the story's
// places) and rounded. tests/unit/map/geometry.test.ts checks it covers every scene camera's view.
// Run with `npm run prepare:geometry`; the output is committed, so builds never need this step.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { clipRing, ringArea, roundRing, simplifyRing, unwrapRing, type Bounds, type Position, type Ring } from '../src/map/geometry.ts';

/**
 * What the story's cameras look at, Europe to China and the Gulf to the Arctic, drawn in detail: [west, south, east,
 * north]. Around it, out to `regionBounds`, land is drawn more coarsely: it fills the frame at the widest views (a
 * tall phone or a wide desktop at the overview shows far south of the Gulf) and is never seen close up.
 */
const detailBounds: Bounds = [18, 20, 136, 74];
export const regionBounds: Bounds = [10, -20, 145, 76];
const toleranceDegrees = 0.06;
const outerToleranceDegrees = 0.3;
const minAreaSquareDegrees = 0.15;

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topology, topology.objects.countries) as unknown as {
  features: { properties: { name: string }; geometry: { type: string; coordinates: Position[][] | Position[][][] } | null }[];
};

/** Whether any of `ring` (once unwrapped) lies inside `bounds`. */
function overlaps(ring: Position[], [west, south, east, north]: Bounds) {
  return unwrapRing(ring).some(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

const features = [];
let pointCount = 0;
for (const country of countries.features) {
  if (!country.geometry) continue;
  const polygons = (country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates) as Position[][][];
  const kept: Ring[][] = [];
  for (const polygon of polygons) {
    // Outer ring decides; holes (rare at this scale) are dropped with it when it is outside.
    const tolerance = overlaps(polygon[0]!, detailBounds) ? toleranceDegrees : outerToleranceDegrees;
    const [outer, ...holes] = polygon.map((ring) => roundRing(simplifyRing(clipRing(unwrapRing(ring), regionBounds), tolerance)));
    if (!outer || outer.length < 4 || ringArea(outer) < minAreaSquareDegrees) continue;
    kept.push([outer, ...holes.filter((hole) => hole.length >= 4 && ringArea(hole) >= minAreaSquareDegrees)]);
  }
  if (kept.length === 0) continue;
  pointCount += kept.flat().reduce((sum, ring) => sum + ring.length, 0);
  features.push({ type: 'Feature', properties: { name: country.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
}

const out = JSON.stringify({ type: 'FeatureCollection', bounds: regionBounds, source: 'Natural Earth 1:50m via world-atlas 2.0.2', features });
writeFileSync(new URL('../src/map/region.geo.json', import.meta.url), out + '\n');
console.log(`region.geo.json: ${features.length} countries, ${pointCount} points, ${(out.length / 1024).toFixed(1)} KB`);
