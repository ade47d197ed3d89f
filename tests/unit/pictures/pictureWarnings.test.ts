import { describe, expect, it } from 'vitest';
import { unproject } from '../../../src/map/camera';
import { noPadding } from '../../../src/map/frameMarks';
import type { MapView, SceneMarks } from '../../../src/map/sceneMarks';
import { mapPictureView } from '../../../src/pictures/mapImage';
import { mapPictureScale, pictureSize } from '../../../src/pictures/pictureImage';
import { outOfFrameWarnings, unchangedPictureWarnings, type NameOf } from '../../../src/pictures/pictureWarnings';
import { model, queueNote, scenes } from './fixtures';

const nameOf: NameOf = (kind, id) => `${kind} ${id}`;
const square = { left: 5, right: 5, top: 5, bottom: 5 };

describe('unchangedPictureWarnings(pictures)', () => {
  it('warns where the scene changes but the drawing does not', () => {
    const warnings = unchangedPictureWarnings([
      { step: 'one', scene: 'a', drawing: '<svg>1</svg>' },
      { step: 'two', scene: 'a', drawing: '<svg>1</svg>' },
      { step: 'three', scene: 'b', drawing: '<svg>1</svg>' },
      { step: 'four', scene: 'c', drawing: '<svg>2</svg>' },
    ]);
    expect(warnings.slice(0, 2)).toEqual([null, null]);
    expect(warnings[2]).toBe('Same picture as the previous step "two", although the scene changed (a → b).');
    expect(warnings[3]).toBeNull();
  });
});

describe('outOfFrameWarnings(framing, view, nameOf)', () => {
  // A 100 × 100 px frame centred on world (0, 0) at zoom 0: world units are px, from -50 to 50 each way.
  const view: MapView = { camera: { center: unproject([0, 0]), zoom: 0 }, size: { width: 100, height: 100 }, padding: noPadding, labels: [] };

  it('names each place, closed crossing and country whose point is outside the frame, and each route once', () => {
    const framing: SceneMarks = {
      maxZoom: 6,
      labels: [],
      marks: [
        { id: 'place:inside', x: 10, y: 10, box: square },
        { id: 'place:east', x: 80, y: 0, box: square },
        { id: 'closed:north', x: 0, y: -70, box: square },
        { id: 'country:Georgia', x: -60, y: 0, box: square },
        { id: 'route:far:0', x: 0, y: 0, box: square },
        { id: 'route:far:1', x: 200, y: 0, box: square },
        { id: 'route:far:2', x: 300, y: 0, box: square },
      ],
    };
    expect(outOfFrameWarnings(framing, view, nameOf)).toEqual([
      'place east is out of frame.',
      'The closed crossing closed north is out of frame.',
      'country Georgia (its name) is out of frame.',
      'Route route far runs out of frame (2 of 3 points).',
    ]);
  });

  it('names the places and countries the scene names that got no room for their name, not other labels', () => {
    const framing: SceneMarks = {
      maxZoom: 6,
      marks: [],
      labels: [
        { id: 'place:crowded', kind: 'place', x: 0, y: 0, width: 40, height: 12, priority: 0 },
        { id: 'country:Iran', kind: 'country', x: 0, y: 0, width: 40, height: 12, priority: 1 },
        { id: 'country:India', kind: 'country', x: 0, y: 0, width: 40, height: 12, priority: 2 },
      ],
    };
    const labels = ['place:crowded', 'country:Iran', 'country:India'].map((id) => ({ id, x: 0, y: 0, side: null, dx: 0, dy: 0 }));
    expect(outOfFrameWarnings(framing, { ...view, labels }, nameOf)).toEqual([
      'The name of place crowded is not drawn: no room for it in the frame.',
      'The name of country Iran is not drawn: no room for it in the frame.',
    ]);
  });

  it("finds nothing left out of any of the story's map pictures: the framing fits all a scene names", () => {
    const size = pictureSize('map');
    for (const scene of scenes.values()) {
      if (!scene.map) continue;
      const { framing, view } = mapPictureView(model, scene.map, { ...size, note: queueNote, scale: mapPictureScale });
      expect(outOfFrameWarnings(framing, view, nameOf), scene.id).toEqual([]);
    }
  });
});
