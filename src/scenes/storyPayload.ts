/**
 * Where the story page's scene data lives: a JSON file per edition beside the page (`/story-data.json`,
 * `/ru/story-data.json`), fetched by the story's code after the first paint. Inline, its 3 KB gzip pushed the story's
 * HTML past what the first round trip carries (#16). For the same reason the file also carries the map's names,
 * routes and places (`mapLayers`, made by map/storyMapInput.ts and added by the route): only the script shows them on
 * the story's page (print and readers without JavaScript see each scene's picture), so they need not hold up its
 * first paint.
 */
import { localePath, type Locale } from '../i18n/locale';
import type { StoryData } from '../lib/storyData';
import type { GraphicPayload } from './payload';

export const storyPayloadPath = (locale: Locale) => localePath(locale, '/story-data.json');

/**
 * The edition's scenes, names and map features for the browser. Country names travel only where they are not the
 * map's own (its keys are Natural Earth's English names); the browser shows the key where a name is absent.
 */
export function graphicPayload(data: StoryData): GraphicPayload {
  const { places, routes, scenesById, vocabulary } = data;
  const placeById = new Map(places.map((place) => [place.id, place]));
  const shownPlaces = new Set([...scenesById.values()].flatMap((scene) => (scene.map ? [...scene.map.places, ...scene.map.closed] : [])));
  const countryNames = Object.entries(data.countryNames).some(([key, name]) => key !== name) ? data.countryNames : undefined;
  const pairs = (names: ReadonlyMap<string, string>) => [...names];
  return {
    scenes: [...scenesById.values()],
    vocabulary: {
      surgeLabels: pairs(vocabulary.surgeLabels),
      routeNames: pairs(vocabulary.routeNames),
      placeNames: pairs(vocabulary.placeNames),
      ...(countryNames ? { countryNames: Object.entries(countryNames) } : {}),
      locale: data.locale,
    },
    mapFeatures: {
      routes: routes.map((route) => ({
        id: route.id,
        era: route.era,
        by: route.by,
        coordinates: route.via.map((id) => [placeById.get(id)!.lon, placeById.get(id)!.lat] as [number, number]),
      })),
      // Only places a scene names or closes are drawn; towns that routes merely pass through are not.
      places: places.filter((place) => shownPlaces.has(place.id)).map((place) => ({ id: place.id, name: place.name, kind: place.kind, coordinates: [place.lon, place.lat] as [number, number] })),
      ...(countryNames ? { countryNames } : {}),
    },
  };
}
