import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { countryIso, countryName, countryNames, graphicsText, listWords } from '../../../src/i18n/graphics';
import { RegionCountry, PlaceSchema, RouteSchema } from '../../../src/schemas/place';
import { ExportSurgeSchema } from '../../../src/schemas/exportSurge';
import { SceneSchema } from '../../../src/schemas/scene';
import { queueNoteLines, truckNoun } from '../../../src/scenes/queueNote';
import { describeChange, surgePanels } from '../../../src/lib/surgePanels';
import { surgeLabel } from '../../../src/charts/exportSurge/layout';
import type { Figure } from '../../../src/schemas/figure';

const read = (file: string) => JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as Record<string, unknown>[];
const cyrillic = /^[А-Яа-яЁё0-9 ,:–—\-→«»()]+$/;

describe('Russian names in the data', () => {
  it('every place has ru.name, and ru.short where the English has a short name, in Cyrillic', () => {
    for (const place of read('places.json').map((row) => PlaceSchema.parse(row))) {
      expect(place.ru?.name, place.id).toMatch(cyrillic);
      if (place.short) expect(place.ru?.short, place.id).toMatch(cyrillic);
      else expect(place.ru?.short, place.id).toBeUndefined();
    }
  });
  it('uses the standard Russian spellings of the story\'s crossings and ports', () => {
    const names = new Map(read('places.json').map((row) => PlaceSchema.parse(row)).map((place) => [place.id, place.ru!.name]));
    expect(names.get('khorgos')).toBe('Хоргос');
    expect(names.get('zabaykalsk')).toBe('Забайкальск');
    expect(names.get('verkhny-lars')).toBe('Верхний Ларс');
    expect(names.get('bandar-abbas')).toBe('Бендер-Аббас');
    expect(names.get('poti')).toBe('Поти');
  });
  it('every route, chart panel and scene has its ru object with the keys of the English it translates', () => {
    for (const route of read('routes.json').map((row) => RouteSchema.parse(row))) expect(Object.keys(route.ru!), route.id).toEqual(['name']);
    for (const row of read('export-surges.json').map((raw) => ExportSurgeSchema.parse(raw))) expect(Object.keys(row.ru!).sort(), row.id).toEqual(['label', 'measure']);
    for (const scene of read('scenes.json').map((raw) => SceneSchema.parse(raw))) expect(scene.ru?.label, scene.id).toMatch(/[А-Яа-я]/);
  });
});

describe('countryName(country, locale)', () => {
  it('has an ISO code for every country the map may name, and Intl names each in Russian', () => {
    expect(Object.keys(countryIso).sort()).toEqual([...RegionCountry.options].sort());
    expect(countryName('Kazakhstan', 'ru')).toBe('Казахстан');
    expect(countryName('Russia', 'ru')).toBe('Россия');
    expect(countryName('China', 'ru')).toBe('Китай');
    expect(countryName('Georgia', 'ru')).toBe('Грузия');
    expect(Object.values(countryNames('ru')).every((name) => /^[А-Яа-яЁё -]+$/.test(name))).toBe(true);
  });
  it('keeps the map\'s own names in English', () => {
    expect(countryName('Kyrgyzstan', 'en')).toBe('Kyrgyzstan');
  });
  it('lists with the edition\'s "and"', () => {
    expect(listWords(['Китай', 'Иран', 'Грузия'], 'ru')).toBe('Китай, Иран и Грузия');
    expect(listWords(['China', 'Iran'], 'en')).toBe('China and Iran');
  });
});

