import { getCollection, render } from 'astro:content';
import type { Figure } from '../schemas/figure';
import type { Source } from '../schemas/source';
import type { Scene } from '../schemas/scene';
import { citationErrors, sectionSlug } from './contentRules';
import { checkContent } from './contentCheck';
import { readContentFiles } from './contentFiles';
import { scanMdx } from './mdxScan';
import { surgePanels } from './surgePanels';
import type { StoryStep } from '../scenes/sceneState';
import { queueNoteLines } from '../scenes/queueNote';
import { intlLocale, type Locale } from '../i18n/locale';
import { inEdition } from '../i18n/ui';

/** The content collection holding each edition's sections (`content/story/` and `content/story/<locale>/`). */
export const storyCollection = { en: 'story', ru: 'storyRu' } as const satisfies Record<Locale, string>;

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
export async function loadSources(locale: Locale = 'en'): Promise<Source[]> {
  const sources = await getCollection('sources');
  return sources
    .map((entry) => inEdition(entry.data, locale))
    .sort((a, b) => a.publication.localeCompare(b.publication, intlLocale[locale]));
}

/** An edition's story sections in reading order, with its rendered MDX. English by default. */
export async function loadSections(locale: Locale = 'en') {
  const entries = await getCollection(storyCollection[locale]);
  entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return Promise.all(
    entries.map(async (entry) => ({ slug: sectionSlug(entry.id), data: entry.data, ...(await render(entry)) })),
  );
}

const cached = new Map<Locale, Promise<Awaited<ReturnType<typeof readStoryData>>>>();

/**
 * Everything the graphic and the checks need, validated across files: the edition's steps in reading order (its
 * own MDX; every edition drives the same scenes), scenes, chart panels and map vocabulary. Throws a `ContentError`
 * listing every problem, in either edition, with its file and line.
 */
export function loadStoryData(locale: Locale = 'en') {
  // One read per build and edition; in dev, content edits reload the module graph.
  if (!cached.has(locale) || import.meta.env.DEV) cached.set(locale, readStoryData(locale));
  return cached.get(locale)!;
}

async function readStoryData(locale: Locale) {
  // The same check as `npm run check:content`, on the files as they are on disk: every problem, with its line.
  const report = checkContent(readContentFiles());
  if (report.errors.length > 0) throw new ContentError(report.errors);

  const [story, scenes, routes, places, surges, sources, figures] = await Promise.all([
    getCollection(storyCollection[locale]),
    getCollection('scenes'),
    getCollection('routes'),
    getCollection('places'),
    getCollection('exportSurges'),
    getCollection('sources'),
    getCollection('figures'),
  ]);
  story.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const steps: StoryStep[] = story.flatMap((entry) => scanMdx(entry.body ?? '').steps.map(({ id, scene }) => ({ id, scene })));
  const figuresById = new Map(figures.map((entry) => [entry.data.id, entry.data]));
  // Sources in the edition's words: the chart's source line names them.
  const sourcesById = new Map(sources.map((entry) => [entry.data.id, inEdition(entry.data, locale)]));
  const surgeRows = surges.map((entry) => entry.data);
  const placeRows = places.map((entry) => entry.data);
  const surgeSourceLines = surgeRows.map((row) => ({
    label: row.label,
    sources: [...new Set([row.from, row.to].map((id) => figuresById.get(id)!.source))].map((id) => sourcesById.get(id)!),
  }));
  const vocabulary = {
    surgeLabels: surgeRows.map((row) => [row.id, row.label] as [string, string]),
    routeNames: routes.map((entry) => [entry.data.id, entry.data.name] as [string, string]),
    placeNames: placeRows.map((place) => [place.id, place.name] as [string, string]),
  };
  // Each queue's note, by scene: the figures formatted once, here, for every renderer.
  const queueNotes: Record<string, string[]> = {};
  for (const entry of scenes) {
    const queue = entry.data.map?.queue;
    if (queue) queueNotes[entry.data.id] = queueNoteLines(figuresById.get(queue.trucks)!, queue.lengths.map((id) => figuresById.get(id)!));
  }
  return {
    locale,
    steps,
    queueNotes,
    scenesById: new Map<string, Scene>(scenes.map((entry) => [entry.data.id, entry.data])),
    surgePanels: surgePanels(surgeRows, figuresById),
    surgeSourceLines,
    places: placeRows,
    routes: routes.map((entry) => entry.data),
    vocabulary,
    vocabularyMaps: {
      surgeLabels: new Map(vocabulary.surgeLabels),
      routeNames: new Map(vocabulary.routeNames),
      placeNames: new Map(vocabulary.placeNames),
    },
  };
}

type StoryData = Awaited<ReturnType<typeof readStoryData>>;

/** What the browser needs to draw scenes: every scene, the names used in descriptions, and the map's features. */
export function graphicPayload(data: StoryData) {
  const placeById = new Map(data.places.map((place) => [place.id, place]));
  const shownPlaces = new Set([...data.scenesById.values()].flatMap((scene) => (scene.map ? [...scene.map.places, ...scene.map.closed] : [])));
  return {
    scenes: [...data.scenesById.values()],
    vocabulary: data.vocabulary,
    mapFeatures: {
      routes: data.routes.map((route) => ({
        id: route.id,
        era: route.era,
        by: route.by,
        coordinates: route.via.map((id) => [placeById.get(id)!.lon, placeById.get(id)!.lat] as [number, number]),
      })),
      // Only places a scene names or closes are drawn; towns that routes merely pass through are not.
      places: data.places.filter((place) => shownPlaces.has(place.id)).map((place) => ({ id: place.id, name: place.name, kind: place.kind, coordinates: [place.lon, place.lat] as [number, number] })),
    },
  };
}

/** The map scene with the most routes: the fullest picture, for readers without JavaScript, print and images. */
export function fullestMapScene(data: StoryData): Scene {
  return [...data.scenesById.values()].filter((scene) => scene.map).sort((a, b) => b.map!.routes.length - a.map!.routes.length)[0]!;
}
