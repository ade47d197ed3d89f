import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { project } from '../../../src/map/camera';
import { frameMarks, type FocusMark, type Padding } from '../../../src/map/frameMarks';
import { freeArea, readingLine } from '../../../src/map/freeArea';
import { placeLabels, placeNameBox, type LabelSpec } from '../../../src/map/placeLabels';
import { mapView, sceneMarks } from '../../../src/map/sceneMarks';
import { svgMapModel } from '../../../src/map/svgMapModel';
import { PlaceSchema, RouteSchema } from '../../../src/schemas/place';
import { SceneSchema } from '../../../src/schemas/scene';
import { phoneMapFrames } from '../../../src/lib/screens';

const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8')) as unknown[];
const model = svgMapModel({ type: 'FeatureCollection', features: [] }, read('routes.json').map((row) => RouteSchema.parse(row)), read('places.json').map((row) => PlaceSchema.parse(row)), 'en');
const scenes = read('scenes.json').map((row) => SceneSchema.parse(row)).filter((scene) => scene.map);
const note = ['About 700 trucks queued,', '11 km long (not to scale)'];

/** Where a mark's box lands in the frame under a camera, px. */
function boxOnScreen(mark: FocusMark, camera: { center: [number, number]; zoom: number }, size: { width: number; height: number }) {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = project(camera.center);
  const px = (mark.x - cx) * scale + size.width / 2;
  const py = (mark.y - cy) * scale + size.height / 2;
  return { left: px - mark.box.left, right: px + mark.box.right, top: py - mark.box.top, bottom: py + mark.box.bottom };
}

const mark = (id: string, lonLat: [number, number], half = 5): FocusMark => {
  const [x, y] = project(lonLat);
  return { id, x, y, box: { left: half, right: half, top: half, bottom: half } };
};

describe('frameMarks(marks, size, padding)', () => {
  const marks = [mark('a', [44.6, 42.8]), mark('b', [117.3, 49.6]), mark('c', [56.3, 27.2])];
  const size = { width: 390, height: 760 };
  it('keeps every mark, box included, inside the free rectangle, filling it on one axis', () => {
    const padding: Padding = { top: 12, right: 12, bottom: 430, left: 12 };
    const camera = frameMarks(marks, size, padding);
    const boxes = marks.map((m) => boxOnScreen(m, camera, size));
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(padding.left - 0.1);
      expect(box.right).toBeLessThanOrEqual(size.width - padding.right + 0.1);
      expect(box.top).toBeGreaterThanOrEqual(padding.top - 0.1);
      expect(box.bottom).toBeLessThanOrEqual(size.height - padding.bottom + 0.1);
    }
    const spanX = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
    // The closest fit: the marks span the free width (the binding side here) to within a pixel.
    expect(spanX).toBeGreaterThan(size.width - padding.left - padding.right - 1.5);
  });
  it('moves the picture into the free part: the same marks sit higher when the bottom is covered', () => {
    const open = frameMarks(marks, size, { top: 0, right: 0, bottom: 0, left: 0 });
    const covered = frameMarks(marks, size, { top: 0, right: 0, bottom: 400, left: 0 });
    const middle = (camera: typeof open) => marks.map((m) => boxOnScreen(m, camera, size)).reduce((sum, b) => sum + (b.top + b.bottom) / 2, 0) / marks.length;
    expect(middle(covered)).toBeLessThan(middle(open) - 100);
  });
  it('stops at the zoom limits', () => {
    expect(frameMarks([mark('a', [44.6, 42.8])], size, undefined, { minZoom: 1, maxZoom: 6 }).zoom).toBe(6);
    expect(frameMarks(marks, { width: 40, height: 40 }, undefined, { minZoom: 1, maxZoom: 6 }).zoom).toBe(1);
  });
  it('refuses a scene with nothing to frame', () => {
    expect(() => frameMarks([], size)).toThrow('at least one thing');
  });
});

