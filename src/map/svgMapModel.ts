/**
 * The SVG map as data: country outlines, routes, places and labels projected into world units. Pure: the static
 * component renders it at build time; the browser only moves the viewBox and toggles states.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Place, Route } from '../schemas/place';
import { project } from './camera';
import { countryLabels, smallCountries } from './countryNameSpots';
import type { Locale } from '../i18n/locale';
import { countryName } from '../i18n/graphics';

export interface SvgMapModel {
  countries: { name: string; d: string }[];
  routes: { id: string; era: Route['era']; by: Route['by']; name: string; points: [number, number][] }[];
  places: { id: string; name: string; short?: string | undefined; kind: Place['kind']; x: number; y: number }[];
  /**
   * Each country's name spots (countryNameSpots.ts), projected: the first is the default. `name` is the map's key (Natural
   * Earth's English name, as scenes name countries); `text` is what the edition prints.
   */
  countryLabels: { name: string; text: string; spots: [number, number][]; small: boolean }[];
}

const round = (value: number) => Math.round(value * 100) / 100;
const projectRounded = (lonLat: readonly [number, number]) => project(lonLat).map(round) as [number, number];

/**
 * The model of the map in one edition: `routes` and `places` come with their names in it already (lib/storyData.ts);
 * countries are named here in `locale` (default English).
 */
export function svgMapModel(
  region: FeatureCollection<MultiPolygon, { name: string }>,
  routes: readonly Route[],
  places: readonly Place[],
  locale: Locale,
): SvgMapModel {
  const stream = geoTransform({
    point(lon, lat) {
      const [x, y] = project([lon, lat]);
      this.stream.point(x, y);
    },
  });
  const path = geoPath(stream).digits(2);
  const placeById = new Map(places.map((place) => [place.id, place]));
  return {
    countries: region.features.map((feature) => ({ name: feature.properties.name, d: path(feature) ?? '' })),
    routes: routes.map((route) => ({
      id: route.id,
      era: route.era,
      by: route.by,
      name: route.name,
      points: route.via.map((id) => {
        const place = placeById.get(id);
        if (!place) throw new Error(`content/data/routes.json: route "${route.id}" goes via unknown place "${id}"`);
        return projectRounded([place.lon, place.lat]);
      }),
    })),
    places: places.map((place) => {
      const [x, y] = projectRounded([place.lon, place.lat]);
      return { id: place.id, name: place.name, short: place.short, kind: place.kind, x, y };
    }),
    countryLabels: Object.entries(countryLabels).map(([name, spots]) => ({
      name,
      text: countryName(name, locale),
      spots: spots.map((lonLat) => projectRounded(lonLat)),
      small: smallCountries.has(name),
    })),
  };
}
