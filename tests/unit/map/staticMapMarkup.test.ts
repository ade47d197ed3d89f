import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { staticMapMarkup } from '../../../src/map/staticMapMarkup';
import { svgMapModel } from '../../../src/map/svgMapModel';
import { PlaceSchema, RouteSchema } from '../../../src/schemas/place';
import { SceneSchema } from '../../../src/schemas/scene';

const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8')) as unknown[];
const routes = read('routes.json').map((row) => RouteSchema.parse(row));
const places = read('places.json').map((row) => PlaceSchema.parse(row));
const scenes = read('scenes.json').map((row) => SceneSchema.parse(row));
const mapScenes = scenes.filter((scene) => scene.map);
const fullest = [...mapScenes].sort((a, b) => b.map!.routes.length - a.map!.routes.length)[0]!;
const queueScene = mapScenes.find((scene) => scene.map!.queue)!;
const notes = { [queueScene.id]: ['About 700 trucks queued,', '11 km long & <not> to scale'] };
const model = svgMapModel({ type: 'FeatureCollection', features: [] }, routes, places, 'en');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('staticMapMarkup(input)', () => {
  const markup = staticMapMarkup({ model, scene: fullest.map!, scenes, notes });

  it('draws every route once, with the scene state of each', () => {
    expect(count(markup.svgLayers, /<polyline class="route"/g)).toBe(routes.length);
    for (const id of fullest.map!.routes) expect(markup.svgLayers).toMatch(new RegExp(`data-route="${id}"[^>]*data-state="active"`));
  });

  it('gives each place a scene marks or closes one SVG point and one HTML label, and no other place', () => {
    const shown = new Set(mapScenes.flatMap((scene) => [...scene.map!.places, ...scene.map!.closed]));
    expect(count(markup.svgLayers, /<g class="place"/g)).toBe(shown.size);
    expect(count(markup.labels, /class="map-label place-name"/g)).toBe(shown.size);
    const passedThrough = places.find((place) => !shown.has(place.id))!;
    expect(markup.labels).not.toContain(`data-place="${passedThrough.id}"`);
  });

  it('names every country in the HTML layer, and escapes text from data', () => {
    expect(count(markup.labels, /class="map-label country-name"/g)).toBe(model.countryLabels.length);
    expect(markup.labels).toContain('<span class="line">11 km long &amp; &lt;not&gt; to scale</span>');
    expect(markup.labels).not.toContain('<not>');
  });

  it('prints a queue note in the SVG only when its scene is the one drawn', () => {
    expect(markup.svgLayers).not.toContain('queue-note-text');
    const queue = staticMapMarkup({ model, scene: queueScene.map!, scenes, notes });
    expect(queue.svgLayers).toContain('<tspan x="0" dy="1.2em">11 km long &amp; &lt;not&gt; to scale</tspan>');
  });

  it('frames a viewBox of four numbers and a positive scale', () => {
    expect(markup.viewBox.split(' ').map(Number).every(Number.isFinite)).toBe(true);
    expect(markup.viewBox.split(' ')).toHaveLength(4);
    expect(markup.unitsPerPx).toBeGreaterThan(0);
  });
});
