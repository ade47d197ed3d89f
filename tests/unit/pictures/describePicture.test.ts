import { describe, expect, it } from 'vitest';
import { describePicture } from '../../../src/pictures/describePicture';
import { stepPictures } from '../../../src/pictures/stepPictures';
import type { SurgePanel } from '../../../src/charts/exportSurge/layout';
import { queueNote, scenes } from './fixtures';

const panels: SurgePanel[] = [
  { id: 'all-goods', label: 'All goods', measure: 'USD', unit: 'usd', value2021: 7.02e9, value2022: 8.78e9, change: '+25%' },
];
const names = {
  surgeLabels: new Map([['all-goods', 'All goods'], ['washing-machines', 'Washing machines']]),
  routeNames: new Map([['china-direct', 'China direct']]),
  placeNames: new Map([['zabaykalsk', 'Zabaykalsk'], ['harbin', 'Harbin'], ['manzhouli', 'Manzhouli']]),
  locale: 'en' as const,
};
const altFor = (scene: string) => describePicture(stepPictures([{ id: 's', scene }], scenes)[0]!.state, scenes.get(scene)!, { names, panels, queueNote }, 'en');

describe('describePicture(state, scene, data)', () => {
  it('gives a chart picture the values it prints: 2021 alone, or both years with the change', () => {
    expect(altFor('surge-2021')).toContain('the 2021 values only. All goods: $7.02bn.');
    expect(altFor('surge-2021')).not.toContain('8.78');
    expect(altFor('surge-grows')).toContain('All goods: $7.02bn in 2021, $8.78bn in 2022 (+25%)');
    expect(altFor('surge-grows')).toContain('Highlighted: All goods.');
  });

  it('describes a map picture like the live description, without trucks, with the queue note', () => {
    const text = altFor('detour-china');
    expect(text).toMatch(/^Map of the region around Kazakhstan\. Shaded: China\. Schematic routes: China direct\./);
    expect(text).not.toContain('Trucks');
    expect(text).toContain('Note at Zabaykalsk: About 700 trucks queued, 11 km long (not to scale)');
  });
});