describe('freeArea(layout)', () => {
  const frame = { top: 76, left: 12, width: 366, height: 756 };
  it('keeps the map above the card on layouts where cards scroll over it', () => {
    const padding = freeArea({ frame, viewportHeight: 844, cardsOverMap: true, covers: [] });
    // The free area ends a margin above the reading line, where the card's top is.
    expect(frame.top + frame.height - padding.bottom).toBeCloseTo(844 * readingLine - 12, 5);
    expect(padding.top).toBe(12);
  });
  it('leaves the whole frame (less margins) beside the text column, and clears what covers it', () => {
    expect(freeArea({ frame, viewportHeight: 844, cardsOverMap: false, covers: [] })).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
    const withLink = freeArea({ frame, viewportHeight: 844, cardsOverMap: false, covers: [{ top: 80, left: 300, width: 70, height: 30 }] });
    expect(withLink.top).toBe(80 + 30 - 76 + 4);
  });
  it('never leaves less than a strip of map on a landscape phone', () => {
    const padding = freeArea({ frame: { top: 40, left: 0, width: 800, height: 330 }, viewportHeight: 390, cardsOverMap: true, covers: [] });
    expect(330 - padding.top - padding.bottom).toBeGreaterThanOrEqual(120);
  });
});

describe('placeLabels(specs, camera, size, padding)', () => {
  const camera = { center: [60, 50] as [number, number], zoom: 4 };
  const size = { width: 400, height: 400 };
  const padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const at = (lonLat: [number, number]) => {
    const [x, y] = project(lonLat);
    return { x, y };
  };
  it('moves a name that would cover another to a free side, and drops an unnamed country that cannot fit', () => {
    const specs: LabelSpec[] = [
      { id: 'place:a', kind: 'place', ...at([60, 50]), width: 120, height: 16, priority: 0 },
      { id: 'place:b', kind: 'place', ...at([60, 49.9]), width: 120, height: 16, priority: 0 },
      { id: 'country:X', kind: 'country', ...at([61, 50]), width: 420, height: 16, priority: 2 },
    ];
    const [a, b, x] = placeLabels(specs, camera, size, padding, project);
    expect(a!.side).toBe('right');
    expect(b!.side).not.toBe('right');
    expect(x!.side).toBeNull();
  });
  it('falls back to a short name when the full one fits nowhere', () => {
    const specs: LabelSpec[] = [
      { id: 'place:a', kind: 'place', ...at([60, 50]), width: 150, height: 16, priority: 0 },
      { id: 'place:b', kind: 'place', ...at([59.3, 50.25]), width: 390, height: 16, shortWidth: 40, priority: 0 },
    ];
    expect(placeLabels(specs, camera, size, padding, project)[1]!.short).toBe(true);
  });
  it('boxes a name on the side it is drawn', () => {
    expect(placeNameBox(100, 100, 50, 16, 'right')).toEqual({ x0: 108, x1: 158, y0: 92, y1: 108 });
    expect(placeNameBox(100, 100, 50, 16, 'left')).toEqual({ x0: 42, x1: 92, y0: 92, y1: 108 });
  });
});

describe('mapView(sceneMarks(scene), size, padding): every scene of the story', () => {
  const screens = [
    ...phoneMapFrames,
    { size: { width: 854, height: 750 }, padding: { top: 46, right: 12, bottom: 12, left: 12 } },
  ];
  for (const scene of scenes) {
    it(`frames "${scene.id}" with everything it names inside the free area`, () => {
      const framing = sceneMarks(scene.map!, model, scene.map!.queue ? note : undefined);
      expect(framing.marks.length).toBeGreaterThan(0);
      for (const { size, padding } of screens) {
        const view = mapView(framing, size, padding);
        for (const m of framing.marks) {
          const box = boxOnScreen(m, view.camera, size);
          expect.soft(box.left, `${m.id} at ${size.width}px`).toBeGreaterThanOrEqual(padding.left - 0.5);
          expect.soft(box.right, `${m.id} at ${size.width}px`).toBeLessThanOrEqual(size.width - padding.right + 0.5);
          expect.soft(box.top, `${m.id} at ${size.width}px`).toBeGreaterThanOrEqual(padding.top - 0.5);
          expect.soft(box.bottom, `${m.id} at ${size.width}px`).toBeLessThanOrEqual(size.height - padding.bottom + 0.5);
        }
        // Every country the scene names is labelled.
        for (const country of [...scene.map!.countries, ...scene.map!.named]) {
          expect(view.labels.find((label) => label.id === `country:${country}`)?.side, `${country} at ${size.width}px`).not.toBeNull();
        }
      }
    });
  }
});
