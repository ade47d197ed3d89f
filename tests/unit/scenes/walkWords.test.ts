import { describe, expect, it } from 'vitest';
import { describeView, namesInView, placeWords, walkedPlaces } from '../../../src/scenes/walkWords';
import { MapSceneSchema } from '../../../src/schemas/scene';

const queueScene = MapSceneSchema.parse({
  countries: ['China'], routes: ['china-direct'], places: ['harbin', 'manzhouli', 'zabaykalsk'], trucks: 'queue',
  queue: { at: 'zabaykalsk', trucks: 'q-trucks', lengths: ['q-km'] },
});
const closedScene = MapSceneSchema.parse({ countries: ['Kazakhstan'], closed: ['kurmangazy', 'kairak-troitsk'], places: ['astana'] });

describe('walkedPlaces(scene)', () => {
  it('visits the scene places, then its closed crossings, then the queue\'s crossing, each once', () => {
    expect(walkedPlaces(closedScene)).toEqual(['astana', 'kurmangazy', 'kairak-troitsk']);
    expect(walkedPlaces({ ...queueScene, places: ['harbin'] })).toEqual(['harbin', 'zabaykalsk']);
  });
});

describe('placeWords(scene, place, locale, queueLines)', () => {
  it('says a closed crossing\'s name, kind and the tighter checks hauliers reported, in each edition', () => {
    const place = { id: 'kurmangazy', name: 'Kurmangazy', kind: 'crossing' as const, routes: [] };
    expect(placeWords(closedScene, place, 'en')).toBe('Kurmangazy, border crossing: tighter checks from 2023, hauliers said.');
    expect(placeWords(closedScene, { ...place, name: 'Курмангазы' }, 'ru')).toBe('Курмангазы, пункт пропуска: с 2023 года, по словам перевозчиков, проверки ужесточены.');
  });
  it('reads the queue\'s note as the map prints it, and the routes through the place', () => {
    const place = { id: 'zabaykalsk', name: 'Zabaykalsk', kind: 'crossing' as const, routes: ['China: Harbin → Manzhouli → Zabaykalsk'] };
    const note = ['About 700 trucks queued,', '10 km or 11 km long', '(reports differ; not to scale)'];
    expect(placeWords(queueScene, place, 'en', note)).toBe(
      'Zabaykalsk, border crossing. About 700 trucks queued, 10 km or 11 km long (reports differ; not to scale). Route: China: Harbin → Manzhouli → Zabaykalsk.',
    );
  });
  it('names a port and its routes, "Routes" when more than one, without a queue where the queue is elsewhere', () => {
    const place = { id: 'harbin', name: 'Bandar Anzali', kind: 'port' as const, routes: ['A', 'B'] };
    expect(placeWords(queueScene, place, 'en', ['ignored'])).toBe('Bandar Anzali, port. Routes: A and B.');
    expect(placeWords(queueScene, { ...place, name: 'Бендер-Энзели' }, 'ru')).toBe('Бендер-Энзели, порт. Маршруты: A и B.');
  });
});

describe('namesInView(box, places, countries)', () => {
  const places = [{ name: 'Tbilisi', x: 10, y: 10 }, { name: 'Baku', x: 30, y: 10 }, { name: 'Tbilisi', x: 11, y: 10 }];
  const countries = [{ name: 'Georgia', spots: [{ x: 12, y: 12 }] }, { name: 'Russia', spots: [{ x: 100, y: -50 }, { x: 15, y: 2 }] }, { name: 'Iran', spots: [{ x: 0, y: 90 }] }];
  it('keeps places whose point and countries one of whose name spots is in the box, each name once', () => {
    expect(namesInView([0, 0, 20, 20], places, countries)).toEqual({ places: ['Tbilisi'], countries: ['Georgia', 'Russia'] });
    expect(namesInView([200, 200, 300, 300], places, countries)).toEqual({ places: [], countries: [] });
  });
  it('describeView says so in the edition\'s words', () => {
    expect(describeView({ places: ['Tbilisi'], countries: ['Georgia', 'Russia'] }, 'en')).toBe('Exploring the map. In view: Georgia and Russia; places: Tbilisi.');
    expect(describeView({ places: [], countries: [] }, 'ru')).toBe('Вы исследуете карту. Видны: ни одной названной страны.');
  });
});
