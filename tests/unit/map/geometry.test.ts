import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clipRing, ringArea, roundRing, unwrapRing, type Ring } from '../../../src/map/geometry';
import { project, viewBoxForCamera } from '../../../src/map/camera';
import { mapView, sceneMarks } from '../../../src/map/sceneMarks';
import { svgMapModel } from '../../../src/map/svgMapModel';
import { PlaceSchema, RouteSchema } from '../../../src/schemas/place';
import { SceneSchema } from '../../../src/schemas/scene';
import { phoneMapFrames } from '../../../src/lib/screens';

const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];

describe('unwrapRing(ring)', () => {
  it('removes a ±360° jump at the antimeridian so the ring stays continuous', () => {
    const stitched: Ring = [[178, 60], [179.9, 61], [-179.8, 62], [-178, 63], [178, 60]];
    const unwrapped = unwrapRing(stitched);
    expect(unwrapped.map(([lon]) => lon)).toEqual([178, 179.9, 180.2, 182, 178]);
    for (let i = 1; i < unwrapped.length; i++) expect(Math.abs(unwrapped[i]![0] - unwrapped[i - 1]![0])).toBeLessThan(180);
  });
  it('leaves ordinary rings alone', () => {
    expect(unwrapRing(square)).toEqual(square);
  });
});

describe('clipRing(ring, bounds)', () => {
  it('cuts a ring to the box and keeps it closed', () => {
    const clipped = clipRing(square, [5, -5, 20, 5]);
    expect(ringArea(clipped)).toBeCloseTo(25);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    for (const [lon, lat] of clipped) {
      expect(lon).toBeGreaterThanOrEqual(5);
      expect(lat).toBeLessThanOrEqual(5);
    }
  });
  it('returns nothing for a ring outside the box', () => {
    expect(clipRing(square, [20, 20, 30, 30])).toEqual([]);
  });
});

describe('roundRing(ring, digits)', () => {
  it('rounds and removes repeated points', () => {
    expect(roundRing([[1.001, 2.004], [1.002, 2.001], [3, 4]], 2)).toEqual([[1, 2], [3, 4]]);
  });
});

describe('src/map/region.geo.json (prepared)', () => {
  const region = JSON.parse(readFileSync('src/map/region.geo.json', 'utf8')) as {
    bounds: number[];
    features: { properties: { name: string }; geometry: { coordinates: number[][][][] } }[];
  };
  it('holds every country the story names, and stays small', () => {
    const names = region.features.map((feature) => feature.properties.name);
    for (const name of ['Russia', 'Kazakhstan', 'China', 'Iran', 'Georgia', 'Azerbaijan', 'Armenia']) expect(names).toContain(name);
    expect(readFileSync('src/map/region.geo.json').length).toBeLessThan(150_000);
  });
  it('has no antimeridian streaks: every edge is short and every point inside the region', () => {
    const [west, south, east, north] = region.bounds as [number, number, number, number];
    for (const feature of region.features) {
      for (const ring of feature.geometry.coordinates.flat()) {
        for (let i = 0; i < ring.length; i++) {
          const [lon, lat] = ring[i]!;
          expect(lon! >= west && lon! <= east && lat! >= south && lat! <= north).toBe(true);
          if (i > 0) expect(Math.abs(lon! - ring[i - 1]![0]!)).toBeLessThan(60);
        }
      }
    }
  });
  it('covers all a scene\'s framing shows at rest, from a small phone to a wide desktop: no edge of the world in view', () => {
    const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8')) as unknown[];
    const model = svgMapModel({ type: 'FeatureCollection', features: [] }, read('routes.json').map((row) => RouteSchema.parse(row)), read('places.json').map((row) => PlaceSchema.parse(row)), 'en');
    const scenes = read('scenes.json').map((row) => SceneSchema.parse(row)).filter((scene) => scene.map);
    const [west, south, east, north] = region.bounds as [number, number, number, number];
    const [left, top] = project([west, north]);
    const [right, bottom] = project([east, south]);
    // Map frames as the story and embeds lay them out (CSS px), with what covers them: small and common phones with
    // the step's card over the lower part, a tablet, a laptop, a wide desktop, and the static image's map.
    const frames = [
      ...phoneMapFrames,
      { size: { width: 744, height: 880 }, padding: { top: 12, right: 12, bottom: 500, left: 12 } },
      { size: { width: 700, height: 700 }, padding: { top: 0, right: 0, bottom: 0, left: 0 } },
      { size: { width: 744, height: 715 }, padding: { top: 46, right: 12, bottom: 12, left: 12 } },
      { size: { width: 1384, height: 1011 }, padding: { top: 46, right: 12, bottom: 12, left: 12 } },
      { size: { width: 1200, height: 710 }, padding: { top: 0, right: 0, bottom: 0, left: 0 } },
    ];
    const uncovered = [];
    for (const scene of scenes) {
      for (const frame of frames) {
        const view = mapView(sceneMarks(scene.map!, model, ['', '']), frame.size, frame.padding);
        const [x, y, width, height] = viewBoxForCamera(view.camera, frame.size);
        if (x < left || y < top || x + width > right || y + height > bottom) uncovered.push(`${scene.id} at ${frame.size.width}×${frame.size.height}`);
      }
    }
    expect(uncovered).toEqual([]);
  });
});
