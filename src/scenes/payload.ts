/**
 * The scene data the build sends the browser, one type for both sides: the story fetches it
 * (`/story-data.json`, src/scenes/storyPayload.ts) and an embed page carries it inline. Names are in the page's
 * edition already: the browser looks nothing up in a dictionary of its own.
 */
import type { Scene } from '../schemas/scene';
import type { MapFeatures } from '../map/maplibreStyle';
import type { MapLayersMarkup } from '../map/mapLayers';
import type { SceneVocabularyPayload } from './describeScene';

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
