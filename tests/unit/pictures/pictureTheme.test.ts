import { describe, expect, it } from 'vitest';
import type { SurgePanel } from '../../../src/charts/exportSurge/layout';
import type { TurnoverReport } from '../../../src/charts/tradeTurnover/layout';
import { picturePalettes, type Theme } from '../../../src/lib/palette';
import { exportSurgeImage } from '../../../src/pictures/surgeImage';
import { rerouteMapImage } from '../../../src/pictures/mapImage';
import { tradeTurnoverImage } from '../../../src/pictures/turnoverImage';
import { model, queueNote, scenes } from './fixtures';

const panels: SurgePanel[] = [
  { id: 'all-goods', label: 'All goods', measure: 'USD', unit: 'usd', value2021: 7.02e9, value2022: 8.78e9, change: '+25%' },
  { id: 'washing-machines', label: 'Washing machines', measure: 'units', unit: 'count', value2021: 0, value2022: 100_000, qualifier2022: 'almost', change: 'from none' },
];
const report = (id: string, year: number, value: number, weak = false): TurnoverReport => ({
  id, year, by: `By ${id}`,
  figure: { id: `f-${id}`, value, unit: 'usd', quote: `$${value / 1e9}bn` },
  source: { id: `s-${id}`, publication: `Pub ${id}`, title: 'Title', url: `https://example.org/${id}`, date: '2024-04-07', weak },
});
const reports = [report('a', 2021, 24.5e9), report('b', 2023, 26e9, true), report('c', 2023, 28.5e9)];
const mapScene = scenes.get('border-closes')!.map!;

/** Each chart's image in `theme`, through the palette argument. */
const images = (theme: Theme) => {
  const palette = picturePalettes[theme];
  return {
    surge: exportSurgeImage(panels, 'Test sources', { title: 'Surge', width: 1200, height: 675, palette }, undefined, 'en'),
    map: rerouteMapImage(model, mapScene, { title: 'Map', width: 1200, height: 900, note: queueNote, palette }, 'en'),
    turnover: tradeTurnoverImage(reports, 'Test sources', { title: 'Turnover', width: 1200, height: 820, palette }, 'en'),
  };
};
/** The colours a document paints with. */
const colours = (svg: string) => new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{3,8})"/gi)].map((match) => match[1]!));

describe('static images in both themes, from the same drawing functions', () => {
  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`${theme}: every colour of every chart's image is the ${theme} palette's, on its canvas`, () => {
      const allowed = new Set(Object.values(picturePalettes[theme]));
      for (const [name, svg] of Object.entries(images(theme))) {
        expect([...colours(svg)].filter((colour) => !allowed.has(colour)), name).toEqual([]);
        expect(svg, name).toMatch(new RegExp(`<rect width="\\d+" height="\\d+" fill="${picturePalettes[theme].canvas}"/>`));
      }
    });
  }

  it('light is the default: an image drawn without a palette is the light one', () => {
    const light = images('light');
    expect(exportSurgeImage(panels, 'Test sources', { title: 'Surge', width: 1200, height: 675 }, undefined, 'en')).toBe(light.surge);
    expect(rerouteMapImage(model, mapScene, { title: 'Map', width: 1200, height: 900, note: queueNote }, 'en')).toBe(light.map);
    expect(tradeTurnoverImage(reports, 'Test sources', { title: 'Turnover', width: 1200, height: 820 }, 'en')).toBe(light.turnover);
  });

  it('dark differs from light in colours only: the same shapes, words and places', () => {
    const [light, dark] = [images('light'), images('dark')];
    const shapes = (svg: string) => svg.replace(/(fill|stroke)="#[0-9a-f]{3,8}"/gi, '$1=""');
    for (const name of ['surge', 'map', 'turnover'] as const) expect(shapes(dark[name]), name).toBe(shapes(light[name]));
  });
});
