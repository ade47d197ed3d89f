import { describe, expect, it } from 'vitest';
import { leaderLine, placeLabels, type LabelSpec } from '../../../src/map/placeLabels';

// World units are px at zoom 0 and the camera looks at (0, 0): a point (x, y) is drawn at (x + 200, y + 150) px.
const size = { width: 400, height: 300 };
const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };
const identity = (lonLat: readonly [number, number]) => [lonLat[0], lonLat[1]] as [number, number];
const at = (zoom: number) => ({ center: [0, 0] as [number, number], zoom });
const place = (id: string, x: number, y: number, more: Partial<LabelSpec> = {}): LabelSpec => ({ id, kind: 'place', x, y, width: 40, height: 10, priority: 0, ...more });
const country = (id: string, x: number, y: number, more: Partial<LabelSpec> = {}): LabelSpec => ({ id, kind: 'country', x, y, width: 60, height: 14, priority: 2, ...more });
const sides = (placements: ReturnType<typeof placeLabels>) => Object.fromEntries(placements.map((placement) => [placement.id, placement.side]));

describe('placeLabels(specs, camera, size, padding, project)', () => {
  it('keeps a name off another place\'s dot: the name goes to the other side', () => {
    // B's dot is 30 px right of A's: A's name on the right would cover it.
    const placements = placeLabels([place('a', 0, 0), place('b', 30, 0)], at(0), size, noPadding, identity);
    expect(sides(placements)).toEqual({ a: 'left', b: 'right' });
  });

  it('keeps a scene\'s own place named where nothing fits, and drops a country that does not fit', () => {
    // A free area of 20 × 20 px about the centre: no name fits in it.
    const tight = { top: 140, bottom: 140, left: 190, right: 190 };
    const placements = placeLabels([place('a', 0, 0), country('c', 0, 0)], at(0), size, tight, identity);
    expect(placements[0]!.side).not.toBeNull();
    expect(placements[1]!.side).toBeNull();
  });

  it('draws a small country\'s name only from its zoom on, and at its compact size below the zoom that asks for it', () => {
    const small = country('armenia', 0, 0, { minZoom: 4.5, compact: { width: 30, height: 10, belowZoom: 6 } });
    expect(placeLabels([small], at(4), size, noPadding, identity)[0]!.side).toBeNull();
    expect(placeLabels([small], at(5), size, noPadding, identity)[0]).toMatchObject({ side: 'right', compact: true, dx: 0, dy: 0 });
    expect(placeLabels([small], at(7), size, noPadding, identity)[0]!.compact).toBeUndefined();
  });

  it('moves a country\'s name to another of its spots when its own is off the free area', () => {
    const russia = country('russia', 300, 0, { alternatives: [{ x: 0, y: 0 }] });
    expect(placeLabels([russia], at(0), size, noPadding, identity)[0]).toEqual({ id: 'russia', x: 0, y: 0, side: 'right', dx: 0, dy: 0 });
  });

  it('sets a named country\'s name clear of a crowded spot with a leader line back to it; an unnamed one is dropped', () => {
    const mark: LabelSpec = { id: 'closed', kind: 'mark', x: 0, y: 0, width: 20, height: 20, priority: 0 };
    const [markPlacement, named] = placeLabels([mark, country('georgia', 0, 0, { priority: 1 })], at(0), size, noPadding, identity);
    expect(markPlacement).toEqual({ id: 'closed', x: 0, y: 0, side: null, dx: 0, dy: 0 });
    // Two heights up: the first shift clear of the mark's 20 px box.
    expect(named).toMatchObject({ side: 'right', dx: 0, dy: -28, leader: { y0: 7, y1: 28 } });
    expect(placeLabels([mark, country('georgia', 0, 0)], at(0), size, noPadding, identity)[1]!.side).toBeNull();
  });

  it('gives the placements in the order of the specs, whatever their priority', () => {
    const placements = placeLabels([country('c', -100, -100), place('p', 50, 50)], at(0), size, noPadding, identity);
    expect(placements.map((placement) => placement.id)).toEqual(['c', 'p']);
  });
});

describe('leaderLine(dx, dy, width, height)', () => {
  it('runs from the edge of the name\'s box to its spot, in px from the name\'s centre', () => {
    // 40 px right of and 30 px below the name: it leaves the box through the bottom edge, 8 px down.
    const leader = leaderLine(-40, -30, 60, 16)!;
    expect(leader.y0).toBe(8);
    expect(leader.x0).toBeCloseTo(40 * (8 / 30), 9);
    expect([leader.x1, leader.y1]).toEqual([40, 30]);
    expect(leaderLine(-50, 5, 60, 16)).toEqual({ x0: 30, y0: -3, x1: 50, y1: -5 });
  });
  it('draws none when the name touches its spot or the gap is under 6 px', () => {
    expect(leaderLine(0, 0, 60, 16)).toBeNull();
    expect(leaderLine(0, -6, 60, 16)).toBeNull();
    expect(leaderLine(0, -13, 60, 16)).toBeNull();
  });
});