describe('the map\'s queue note and the chart in Russian, from the same figures', () => {
  const about700: Figure = { id: 't', label: 't', value: 700, unit: 'count', qualifier: 'about', quote: 'about 700 trucks', source: 's' };
  const km11: Figure = { id: 'k', label: 'k', value: 11, unit: 'km', quote: '11 km', source: 's' };
  it('queueNoteLines(trucks, lengths, "ru") declines "грузовик" after the number and the qualifier', () => {
    expect(queueNoteLines(about700, [km11], 'ru')).toEqual(['Около\u00a0700\u00a0грузовиков в очереди,', 'длина 11\u00a0км (не в масштабе)']);
    expect(queueNoteLines(about700, [km11], 'en')).toEqual(['About 700 trucks queued,', '11 km long (not to scale)']);
    expect(truckNoun({ value: 1, unit: 'count' }, 'ru')).toBe('грузовик');
  });
  it('prints every reported length where reports differ, and says they differ', () => {
    const km10: Figure = { ...km11, id: 'k10', value: 10, quote: '10 km' };
    expect(queueNoteLines(about700, [km10, km11], 'en')).toEqual(['About 700 trucks queued,', '10 km or 11 km long', '(reports differ; not to scale)']);
    expect(queueNoteLines(about700, [km10, km11], 'ru')).toEqual(['Около\u00a0700\u00a0грузовиков в очереди,', 'длина 10\u00a0км или 11\u00a0км', '(данные расходятся; не в масштабе)']);
  });
  it('declines "грузовик" after any number', () => {
    expect(truckNoun({ value: 3, unit: 'count' }, 'ru')).toBe('грузовика');
    expect(truckNoun({ value: 25, unit: 'count' }, 'ru')).toBe('грузовиков');
    expect(truckNoun({ value: 21, unit: 'count', qualifier: 'about' }, 'ru')).toBe('грузовика');
    expect(truckNoun({ value: 3, unit: 'count', qualifier: 'more than' }, 'ru')).toBe('грузовиков');
  });
  it('describeChange and surgeLabel write Russian figures', () => {
    expect(describeChange(30.7e6, 575.1e6, 'ru')).toBe('×18,7');
    expect(describeChange(100, 125, 'ru')).toBe('+25\u00a0%');
    expect(describeChange(0, 5, 'ru')).toBe('с нуля');
    const panel = { id: 'p', label: 'p', measure: 'm', unit: 'usd' as const, value2021: 12000, value2022: 3.7e6, change: '' };
    expect(surgeLabel(panel, 12000, 'about', 'ru')).toBe('около\u00a0$12\u202f000');
    expect(surgeLabel(panel, 3.7e6, undefined, 'ru')).toBe('$3,7\u00a0млн');
    expect(surgeLabel(panel, 12000, 'about', 'en')).toBe('about $12,000');
    expect(surgeLabel(panel, 0, undefined, 'ru')).toBe(graphicsText.ru.chart.none);
  });
  it('surgePanels(rows, figures, "ru") takes titles and measures from the rows\' ru objects', () => {
    const figures = new Map((read('figures.json') as unknown as Figure[]).map((figure) => [figure.id, figure]));
    const rows = read('export-surges.json').map((raw) => ExportSurgeSchema.parse(raw));
    const panels = surgePanels(rows, figures, 'ru');
    expect(panels.find((panel) => panel.id === 'washing-machines')!.label).toBe('Стиральные машины');
    expect(panels.find((panel) => panel.id === 'semiconductors')!.change).toBe('более\u00a0чем\u00a0в\u00a0300\u00a0раз');
  });
});

describe('the graphics\' embed links', () => {
  it('shows on phones a short label that starts the whole one, so the visible word is in the accessible name', () => {
    for (const locale of ['en', 'ru'] as const) {
      for (const [chart, words] of Object.entries(graphicsText[locale].embed.charts)) {
        expect(words.linkShort.length, `${locale} ${chart}`).toBeGreaterThan(0);
        expect(words.linkShort.length, `${locale} ${chart}`).toBeLessThan(words.linkLabel.length);
        expect(words.linkLabel.startsWith(words.linkShort), `${locale} ${chart}: "${words.linkLabel}" starts with "${words.linkShort}"`).toBe(true);
      }
    }
  });
});
