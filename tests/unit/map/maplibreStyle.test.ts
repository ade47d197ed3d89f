import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { storyMapStyle, themePaint, type MapFeatures } from '../../../src/map/maplibreStyle';
import { palettes, type Theme } from '../../../src/lib/palette';

const region: FeatureCollection<MultiPolygon, { name: string }> = { type: 'FeatureCollection', features: [] };
const features: MapFeatures = {
  routes: [{ id: 'khorgos', era: '2022', by: 'road', coordinates: [[80, 44], [76, 43]] }],
  places: [{ id: 'astana', name: 'Astana', kind: 'city', coordinates: [71.4, 51.2] }],
};
/** Every colour written in a style's layers. */
const coloursIn = (value: unknown) => JSON.stringify(value).match(/#[0-9a-f]{3,8}\b/gi) ?? [];

describe('storyMapStyle(region, features, { labels, palette })', () => {
  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`paints every colour from the ${theme} palette it is given, labels and all`, () => {
      const style = storyMapStyle(region, features, { labels: true, palette: palettes[theme] });
      const allowed = new Set(Object.values(palettes[theme]));
      expect(coloursIn(style.layers).filter((colour) => !allowed.has(colour))).toEqual([]);
    });
  }

  it('is light without a palette: the page the e2e suite knows', () => {
    expect(storyMapStyle(region, features, { labels: false })).toEqual(storyMapStyle(region, features, { labels: false, palette: palettes.light }));
  });
});

describe('themePaint(style)', () => {
  it("lists each layer's colours, and nothing else, so a new theme repaints colours alone", () => {
    const paint = themePaint(storyMapStyle(region, features, { labels: true, palette: palettes.dark }));
    expect(paint.every(({ property }) => property.endsWith('-color'))).toBe(true);
    expect(paint).toContainEqual({ layer: 'sea', property: 'background-color', value: palettes.dark.mapSea });
    expect(paint).toContainEqual({ layer: 'routes-2022', property: 'line-color', value: palettes.dark.accent });
    expect(paint).toContainEqual({ layer: 'routes-detour-sea', property: 'line-color', value: palettes.dark.detour });
    expect(paint.find(({ layer }) => layer === 'countries')!.value).toContain(palettes.dark.mapShaded);
  });
});
