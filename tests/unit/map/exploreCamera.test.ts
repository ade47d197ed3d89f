import { describe, expect, it } from 'vitest';
import { clampCamera, exploreZoom, panCamera, worldBox, zoomCameraAt } from '../../../src/map/exploreCamera';
import { project } from '../../../src/map/camera';

const camera = { center: [45, 42] as [number, number], zoom: 5 };
const size = { width: 400, height: 300 };
const screenOf = (cam: typeof camera, lonLat: [number, number]) => {
  const [x, y] = project(lonLat);
  const [cx, cy] = project(cam.center);
  return [(x - cx) * 2 ** cam.zoom + size.width / 2, (y - cy) * 2 ** cam.zoom + size.height / 2];
};

describe('panCamera(camera, dx, dy)', () => {
  it('moves the picture with the pointer: a point on screen moves by (dx, dy)', () => {
    const point: [number, number] = [44.6, 42.8];
    const [x0, y0] = screenOf(camera, point);
    const [x1, y1] = screenOf(panCamera(camera, 30, -20), point);
    expect(x1 - x0).toBeCloseTo(30, 6);
    expect(y1 - y0).toBeCloseTo(-20, 6);
  });
  it('keeps the centre inside the map\'s geometry', () => {
    expect(panCamera({ center: [6, 0], zoom: 2 }, 10_000, 0).center[0]).toBe(5);
  });
});

describe('zoomCameraAt(camera, delta, at, size)', () => {
  it('keeps the point under the pointer where it is', () => {
    const at: [number, number] = [300, 80];
    const zoomed = zoomCameraAt(camera, 1, at, size);
    expect(zoomed.zoom).toBe(6);
    // The world point that was at `at` is still there.
    const [cx, cy] = project(camera.center);
    const world = [cx + (at[0] - size.width / 2) * 2 ** -camera.zoom, cy + (at[1] - size.height / 2) * 2 ** -camera.zoom];
    const [zx, zy] = project(zoomed.center);
    expect(zx + (at[0] - size.width / 2) * 2 ** -zoomed.zoom).toBeCloseTo(world[0]!, 6);
    expect(zy + (at[1] - size.height / 2) * 2 ** -zoomed.zoom).toBeCloseTo(world[1]!, 6);
  });
  it('stays within the explorable zooms', () => {
    expect(zoomCameraAt(camera, 20, [0, 0], size).zoom).toBe(exploreZoom.max);
    expect(clampCamera({ center: [45, 42], zoom: 0 }).zoom).toBe(exploreZoom.min);
  });
});

describe('worldBox(camera, size, padding)', () => {
  it('is the frame\'s extent in world units, less the padding', () => {
    const [cx, cy] = project(camera.center);
    const box = worldBox(camera, size, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(box[0]).toBeCloseTo(cx - 200 / 32, 9);
    expect(box[3]).toBeCloseTo(cy + 150 / 32, 9);
    expect(worldBox(camera, size, { top: 32, right: 0, bottom: 0, left: 0 })[1]).toBeCloseTo(box[1] + 1, 9);
  });
});
