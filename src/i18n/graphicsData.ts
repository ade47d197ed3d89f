/**
 * Build time: the story's data as the graphics of one edition draw it. The same scenes, figures and geometry in
 * every edition; only the names change: places, routes, panels and scenes take their `ru` objects (content/data),
 * countries their CLDR names (graphics.ts), and the chart's changes and the queue note are written from the same
 * figures in the edition's words. A name with no `ru` form keeps its English one (check:content reports it).
 */
import { getCollection } from 'astro:content';
import { graphicPayload, loadFigures, loadStoryData } from '../lib/storyData';
import { surgePanels } from '../lib/surgePanels';
import { queueNoteLines } from '../scenes/queueNote';
import type { Place, Route } from '../schemas/place';
import type { Scene } from '../schemas/scene';
import type { Locale } from './locale';
import { countryNames } from './graphics';

type StoryData = Awaited<ReturnType<typeof loadStoryData>>;

/** The story's data with every reader-visible name in `locale`, and that edition's country names. */
export type GraphicData = StoryData & {
  locale: Locale;
  /** Country names keyed by the map's English (Natural Earth) name. */
  countryNames: Record<string, string>;
  /** The names as the page's payload carries them: English's are the map's own, so it carries no country names. */
  vocabulary: StoryData['vocabulary'] & { countryNames?: [string, string][]; locale?: Locale };
  vocabularyMaps: StoryData['vocabularyMaps'] & { countryNames: ReadonlyMap<string, string>; locale: Locale };
};

/** A place with its names in `locale`. */
export function localizePlace(place: Place, locale: Locale): Place {
  if (locale !== 'ru' || !place.ru) return place;
  const { short, ...rest } = place;
  // A Russian name without a short form of its own is used in full where the English has a short one.
  const ruShort = place.ru.short ?? (short ? place.ru.name : undefined);
  return { ...rest, name: place.ru.name, ...(ruShort ? { short: ruShort } : {}) };
}

/** A route with its name in `locale`. */
export const localizeRoute = (route: Route, locale: Locale): Route => (locale === 'ru' && route.ru ? { ...route, name: route.ru.name } : route);

/** A scene with its label in `locale`; the scene's chart and map states stay the same objects. */
export const localizeScene = (scene: Scene, locale: Locale): Scene => (locale === 'ru' && scene.ru ? { ...scene, label: scene.ru.label } : scene);

const cached = new Map<Locale, Promise<GraphicData>>();

/** The graphics' data in `locale` (default English), read once per build and edition. */
export function loadGraphicData(locale: Locale = 'en'): Promise<GraphicData> {
  if (!cached.has(locale) || import.meta.env.DEV) cached.set(locale, readGraphicData(locale));
  return cached.get(locale)!;
}

async function readGraphicData(locale: Locale): Promise<GraphicData> {
  // The edition's own steps (its MDX); every edition drives the same scenes.
  const data = await loadStoryData(locale);
  const countries = countryNames(locale);
  const withCountries = (base: StoryData): GraphicData => ({
    ...base,
    locale,
    countryNames: countries,
    vocabulary: locale === 'en' ? base.vocabulary : { ...base.vocabulary, countryNames: Object.entries(countries), locale },
    vocabularyMaps: { ...base.vocabularyMaps, countryNames: new Map(Object.entries(countries)), locale },
  });
  if (locale === 'en') return withCountries(data);

  const [surgeEntries, figures] = await Promise.all([getCollection('exportSurges'), loadFigures()]);
  const rows = surgeEntries.map((entry) => entry.data);
  const panels = surgePanels(rows, figures, locale);
  const places = data.places.map((place) => localizePlace(place, locale));
  const routes = data.routes.map((route) => localizeRoute(route, locale));
  const scenesById = new Map([...data.scenesById].map(([id, scene]) => [id, localizeScene(scene, locale)]));
  const queueNotes: Record<string, string[]> = {};
  for (const scene of scenesById.values()) {
    const queue = scene.map?.queue;
    if (queue) queueNotes[scene.id] = queueNoteLines(figures.get(queue.trucks)!, queue.lengths.map((id) => figures.get(id)!), locale);
  }
  // Source lines follow the panels' order (both read content/data/export-surges.json in its order).
  const surgeSourceLines = data.surgeSourceLines.map((line, index) => ({ ...line, label: panels[index]?.label ?? line.label }));
  const vocabulary = {
    surgeLabels: panels.map((panel) => [panel.id, panel.label] as [string, string]),
    routeNames: routes.map((route) => [route.id, route.name] as [string, string]),
    placeNames: places.map((place) => [place.id, place.name] as [string, string]),
  };
  return withCountries({
    ...data,
    places,
    routes,
    scenesById,
    queueNotes,
    surgePanels: panels,
    surgeSourceLines,
    vocabulary,
    vocabularyMaps: {
      surgeLabels: new Map(vocabulary.surgeLabels),
      routeNames: new Map(vocabulary.routeNames),
      placeNames: new Map(vocabulary.placeNames),
    },
  });
}

/**
 * What the browser needs to draw scenes in this edition: `graphicPayload`'s scenes, names and map features, with
 * the country names (MapLibre's labels, the descriptions) and the edition the descriptions are written in.
 */
export function graphicPayloadFor(data: GraphicData) {
  const payload = graphicPayload(data);
  // English needs neither: its names are the map's keys, and English is the default.
  if (data.locale === 'en') return payload;
  return {
    ...payload,
    vocabulary: { ...payload.vocabulary, countryNames: Object.entries(data.countryNames), locale: data.locale },
    mapFeatures: { ...payload.mapFeatures, countryNames: data.countryNames },
  };
}
