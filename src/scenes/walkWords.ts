/**
 * What a reader who walks the graphic with the keyboard or a screen reader hears: each place of a map step (its name,
 * what kind of place it is and what the step's scene says of it: tighter checks, a queue and its reported size, the
 * routes through it), and which named places and countries are in view while they explore. Made from the scene data
 * and the figures' printed words in the edition's language, as describeScene.ts makes the live description. Pure.
 */
import type { MapScene } from '../schemas/scene';
import type { Locale } from '../i18n/locale';
import { describeWords, listWords, placeWalkWords } from '../i18n/sceneWords';

/** The places a map scene names, in the order a walk visits them: scene places, closed crossings, the queue's crossing. */
export function walkedPlaces(scene: Pick<MapScene, 'places' | 'closed' | 'queue'>): string[] {
  return [...new Set([...scene.places, ...scene.closed, ...(scene.queue ? [scene.queue.at] : [])])];
}

/** What the map knows of a place, in the page's edition. */
export interface PlaceFacts {
  id: string;
  name: string;
  kind: keyof (typeof placeWalkWords)['en']['kinds'];
  /** Names of the scene's routes that pass through it. */
  routes: readonly string[];
}

/**
 * A place's words in `scene`: "Zabaykalsk, border crossing. About 700 trucks queued, 10 km or 11 km long (reports
 * differ; not to scale). Route: China: Harbin → Manzhouli → Zabaykalsk." `queueLines`: the scene's queue note as the
 * map prints it (scenes/queueNote.ts), when the queue is at this place.
 */
export function placeWords(scene: Pick<MapScene, 'closed' | 'queue'>, place: PlaceFacts, locale: Locale, queueLines: readonly string[] = []): string {
  const words = placeWalkWords[locale];
  const parts = [`${place.name}, ${words.kinds[place.kind]}${scene.closed.includes(place.id) ? `: ${words.closed}` : ''}.`];
  if (scene.queue?.at === place.id && queueLines.length > 0) parts.push(`${queueLines.join(' ')}.`.replace(/([.!?])\.$/, '$1'));
  if (place.routes.length > 0) parts.push(words.routes(place.routes.length, listWords(place.routes, locale)));
  return parts.join(' ');
}

/** A point in world units with its name. */
export interface NamedPoint {
  name: string;
  x: number;
  y: number;
}

/** A box in world units: [left, top, right, bottom]. */
export type WorldBox = readonly [number, number, number, number];

const inside = (box: WorldBox, { x, y }: { x: number; y: number }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

/**
 * Which places and countries are in `box`: a place when its point is, a country when one of its name spots is. Each
 * name once, in the order given.
 */
export function namesInView(box: WorldBox, places: readonly NamedPoint[], countries: readonly { name: string; spots: readonly { x: number; y: number }[] }[]) {
  return {
    places: [...new Set(places.filter((place) => inside(box, place)).map((place) => place.name))],
    countries: [...new Set(countries.filter((country) => country.spots.some((spot) => inside(box, spot))).map((country) => country.name))],
  };
}

/** The live description while exploring: "Exploring the map. In view: Georgia and Armenia; places: Upper Lars." */
export function describeView(view: { places: readonly string[]; countries: readonly string[] }, locale: Locale): string {
  return describeWords[locale].exploring(listWords(view.countries, locale), listWords(view.places, locale));
}
