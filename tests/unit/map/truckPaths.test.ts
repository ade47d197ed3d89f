import { describe, expect, it } from 'vitest';
import { cumulativeLengths, routeAlong, truckFractions, type Point } from '../../../src/map/routeAlong';
import { flowingTruckCount, flowingTruckPaths, sparsePoints, steered, truckPath, type TruckKey } from '../../../src/map/truckPaths';

const lShape: Point[] = [[0, 0], [10, 0], [10, 10]];
// A zigzag with a repeated vertex (a stretch of no length) and uneven stretches.
const zigzag: Point[] = [[0, 0], [30, 10], [30, 10], [35, -20], [80, -5], [81, 40]];

/** The truck's position and heading at `offset`, interpolated linearly as the browser does between keyframes. */
function sample(keys: TruckKey[], offset: number) {
  let i = 0;
  // The last keyframe at or before `offset` and the first after it (at a shared offset, the later one leads on).
  while (i < keys.length - 1 && keys[i + 1]!.offset <= offset) i++;
  const a = keys[i]!;
  const b = keys[Math.min(i + 1, keys.length - 1)]!;
  const t = b.offset === a.offset ? 0 : (offset - a.offset) / (b.offset - a.offset);
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, heading: a.heading };
}

describe('truckPath(points, lengths, from, span)', () => {
  it('drives from its start through each vertex, turning there', () => {
    const keys = truckPath(lShape, cumulativeLengths(lShape), 0, 1);
    expect(keys).toEqual([
      { offset: 0, x: 0, y: 0, heading: 0 },
      { offset: 0.5, x: 10, y: 0, heading: 0 },
      { offset: 0.5, x: 10, y: 0, heading: 90 },
      { offset: 1, x: 10, y: 10, heading: 90 },
      // A whole lap ends where it began: the route's end is also its start.
      { offset: 1, x: 0, y: 0, heading: 0 },
    ]);
  });

  it('wraps past the end back to the start in one keyframe offset', () => {
    const keys = truckPath(lShape, cumulativeLengths(lShape), 0.75, 0.5);
    expect(keys).toEqual([
      { offset: 0, x: 10, y: 5, heading: 90 },
      { offset: 0.5, x: 10, y: 10, heading: 90 },
      { offset: 0.5, x: 0, y: 0, heading: 0 },
      { offset: 1, x: 5, y: 0, heading: 0 },
    ]);
  });

  it('puts the truck where routeAlong does at every point of its travel, for any start and span', () => {
    const lengths = cumulativeLengths(zigzag);
    for (const [from, span] of [[0, 0.5], [0.1, 0.5], [0.6, 0.5], [0.3, 2], [0.999, 0.25], [0.5, 1]] as const) {
      const keys = truckPath(zigzag, lengths, from, span);
      expect(keys[0]!.offset).toBe(0);
      expect(keys[keys.length - 1]!.offset).toBe(1);
      for (let k = 1; k < keys.length; k++) expect(keys[k]!.offset).toBeGreaterThanOrEqual(keys[k - 1]!.offset);
      // Off the keyframes' own offsets, where a wrap puts the truck at the route's end and start at once.
      for (let step = 0; step <= 200; step++) {
        const offset = (step + 0.37) / 201;
        const fraction = (from + span * offset) % 1;
        const expected = routeAlong(zigzag, fraction, lengths);
        const got = sample(keys, offset);
        expect(got.x).toBeCloseTo(expected.x, 6);
        expect(got.y).toBeCloseTo(expected.y, 6);
      }
    }
  });

  it('heads along the stretch it is on', () => {
    const lengths = cumulativeLengths(zigzag);
    const keys = truckPath(zigzag, lengths, 0.2, 0.5);
    for (const offset of [0.05, 0.33, 0.61, 0.97]) {
      const fraction = (0.2 + 0.5 * offset) % 1;
      expect(sample(keys, offset).heading).toBeCloseTo(routeAlong(zigzag, fraction, lengths).heading, 6);
    }
  });

  it('stands still on a route of no length', () => {
    expect(truckPath([[3, 4]], [0], 0.4, 0.5)).toEqual([{ offset: 0, x: 3, y: 4, heading: 0 }]);
    expect(truckPath([[3, 4], [3, 4]], [0, 0], 0.4, 0.5)).toEqual([{ offset: 0, x: 3, y: 4, heading: 0 }]);
  });
});

