import { describe, expect, it } from 'vitest';
import { describeScene, type SceneVocabulary } from '../../../src/scenes/describeScene';
import { SceneSchema } from '../../../src/schemas/scene';

const names: SceneVocabulary = {
  surgeLabels: new Map([['washing-machines', 'Washing machines']]),
  routeNames: new Map([['china-direct', 'China → Zabaykalsk'], ['georgia-upper-lars', 'Armenia and Georgia → Upper Lars']]),
  placeNames: new Map([['zabaykalsk', 'Zabaykalsk'], ['kurmangazy', 'Kurmangazy'], ['syrym', 'Syrym–Mashtakovo']]),
  locale: 'en',
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
        'Crossings with tighter checks from 2023, as hauliers reported: Kurmangazy and Syrym–Mashtakovo. Marked: Zabaykalsk. Trucks queue at the crossings.',
    );
  });
});

describe('describeScene(scene, names) with Russian names', () => {
  const ru: SceneVocabulary = {
    surgeLabels: new Map([['washing-machines', 'Стиральные машины']]),
    routeNames: new Map([['china-direct', 'Китай: Харбин → Маньчжурия → Забайкальск']]),
    placeNames: new Map([['zabaykalsk', 'Забайкальск'], ['kurmangazy', 'Курмангазы'], ['syrym', 'Сырым–Маштаково']]),
    countryNames: new Map([['China', 'Китай'], ['Georgia', 'Грузия']]),
    locale: 'ru',
  };
  it('writes a chart scene in Russian', () => {
    const scene = SceneSchema.parse({ id: 's', label: 'S', visual: 'chart', chart: { grow: 'progress', highlight: 'washing-machines' } });
    expect(describeScene(scene, ru)).toBe(
      'График: что Казахстан поставлял в Россию в 2021 и 2022 годах, по панели на показатель, столбцы растут от 2021 к 2022 году по мере чтения. Выделено: Стиральные машины.',
    );
  });
  it('writes a map scene in Russian with the vocabulary\'s names, countries included', () => {
    const scene = SceneSchema.parse({
      id: 'm', label: 'M', visual: 'map',
      map: { countries: ['China', 'Georgia'], routes: ['china-direct'], closed: ['kurmangazy', 'syrym'], places: ['zabaykalsk'], trucks: 'queue' },
    });
    expect(describeScene(scene, ru)).toBe(
      'Карта региона вокруг Казахстана. Закрашены: Китай и Грузия. Схематичные маршруты: Китай: Харбин → Маньчжурия → Забайкальск. ' +
        'Пункты пропуска, где, по словам перевозчиков, с 2023 года ужесточили проверки: Курмангазы и Сырым–Маштаково. Отмечены: Забайкальск. Грузовики стоят в очереди на переходах.',
    );
  });
  it("writes in the vocabulary's edition, whatever language its names are in", () => {
    const scene = SceneSchema.parse({ id: 'f', label: 'F', visual: 'map', map: { routes: ['china-direct'], trucks: 'flow' } });
    expect(describeScene(scene, { ...ru, locale: 'en' })).toContain('Schematic routes: Китай');
    expect(describeScene(scene, { ...names, locale: 'ru' })).toBe('Карта региона вокруг Казахстана. Схематичные маршруты: China → Zabaykalsk. Грузовики движутся по маршрутам.');
  });
});
