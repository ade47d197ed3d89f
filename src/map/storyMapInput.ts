/**
 * What the story's map draws at build time, in one place for the page (StoryMapSvg.astro in Graphic.astro) and for
 * the layers that travel with the story's data (storyPayload.ts): the edition's model and its fullest scene, which
 * readers without JavaScript would see if the scene's picture did not stand in.
 */
import type { StoryData } from '../lib/storyData';
import type { Locale } from '../i18n/locale';
import { fullestMapScene } from '../lib/storyData';
import { region } from './region';
import type { StaticMapInput } from './staticMapMarkup';
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
