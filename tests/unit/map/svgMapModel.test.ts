import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { project } from '../../../src/map/camera';
import { countryLabels } from '../../../src/map/countryNameSpots';
import { svgMapModel } from '../../../src/map/svgMapModel';
import type { Place, Route } from '../../../src/schemas/place';

const place = (id: string, lon: number, lat: number, extra: Partial<Place> = {}) => ({ id, name: id.toUpperCase(), kind: 'city', lon, lat, ...extra }) as Place;
const places = [place('almaty', 76.9, 43.25), place('khorgos', 80.4, 44.2, { kind: 'crossing', short: 'Khor.' })];
const route = (id: string, via: string[]) => ({ id, name: `Route ${id}`, era: '2022', by: 'road', via }) as Route;
// A square of one degree about (70, 45).
const square: FeatureCollection<MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Kazakhstan' }, geometry: { type: 'MultiPolygon', coordinates: [[[[70, 45], [71, 45], [71, 46], [70, 46], [70, 45]]]] } }],
};
const rounded = (lonLat: [number, number]) => project(lonLat).map((value) => Math.round(value * 100) / 100);

describe('svgMapModel(region, routes, places, locale)', () => {
  const model = svgMapModel(square, [route('east', ['almaty', 'khorgos'])], places, 'en');

  it('projects each place into world units, rounded to 0.01, keeping its names and kind', () => {
    expect(model.places).toEqual([
      { id: 'almaty', name: 'ALMATY', short: undefined, kind: 'city', x: rounded([76.9, 43.25])[0], y: rounded([76.9, 43.25])[1] },
      { id: 'khorgos', name: 'KHORGOS', short: 'Khor.', kind: 'crossing', x: rounded([80.4, 44.2])[0], y: rounded([80.4, 44.2])[1] },
    ]);
  });

  it('draws a route through its places in order', () => {
    expect(model.routes).toEqual([{ id: 'east', era: '2022', by: 'road', name: 'Route east', points: [rounded([76.9, 43.25]), rounded([80.4, 44.2])] }]);
  });

  it('outlines each country as a path in the same world units', () => {
    expect(model.countries).toHaveLength(1);
    expect(model.countries[0]!.name).toBe('Kazakhstan');
    const [x0, y0] = rounded([70, 45]);
    // The ring starts at its first point; y grows downward, so the northern edge has the smaller y.
    expect(model.countries[0]!.d.startsWith(`M${x0},${y0}`)).toBe(true);
    expect(model.countries[0]!.d.endsWith('Z')).toBe(true);
  });

  it('names a route through an unknown place, with the file to fix', () => {
    expect(() => svgMapModel(square, [route('lost', ['almaty', 'atlantis'])], places, 'en')).toThrow('content/data/routes.json: route "lost" goes via unknown place "atlantis"');
  });

  it('gives every country its name spots, projected, and marks the small ones', () => {
    expect(model.countryLabels.map((label) => label.name)).toEqual(Object.keys(countryLabels));
    const russia = model.countryLabels.find((label) => label.name === 'Russia')!;
    expect(russia.spots).toEqual(countryLabels.Russia!.map((spot) => rounded(spot)));
    expect(russia.small).toBe(false);
    expect(model.countryLabels.find((label) => label.name === 'Armenia')!.small).toBe(true);
  });

  it('writes the countries\' names in the edition asked for, keyed by the English name', () => {
    const ru = svgMapModel(square, [], places, 'ru');
    const kazakhstan = ru.countryLabels.find((label) => label.name === 'Kazakhstan')!;
    expect(kazakhstan.text).toBe('Казахстан');
    expect(model.countryLabels.find((label) => label.name === 'Kazakhstan')!.text).toBe('Kazakhstan');
  });
});
