import { describe, expect, it } from 'vitest';
import { project, viewBoxForCamera, type MapCamera } from '../../../src/map/camera';
import { flightCamera, parsePoints, screenForCamera } from '../../../src/map/svgMap';

const from: MapCamera = { center: [60, 45], zoom: 3 };
const to: MapCamera = { center: [80, 50], zoom: 5 };

describe('flightCamera(flight, now)', () => {
  const flight = { from, to, startedAt: 1000 };
  it('starts at the camera it leaves and lands, done, on the new one 900 ms later', () => {
    expect(flightCamera(flight, 1000)).toEqual({ camera: from, done: false });
    expect(flightCamera(flight, 1900)).toEqual({ camera: to, done: true });
    expect(flightCamera(flight, 5000)).toEqual({ camera: to, done: true });
  });
  it('eases in and out: an eighth of the way at a quarter of the time, halfway at half, seven eighths at three quarters', () => {
    expect(flightCamera(flight, 1225).camera.zoom).toBeCloseTo(3 + 2 * 0.125, 9);
    expect(flightCamera(flight, 1450).camera).toEqual({ center: [70, 47.5], zoom: 4 });
    expect(flightCamera(flight, 1675).camera.zoom).toBeCloseTo(3 + 2 * 0.875, 9);
    expect(flightCamera(flight, 1899).done).toBe(false);
  });
});

describe('screenForCamera(camera, frame)', () => {
  const frame = { width: 400, height: 300 };
  it('puts the camera\'s centre in the middle of the frame', () => {
    const screen = screenForCamera(from, frame);
    const [x, y] = project(from.center);
    expect((x - screen.left) * screen.pxPerUnit).toBeCloseTo(200, 9);
    expect((y - screen.top) * screen.pxPerUnit).toBeCloseTo(150, 9);
  });
  it('takes 2^zoom px per world unit, from the corner of the viewBox the SVG is drawn with at rest', () => {
    const screen = screenForCamera(to, frame);
    expect(screen.pxPerUnit).toBe(32);
    const [left, top] = viewBoxForCamera(to, frame);
    expect([screen.left, screen.top]).toEqual([left, top]);
  });
});

describe('parsePoints(text)', () => {
  it('reads a polyline\'s points as the build writes them', () => {
    expect(parsePoints(' 10.5,20 30,-4.25\n  7,8 ')).toEqual([[10.5, 20], [30, -4.25], [7, 8]]);
  });
});
