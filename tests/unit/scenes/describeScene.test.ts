import { describe, expect, it } from 'vitest';
import { describeScene, type SceneVocabulary } from '../../../src/scenes/describeScene';
import { SceneSchema } from '../../../src/schemas/scene';

const names: SceneVocabulary = {
  surgeLabels: new Map([['washing-machines', 'Washing machines']]),
  routeNames: new Map([['china-direct', 'China → Zabaykalsk'], ['georgia-upper-lars', 'Armenia and Georgia → Upper Lars']]),
  placeNames: new Map([['zabaykalsk', 'Zabaykalsk'], ['kurmangazy', 'Kurmangazy'], ['syrym', 'Syrym–Mashtakovo']]),
};

describe('describeScene(scene, names)', () => {
  it('describes a chart scene from its grow and highlight', () => {
    const scene = SceneSchema.parse({ id: 's', label: 'S', visual: 'chart', chart: { grow: '2022', highlight: 'washing-machines' } });
    expect(describeScene(scene, names)).toBe(
      'Chart: what Kazakhstan sent Russia in 2021 and 2022, one panel per measure, bars at their 2022 values. Highlighted: Washing machines.',
    );
  });
  it('names routes, closed crossings and queues on a map scene', () => {
    const scene = SceneSchema.parse({
      id: 'm', label: 'M', visual: 'map',
      map: { countries: ['China', 'Georgia'], routes: ['china-direct', 'georgia-upper-lars'], closed: ['kurmangazy', 'syrym'], places: ['zabaykalsk'], trucks: 'queue' },
    });
    expect(describeScene(scene, names)).toBe(
      'Map of the region around Kazakhstan. Shaded: China and Georgia. Schematic routes: China → Zabaykalsk and Armenia and Georgia → Upper Lars. ' +
        'Closed crossings: Kurmangazy and Syrym–Mashtakovo. Marked: Zabaykalsk. Trucks queue at the crossings.',
    );
  });
});
