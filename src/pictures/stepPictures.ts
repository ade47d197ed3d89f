/**
 * Which picture each step of the story has. A picture is a scene's state at the end of a step, exactly as the scroll
 * engine computes it (`sceneForStep` at progress 1), so a step's picture is what the reader sees when they finish
 * reading it. Pure: no files, no DOM.
 *
 * Why the end of the step: a `progress` chart scene grows its bars as the reader reads, and bars only ever print
 * reported values (`surgePanelLayout`), so any in-between growth is a picture of unlabelled bars. At progress 1 every
 * bar carries its number; the growth from 2021 to 2022 reads from one picture to the next (2021 values, then 2022).
 */
import type { MapScene, Scene } from '../schemas/scene';
import { sceneForStep, type SceneState, type StoryStep } from '../scenes/sceneState';
import type { SurgePictureState } from './surgeImage';
import { localePath, type Locale } from '../i18n/locale';

/** What a picture draws: the chart's bars, or a map scene (routes, places, closed crossings, queue note). */
export type PictureState = { visual: 'chart'; chart: SurgePictureState } | { visual: 'map'; map: MapScene };

/** A step's picture: the step, its scene, and the state drawn. */
export interface StepPicture {
  step: string;
  scene: string;
  state: PictureState;
}

/** The picture of a scene state: what the visual in front shows. */
export function pictureFromSceneState(state: SceneState): PictureState {
  if (state.visual === 'chart') return { visual: 'chart', chart: { growth: state.chart.growth, highlight: state.chart.highlight } };
  // The engine's extras (where trucks are, whose framing) have no place in a still picture: the scene frames itself.
  const { truckProgress: _trucks, framing: _framing, ...map } = state.map;
  return { visual: 'map', map };
}

/** Every step's picture, in reading order: the scene state at the end of the step. */
export function stepPictures(steps: readonly StoryStep[], scenes: ReadonlyMap<string, Scene>): StepPicture[] {
  return steps.map((step, index) => {
    const state = sceneForStep(steps, scenes, { step: index, progress: 1 });
    return { step: step.id, scene: state.scene, state: pictureFromSceneState(state) };
  });
}

/**
 * Which steps show their picture when the story is read top to bottom (no JavaScript, print, the linear edition):
 * a step whose picture is the same as the previous step's does not repeat it. `pictureKey` says what "the same" is
 * (the scene id, or the drawing itself).
 */
export function picturesShown<T extends { scene: string }>(pictures: readonly T[], pictureKey: (picture: T) => string = (picture) => picture.scene): boolean[] {
  return pictures.map((picture, index) => index === 0 || pictureKey(pictures[index - 1]!) !== pictureKey(picture));
}

/** Where a scene's picture is served: one file per scene, so steps that share a scene share it. */
export const picturePath = (scene: string, format: 'svg' | 'png', locale: Locale) => localePath(locale, `/pictures/${scene}.${format}`);
