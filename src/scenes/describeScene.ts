import type { Scene } from '../schemas/scene';
import type { Locale } from '../i18n/locale';
import { describeWords, listWords } from '../i18n/sceneWords';
import { restingMap } from './sceneState';

/** Names the description needs, looked up from content/data, in one edition. */
export interface SceneVocabulary {
  surgeLabels: ReadonlyMap<string, string>;
  routeNames: ReadonlyMap<string, string>;
  placeNames: ReadonlyMap<string, string>;
  /** Country names keyed by the map's (Natural Earth) name; absent where they are the keys themselves. */
  countryNames?: ReadonlyMap<string, string>;
  /** The edition these names are in, and the descriptions written with them. */
  locale: Locale;
}

/** The vocabulary as the page's JSON payload carries it: [id, name] pairs. */
export interface SceneVocabularyPayload {
  surgeLabels: [string, string][];
  routeNames: [string, string][];
  placeNames: [string, string][];
  countryNames?: [string, string][];
  locale: Locale;
}

export function vocabularyFromPayload(payload: SceneVocabularyPayload): SceneVocabulary {
  return {
    surgeLabels: new Map(payload.surgeLabels),
    routeNames: new Map(payload.routeNames),
    placeNames: new Map(payload.placeNames),
    ...(payload.countryNames ? { countryNames: new Map(payload.countryNames) } : {}),
    locale: payload.locale,
  };
}

/**
 * The graphic's text alternative for a scene, generated from the scene's data so it can never drift from what is
 * drawn. Describes the scene's end state (not each frame), which is what a screen-reader user needs. Written in the
 * vocabulary's edition, with its names.
 */
export function describeScene(scene: Scene, names: SceneVocabulary): string {
  const { locale } = names;
  const words = describeWords[locale];
  const list = (items: readonly string[]) => listWords(items, locale);
  if (scene.visual === 'chart' && scene.chart) {
    const { grow, highlight } = scene.chart;
    const focus = highlight ? words.highlighted(names.surgeLabels.get(highlight) ?? highlight) : '';
    return `${words.chart(words.when[grow])}${focus}`;
  }
  const map = scene.map ?? restingMap;
  const parts = [words.map];
  if (map.countries.length > 0) parts.push(words.shaded(list(map.countries.map((country) => names.countryNames?.get(country) ?? country))));
  if (map.routes.length > 0) parts.push(words.routes(list(map.routes.map((id) => names.routeNames.get(id) ?? id))));
  if (map.closed.length > 0) parts.push(words.closed(list(map.closed.map((id) => names.placeNames.get(id) ?? id))));
  const labelled = map.places.filter((id) => !map.closed.includes(id));
  if (labelled.length > 0) parts.push(words.marked(list(labelled.map((id) => names.placeNames.get(id) ?? id))));
  if (map.trucks === 'queue') parts.push(words.queue);
  else if (map.trucks === 'flow' && map.routes.length > 0) parts.push(words.flow);
  return parts.join(' ');
}
