import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { cameraTransform, project, viewBoxForCamera, worldSize } from '../../../src/map/camera';
import { mapElementStates } from '../../../src/map/mapStates';

describe('project([lon, lat])', () => {
  it('is d3.geoMercator in world units of 512, like MapLibre at zoom 0', () => {
    const d3 = geoMercator().scale(worldSize / (2 * Math.PI)).translate([0, 0]);
    for (const point of [[71.45, 51.17], [117.33, 49.64], [-10, -20]] as [number, number][]) {
      const [x, y] = project(point);
      expect(x).toBeCloseTo(d3(point)![0], 6);
      expect(y).toBeCloseTo(d3(point)![1], 6);
    }
  });
});

describe('viewBoxForCamera(camera, size)', () => {
  it('shows 2^-zoom units per pixel around the projected centre (at the reference size)', () => {
    const [x, y, width, height] = viewBoxForCamera({ center: [0, 0], zoom: 4 }, { width: 700, height: 700 });
    expect(width).toBeCloseTo(700 / 16);
    expect(height).toBeCloseTo(700 / 16);
    expect(x + width / 2).toBeCloseTo(0);
    expect(y + height / 2).toBeCloseTo(0);
  });
  it('overscans about the same centre at the same scale', () => {
    const camera = { center: [60, 45] as [number, number], zoom: 3 };
    const size = { width: 390, height: 560 };
    const [x, y, width, height] = viewBoxForCamera(camera, size);
    const [ox, oy, owidth, oheight] = viewBoxForCamera(camera, size, 2);
    expect([owidth, oheight]).toEqual([width * 2, height * 2]);
    expect(ox + owidth / 2).toBeCloseTo(x + width / 2, 9);
    expect(oy + oheight / 2).toBeCloseTo(y + height / 2, 9);
  });
});

describe('mapElementStates(scene, routes)', () => {
  const routes = [{ id: 'old', era: '2022' }, { id: 'new', era: 'detour' }, { id: 'other', era: 'detour' }];
  it('shows the scene\'s routes, fades 2022 roads once crossings close, hides the rest', () => {
    const states = mapElementStates({ routes: ['new'], places: ['a'], closed: ['b'] }, routes);
    expect([...states.routes]).toEqual([['old', 'past'], ['new', 'active'], ['other', 'hidden']]);
    expect([states.places.get('a'), states.places.get('b'), states.places.get('c')]).toEqual(['marked', 'closed', 'hidden']);
  });
  it('keeps 2022 roads hidden when nothing is closed', () => {
    expect(mapElementStates({ routes: [], places: [], closed: [] }, routes).routes.get('old')).toBe('hidden');
  });
});

describe('cameraTransform(drawn, shown)', () => {
  const size = { width: 390, height: 560 };
  /** Where a world point lands in the graphic (px from its top left) under a viewBox. */
  const onScreen = ([x, y]: [number, number], [left, top, width]: number[]) => {
    const scale = size.width / width!;
    return [(x - left!) * scale, (y - top!) * scale];
  };
  it('moves the picture of one camera onto the picture of another, point for point', () => {
    const drawn = { center: [60, 45] as [number, number], zoom: 3.4 };
    const shown = { center: [48.5, 41] as [number, number], zoom: 5.1 };
    const { x, y, scale } = cameraTransform(drawn, shown);
    for (const lonLat of [[44.8, 41.7], [76.9, 43.2], [37.6, 55.8]] as [number, number][]) {
      const [ax, ay] = onScreen(project(lonLat), viewBoxForCamera(drawn, size));
      const [bx, by] = onScreen(project(lonLat), viewBoxForCamera(shown, size));
      // The transform scales about the graphic's centre, then translates.
      expect((ax! - size.width / 2) * scale + x + size.width / 2).toBeCloseTo(bx!, 6);
      expect((ay! - size.height / 2) * scale + y + size.height / 2).toBeCloseTo(by!, 6);
    }
  });
  it('is the identity for the same camera', () => {
    const camera = { center: [60, 45] as [number, number], zoom: 3.4 };
    expect(cameraTransform(camera, camera)).toEqual({ x: 0, y: 0, scale: 1 });
  });
});
