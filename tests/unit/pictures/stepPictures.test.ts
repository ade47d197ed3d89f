import { describe, expect, it } from 'vitest';
import { sceneForStep, type StoryStep } from '../../../src/scenes/sceneState';
import { picturePath, picturesShown, stepPictures } from '../../../src/pictures/stepPictures';
import { scenes } from './fixtures';

const steps: StoryStep[] = [
  { id: 'hub', scene: 'surge-2021' },
  { id: 'supply-grows', scene: 'surge-grows' },
  { id: 'washing-machines', scene: 'surge-washing-machines' },
  { id: 'treasury-visit', scene: 'treasury-warning' },
  { id: 'secondary-sanctions', scene: 'treasury-warning' },
  { id: 'via-china', scene: 'detour-china' },
  { id: 'five-neighbours', scene: 'treasury-warning' },
];

describe('stepPictures(steps, scenes)', () => {
  const pictures = stepPictures(steps, scenes);

  it('gives every step, in order, the scene it names', () => {
    expect(pictures.map((picture) => [picture.step, picture.scene])).toEqual(steps.map((step) => [step.id, step.scene]));
  });

  it("draws a chart step at the scroll engine's state at the end of the step (sceneForStep at progress 1)", () => {
    pictures.slice(0, 3).forEach((picture, index) => {
      const state = sceneForStep(steps, scenes, { step: index, progress: 1 });
      expect(picture.state).toEqual({ visual: 'chart', chart: state.chart });
    });
  });

  it('shows the 2021 scene at its 2021 values, a growing scene at its 2022 values, and keeps the highlight', () => {
    expect(pictures[0]!.state).toEqual({ visual: 'chart', chart: { growth: 0, highlight: null } });
    expect(pictures[1]!.state).toEqual({ visual: 'chart', chart: { growth: 1, highlight: 'all-goods' } });
    expect(pictures[2]!.state).toEqual({ visual: 'chart', chart: { growth: 1, highlight: 'washing-machines' } });
  });

  it('draws a map step as its scene: routes, places, closed crossings and queue, without the engine\'s truck position', () => {
    const china = pictures[5]!;
    expect(china.state).toEqual({ visual: 'map', map: scenes.get('detour-china')!.map });
    expect(china.state.visual === 'map' && china.state.map.queue?.at).toBe('zabaykalsk');
  });
});

describe('picturesShown(pictures, key)', () => {
  it('shows a picture once for consecutive steps that share it, and again when it comes back later', () => {
    expect(picturesShown(stepPictures(steps, scenes))).toEqual([true, true, true, true, false, true, true]);
  });
  it('compares what the key says is the picture', () => {
    const pictures = [{ scene: 'a' }, { scene: 'b' }, { scene: 'c' }];
    expect(picturesShown(pictures, () => 'same drawing')).toEqual([true, false, false]);
  });
});

describe('picturePath(scene, format)', () => {
  it('is one stable file per scene', () => {
    expect(picturePath('detour-georgia', 'svg', 'en')).toBe('/pictures/detour-georgia.svg');
    expect(picturePath('detour-georgia', 'png', 'en')).toBe('/pictures/detour-georgia.png');
  });
});
