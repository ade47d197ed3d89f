/**
 * What the story's map draws at build time, in one place for the page (StoryMapSvg.astro in Graphic.astro) and for
 * the layers that travel with the story's data (`/story-data.json`): the edition's model and its fullest scene, which
 * readers without JavaScript would see if the scene's picture did not stand in.
 */
import type { StoryData } from '../lib/storyData';
import type { Locale } from '../i18n/locale';
import { fullestMapScene } from '../lib/storyData';
import { region } from './region';
import { staticMapMarkup, type StaticMapInput } from './staticMapMarkup';
import type { MapLayersMarkup } from '../scenes/payload';
import { svgMapModel } from './svgMapModel';

export function storyMapInput(data: StoryData, locale: Locale): StaticMapInput & { sceneId: string } {
  const scene = fullestMapScene(data);
  return {
    model: svgMapModel(region, data.routes, data.places, locale),
    scene: scene.map!,
    sceneId: scene.id,
    scenes: [...data.scenesById.values()],
    notes: data.queueNotes,
  };
}

/** The map's names, routes and places as markup, for the story's data: the story's script puts them in (mapLayers.ts). */
export function storyMapLayers(data: StoryData, locale: Locale): MapLayersMarkup {
  const { svgLayers, labels } = staticMapMarkup(storyMapInput(data, locale));
  return { svg: svgLayers, labels };
}
