/**
 * The scene data the build sends the browser, one type for both sides: the story fetches it
 * (`/story-data.json`, src/scenes/storyPayload.ts) and an embed page carries it inline. Names are in the page's
 * edition already: the browser looks nothing up in a dictionary of its own.
 */
import type { Scene } from '../schemas/scene';
import type { SceneVocabularyPayload } from './describeScene';

/** Routes and places in longitude/latitude, as the page's story data carries them. */
export interface MapFeatures {
  routes: { id: string; era: string; by: string; coordinates: [number, number][] }[];
  places: { id: string; name: string; kind: string; coordinates: [number, number] }[];
  /** Country names in the page's edition, keyed by the map's English name (absent: the English names). */
  countryNames?: Record<string, string>;
}

/** The map's names, routes and places as markup, put in by the story's script (map/mapLayers.ts). */
export interface MapLayersMarkup {
  /** The SVG's names, routes and places, after its sea and outlines. */
  svg: string;
  /** The HTML label layer's children. */
  labels: string;
}

/** What the browser needs to draw and describe scenes: every scene, the names descriptions use, the map's features. */
export interface GraphicPayload {
  scenes: Scene[];
  vocabulary: SceneVocabularyPayload;
  mapFeatures: MapFeatures;
}

/** The story's payload: the graphic's, and the map's names, routes and places as markup (only the script shows them). */
export interface StoryPayload extends GraphicPayload {
  mapLayers: MapLayersMarkup;
}
