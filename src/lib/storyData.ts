import { getCollection, render } from 'astro:content';
import type { Figure } from '../schemas/figure';
import type { Source } from '../schemas/source';
import type { Place, Route } from '../schemas/place';
import type { Scene } from '../schemas/scene';
import { citationErrors, sectionSlug } from './contentRules';
import { checkContent } from './contentCheck';
import { readContentFiles } from './contentFiles';
import { storySteps } from './storySteps';
import { surgePanels, type SurgePanel } from './surgePanels';
import type { StoryStep } from '../scenes/sceneState';
import type { SceneVocabulary } from '../scenes/describeScene';
import { queueNoteLines } from '../scenes/queueNote';
import { defaultLocale, intlLocale, storyCollection, type Locale } from '../i18n/locale';
import { inEdition } from '../i18n/ui';
import { countryNames } from '../i18n/graphics';

/** Content that failed the cross-file rules: every problem at once, one per line, so editors fix them in one go. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The story's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

let cachedFigures: Promise<Map<string, Figure>> | undefined;

/** Every figure, keyed by id, after checking each cites a known source. Read once per build: every <Figure> asks. */
export function loadFigures(): Promise<Map<string, Figure>> {
  if (!cachedFigures || import.meta.env.DEV) cachedFigures = readFigures();
  return cachedFigures;
}

async function readFigures(): Promise<Map<string, Figure>> {
  const [figures, sources] = await Promise.all([getCollection('figures'), getCollection('sources')]);
  const rows = figures.map((entry) => entry.data);
  const errors = citationErrors(rows, new Set(sources.map((entry) => entry.data.id)));
  if (errors.length > 0) throw new ContentError(errors);
  return new Map(rows.map((row) => [row.id, row]));
}

/** Sources in an edition's words (publication, described titles, notes), sorted by publication as the list prints them. */
export async function loadSources(locale: Locale): Promise<Source[]> {
  const sources = await getCollection('sources');
  return sources
    .map((entry) => inEdition(entry.data, locale))
    .sort((a, b) => a.publication.localeCompare(b.publication, intlLocale[locale]));
}

/** An edition's story sections in reading order, with its rendered MDX. */
export async function loadSections(locale: Locale) {
  const entries = await getCollection(storyCollection(locale));
  entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return Promise.all(
    entries.map(async (entry) => ({ slug: sectionSlug(entry.id), data: entry.data, ...(await render(entry)) })),
  );
}

/** The story's data in one edition: every name and note a reader sees already in the edition's words. */
export interface StoryData {
  locale: Locale;
  /** The edition's steps in reading order, from its own MDX; every edition drives the same scenes. */
  steps: StoryStep[];
  /** Every scene, its label in the edition's words; the chart and map states are the same in every edition. */
  scenesById: Map<string, Scene>;
  /** Each queue's note beside its crossing, by scene, written from its figures once for every renderer. */
  queueNotes: Record<string, string[]>;
  surgePanels: SurgePanel[];
  /** The chart's source line: each panel's label and the sources of its two figures. */
  surgeSourceLines: { label: string; sources: Source[] }[];
  places: Place[];
  routes: Route[];
  /** Country names keyed by the map's (Natural Earth) name. */
  countryNames: Record<string, string>;
  /** The names the text alternatives use. */
  vocabulary: SceneVocabulary;
}

const cached = new Map<Locale, Promise<StoryData>>();

/**
 * Everything the graphics, pictures and checks need in one edition, validated across files. Throws a
 * `ContentError` listing every problem, in every edition, with its file and line.
 */
export function storyDataFor(locale: Locale): Promise<StoryData> {
  // One read per build and edition; in dev, content edits reload the module graph.
  if (!cached.has(locale) || import.meta.env.DEV) cached.set(locale, readStoryData(locale));
  return cached.get(locale)!;
}

/**
 * A place's names in an edition. Where the default edition has a short name and this edition's object has none,
 * its full name stands in: the default edition's short form is never shown in another language.
 */
export function placeInEdition(place: Place, locale: Locale): Place {
  if (locale === defaultLocale) return place;
  const own = place[locale]!;
  const { short: _short, ...words } = inEdition(place, locale);
  const short = own.short ?? (place.short ? own.name : undefined);
  return { ...words, ...(short ? { short } : {}) };
}

async function readStoryData(locale: Locale): Promise<StoryData> {
  // The same check as `npm run check:content`, on the files as they are on disk: every problem, with its line.
  const report = checkContent(readContentFiles());
  if (report.errors.length > 0) throw new ContentError(report.errors);

  const [story, scenes, routes, places, surges, sources, figures] = await Promise.all([
    getCollection(storyCollection(locale)),
    getCollection('scenes'),
    getCollection('routes'),
    getCollection('places'),
    getCollection('exportSurges'),
    getCollection('sources'),
    loadFigures(),
  ]);
  const steps: StoryStep[] = storySteps(story.map((entry) => ({ path: entry.id, text: entry.body ?? '', order: entry.data.order })));
  const sourcesById = new Map(sources.map((entry) => [entry.data.id, inEdition(entry.data, locale)]));
  const surgeRows = surges.map((entry) => entry.data);
  const panels = surgePanels(surgeRows, figures, locale);
  const scenesById = new Map(scenes.map((entry) => [entry.data.id, inEdition(entry.data, locale)]));
  const placeRows = places.map((entry) => placeInEdition(entry.data, locale));
  const routeRows = routes.map((entry) => inEdition(entry.data, locale));
  const queueNotes: Record<string, string[]> = {};
  for (const scene of scenesById.values()) {
    const queue = scene.map?.queue;
    if (queue) queueNotes[scene.id] = queueNoteLines(figures.get(queue.trucks)!, queue.lengths.map((id) => figures.get(id)!), locale);
  }
  const names = countryNames(locale);
  return {
    locale,
    steps,
    scenesById,
    queueNotes,
    surgePanels: panels,
    surgeSourceLines: surgeRows.map((row, index) => ({
      label: panels[index]!.label,
      sources: [...new Set([row.from, row.to].map((id) => figures.get(id)!.source))].map((id) => sourcesById.get(id)!),
    })),
    places: placeRows,
    routes: routeRows,
    countryNames: names,
    vocabulary: {
      locale,
      surgeLabels: new Map(panels.map((panel) => [panel.id, panel.label])),
      routeNames: new Map(routeRows.map((route) => [route.id, route.name])),
      placeNames: new Map(placeRows.map((place) => [place.id, place.name])),
      countryNames: new Map(Object.entries(names)),
    },
  };
}

/** The map scene with the most routes: the fullest picture, for readers without JavaScript, print and images. */
export function fullestMapScene(data: Pick<StoryData, 'scenesById'>): Scene {
  return [...data.scenesById.values()].filter((scene) => scene.map).sort((a, b) => b.map!.routes.length - a.map!.routes.length)[0]!;
}
