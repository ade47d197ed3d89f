import { describe, expect, it } from 'vitest';
import { truckMarks, truckScale, trucksMove, truckTransform, type TruckRoute } from '../../../src/map/mapTrucks';
import { cumulativeLengths, type Point } from '../../../src/map/routeAlong';

const route = (id: string, points: Point[]): TruckRoute => ({ id, points, lengths: cumulativeLengths(points) });
// Two roads in world units; at 2 px a unit the long one is 800 px on screen, the short one 60.
const routes = [route('long', [[0, 0], [200, 0], [200, 200]]), route('short', [[10, 10], [40, 10]])];
const screen = { left: -5, top: -5, pxPerUnit: 2 };

describe('truckMarks(scene, screen, routes, moving)', () => {
  it('gives flowing trucks a path each on the scene\'s routes, about one per 150 px, in screen px', () => {
    const marks = truckMarks({ routes: ['long', 'short'], trucks: 'flow' }, screen, routes, true);
    expect(marks).toHaveLength(4 + 1);
    for (const keys of marks) expect(keys.length).toBeGreaterThan(1);
    // The first long-road truck starts at the road's start, (0 − −5) × 2 px from the frame's corner.
    expect(marks[0]![0]).toMatchObject({ offset: 0, x: 10, y: 10 });
  });

  it('stands flowing trucks still where a reader at the step\'s start sees them when they do not move', () => {
    const moving = truckMarks({ routes: ['long'], trucks: 'flow' }, screen, routes, true);
    const still = truckMarks({ routes: ['long'], trucks: 'flow' }, screen, routes, false);
    expect(still.map((keys) => keys.length)).toEqual([1, 1, 1, 1]);
    expect(still.map((keys) => [keys[0]!.x, keys[0]!.y])).toEqual(moving.map((keys) => [keys[0]!.x, keys[0]!.y]));
  });

  it('queues eight trucks nose to tail before the end of the road, 12 px apart, still', () => {
    const marks = truckMarks({ routes: ['long'], trucks: 'queue' }, screen, routes, true);
    expect(marks).toHaveLength(8);
    const ys = marks.map((keys) => { expect(keys).toHaveLength(1); return keys[0]!.y; });
    // On the road's last stretch (x = 410 px), heading down toward its end at y = 410 px.
    for (const keys of marks) expect(keys[0]!.x).toBeCloseTo(410, 6);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]! - ys[i]!).toBeCloseTo(12, 6);
    expect(ys[0]).toBeLessThan(410);
  });

  it('draws none for a scene without trucks', () => {
    expect(truckMarks({ routes: ['long'], trucks: 'none' }, screen, routes, true)).toEqual([]);
  });
});

describe('trucksMove(scene, motion)', () => {
  it('drives flowing trucks with the scroll or on their own, and never a queue or under reduced motion', () => {
    expect(trucksMove({ trucks: 'flow' }, { step: 3, progress: 0.2 })).toBe(true);
    expect(trucksMove({ trucks: 'flow' }, 'loop')).toBe(true);
    expect(trucksMove({ trucks: 'flow' }, 'still')).toBe(false);
    expect(trucksMove({ trucks: 'queue' }, 'loop')).toBe(false);
  });
});

describe('truckTransform(key, scale) and truckScale(screen)', () => {
  it('places a truck to a tenth of a px and turns it to its heading', () => {
    expect(truckTransform({ offset: 0, x: 10.04, y: 20.06, heading: -90.04 }, '')).toBe('translate(10.0px, 20.1px) rotate(-90.0deg)');
  });
  it('shrinks the trucks below zoom 2.5, where full-size ones would hide the roads', () => {
    expect(truckScale({ left: 0, top: 0, pxPerUnit: 2 ** 2.4 })).toBe(' scale(0.65)');
    expect(truckScale({ left: 0, top: 0, pxPerUnit: 2 ** 2.5 })).toBe('');
    expect(truckTransform({ offset: 0, x: 1, y: 2, heading: 0 }, truckScale(screen))).toBe('translate(1.0px, 2.0px) rotate(0.0deg) scale(0.65)');
  });
});