describe('flowingTruckPaths(points, lengths, count)', () => {
  it('ends each truck where the truck two spacings ahead starts, so the trucks look the same after the travel', () => {
    const lengths = cumulativeLengths(zigzag);
    const paths = flowingTruckPaths(zigzag, lengths, 4);
    const starts = paths.map((keys) => keys[0]!);
    const ends = paths.map((keys) => keys[keys.length - 1]!);
    const starting = truckFractions('flow', 0, 4).map((fraction) => routeAlong(zigzag, fraction, lengths));
    starts.forEach((key, i) => expect([key.x, key.y]).toEqual([starting[i]!.x, starting[i]!.y]));
    ends.forEach((key, i) => {
      const ahead = starting[(i + 2) % 4]!;
      expect(key.x).toBeCloseTo(ahead.x, 6);
      expect(key.y).toBeCloseTo(ahead.y, 6);
    });
  });

  it('places about one truck per 150 px of road, between one and four', () => {
    expect([40, 150, 300, 520, 2000].map((px) => flowingTruckCount(px))).toEqual([1, 1, 2, 3, 4]);
  });
});

describe('sparsePoints(points, minGap)', () => {
  it('drops points closer than the gap to the last one kept, and always keeps both ends', () => {
    expect(sparsePoints([[0, 0], [0.5, 0], [3, 0], [3, 0.5], [3, 4], [3.2, 4]], 2)).toEqual([[0, 0], [3, 0], [3.2, 4]]);
    expect(sparsePoints([[0, 0], [1, 0]], 2)).toEqual([[0, 0], [1, 0]]);
    expect(sparsePoints([[5, 5]], 2)).toEqual([[5, 5]]);
  });
});

describe('a lone truck', () => {
  it('drives one lap per unit of travel, ending where it began', () => {
    const [keys] = flowingTruckPaths(lShape, cumulativeLengths(lShape), 1);
    expect(keys![0]).toMatchObject({ x: 0, y: 0 });
    expect(keys![keys!.length - 1]).toMatchObject({ x: 0, y: 0 });
    expect(keys!.filter((key) => key.x === 10 && key.y === 10)).toHaveLength(1); // the route's end, reached once
  });
});

describe('steered(keys)', () => {
  it('makes each turn one keyframe heading halfway, keeps wraps, and turns the short way', () => {
    const keys = steered(truckPath(lShape, cumulativeLengths(lShape), 0.75, 0.5));
    expect(keys).toEqual([
      { offset: 0, x: 10, y: 5, heading: 90 },
      { offset: 0.5, x: 10, y: 10, heading: 90 },
      // The wrap: back at the start, heading east, turned back the short way (90 → 0, not 90 → 360).
      { offset: 0.5, x: 0, y: 0, heading: 0 },
      { offset: 1, x: 5, y: 0, heading: 0 },
    ]);
    const turning = steered(truckPath(lShape, cumulativeLengths(lShape), 0, 0.9));
    expect(turning.map((key) => key.heading)).toEqual([0, 45, 90]);
  });

  it('keeps every position, and never turns more than half a turn between keyframes', () => {
    const lengths = cumulativeLengths(zigzag);
    for (const keys of flowingTruckPaths(zigzag, lengths, 3)) {
      for (let k = 1; k < keys.length; k++) expect(Math.abs(keys[k]!.heading - keys[k - 1]!.heading)).toBeLessThanOrEqual(180);
    }
    const raw = truckPath(zigzag, lengths, 0.1, 0.9);
    const kept = steered(raw);
    expect(kept.length).toBeLessThan(raw.length);
    for (let step = 0; step <= 100; step++) {
      const offset = (step + 0.37) / 101;
      expect(sample(kept, offset).x).toBeCloseTo(sample(raw, offset).x, 6);
      expect(sample(kept, offset).y).toBeCloseTo(sample(raw, offset).y, 6);
    }
  });
});
