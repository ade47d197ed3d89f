import type { Scene } from '../schemas/scene';
import { restingMap } from './sceneState';

/** Names the description needs, looked up from content/data. */
export interface SceneVocabulary {
  surgeLabels: ReadonlyMap<string, string>;
  routeNames: ReadonlyMap<string, string>;
  placeNames: ReadonlyMap<string, string>;
}

/** The vocabulary as the page's JSON payload carries it: [id, name] pairs. */
export type SceneVocabularyPayload = { [K in keyof SceneVocabulary]: [string, string][] };

export function vocabularyFromPayload(payload: SceneVocabularyPayload): SceneVocabulary {
  return {
    surgeLabels: new Map(payload.surgeLabels),
    routeNames: new Map(payload.routeNames),
    placeNames: new Map(payload.placeNames),
  };
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * The graphic's text alternative for a scene, generated from the scene's data so it can never drift from what is
 * drawn. Describes the scene's end state (not each frame), which is what a screen-reader user needs.
 */
export function describeScene(scene: Scene, names: SceneVocabulary): string {
  if (scene.visual === 'chart' && scene.chart) {
    const { grow, highlight } = scene.chart;
    const when = grow === '2021' ? 'at their 2021 values' : grow === 'progress' ? 'growing from 2021 to 2022 as you read' : 'at their 2022 values';
    const focus = highlight ? ` Highlighted: ${names.surgeLabels.get(highlight) ?? highlight}.` : '';
    return `Chart: what Kazakhstan sent Russia in 2021 and 2022, one panel per measure, bars ${when}.${focus}`;
  }
  const map = scene.map ?? restingMap;
  const parts = [`Map of the region around Kazakhstan.`];
  if (map.countries.length > 0) parts.push(`Shaded: ${list(map.countries)}.`);
  if (map.routes.length > 0) {
    const routes = map.routes.map((id) => names.routeNames.get(id) ?? id);
    parts.push(`Schematic routes: ${list(routes)}.`);
  }
  if (map.closed.length > 0) parts.push(`Closed crossings: ${list(map.closed.map((id) => names.placeNames.get(id) ?? id))}.`);
  const labelled = map.places.filter((id) => !map.closed.includes(id));
  if (labelled.length > 0) parts.push(`Marked: ${list(labelled.map((id) => names.placeNames.get(id) ?? id))}.`);
  if (map.trucks === 'queue') parts.push('Trucks queue at the crossings.');
  else if (map.trucks === 'flow' && map.routes.length > 0) parts.push('Trucks move along the routes.');
  return parts.join(' ');
}
