import { describe, expect, it } from 'vitest';
import { cumulativeLengths, routeAlong, truckFractions } from '../../../src/map/routeAlong';

const lShape = [[0, 0], [10, 0], [10, 10]] as const;

describe('routeAlong(points, fraction)', () => {
  it('finds the point by share of the total length, across segments', () => {
    expect(routeAlong(lShape, 0)).toEqual({ x: 0, y: 0, heading: 0 });
    expect(routeAlong(lShape, 0.25)).toMatchObject({ x: 5, y: 0 });
    expect(routeAlong(lShape, 0.75)).toMatchObject({ x: 10, y: 5, heading: 90 });
    expect(routeAlong(lShape, 1)).toMatchObject({ x: 10, y: 10 });
  });
  it('clamps fractions outside 0–1 and treats NaN as the start', () => {
    expect(routeAlong(lShape, 2)).toMatchObject({ x: 10, y: 10 });
    expect(routeAlong(lShape, Number.NaN)).toMatchObject({ x: 0, y: 0 });
  });
  it('accepts precomputed lengths', () => {
    expect(cumulativeLengths(lShape)).toEqual([0, 10, 20]);
    expect(routeAlong(lShape, 0.5, [0, 10, 20])).toMatchObject({ x: 10, y: 0 });
  });
});

describe('truckFractions(mode, travel)', () => {
  it('moves flowing trucks forward with travel, evenly spaced, wrapping at the end', () => {
    const start = truckFractions('flow', 0, 4);
    const later = truckFractions('flow', 0.5, 4);
    expect(start).toEqual([0, 0.25, 0.5, 0.75]);
    expect(later).toEqual([0.25, 0.5, 0.75, 0]);
  });
  it('parks queued trucks near the end, whatever the travel', () => {
    expect(truckFractions('queue', 0, 3)).toEqual(truckFractions('queue', 0.9, 3));
    for (const fraction of truckFractions('queue', 0, 3)) expect(fraction).toBeGreaterThan(0.85);
  });
  it('draws no trucks for "none"', () => {
    expect(truckFractions('none', 0.5)).toEqual([]);
  });
});
