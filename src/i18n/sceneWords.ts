/**
 * The words the browser writes itself, in every edition: the graphic's text alternative (`describeScene`) and the
 * chart's "none" label. Kept apart from graphics.ts so a page's scripts carry these few lines, not every edition's
 * legend, notes and embed pages.
 */
import type { Locale } from './locale';

const en = {
  chart: (when: string) => `Chart: what Kazakhstan sent Russia in 2021 and 2022, one panel per measure, bars ${when}.`,
  when: { '2021': 'at their 2021 values', progress: 'growing from 2021 to 2022 as you read', '2022': 'at their 2022 values' },
  highlighted: (label: string) => ` Highlighted: ${label}.`,
  map: 'Map of the region around Kazakhstan.',
  shaded: (list: string) => `Shaded: ${list}.`,
  routes: (list: string) => `Schematic routes: ${list}.`,
  closed: (list: string) => `Crossings with tighter checks from 2023, as hauliers reported: ${list}.`,
  marked: (list: string) => `Marked: ${list}.`,
  queue: 'Trucks queue at the crossings.',
  flow: 'Trucks move along the routes.',
  picture: (when: string, values: string) => `Chart: what Kazakhstan sent Russia, one panel per measure, ${when}. ${values}.`,
  pictureBoth: '2021 and 2022 values side by side',
  pictureStart: 'the 2021 values only',
  pictureValues: (label: string, start: string, end: string, change: string) => `${label}: ${start} in 2021, ${end} in 2022 (${change})`,
  noteAt: (place: string, note: string) => ` Note at ${place}: ${note}`,
  /** The live description while the reader explores the map: what is in view. */
  exploring: (countries: string, places: string) => `Exploring the map. In view: ${countries || 'no named country'}${places ? `; places: ${places}` : ''}.`,
};

export type DescribeWords = typeof en;

const ru: DescribeWords = {
  chart: (when: string) => `График: что Казахстан поставлял в Россию в 2021 и 2022 годах, по панели на показатель, столбцы ${when}.`,
  when: { '2021': 'на уровне 2021 года', progress: 'растут от 2021 к 2022 году по мере чтения', '2022': 'на уровне 2022 года' },
  highlighted: (label: string) => ` Выделено: ${label}.`,
  map: 'Карта региона вокруг Казахстана.',
  shaded: (list: string) => `Закрашены: ${list}.`,
  routes: (list: string) => `Схематичные маршруты: ${list}.`,
  closed: (list: string) => `Пункты пропуска, где, по словам перевозчиков, с 2023 года ужесточили проверки: ${list}.`,
  marked: (list: string) => `Отмечены: ${list}.`,
  queue: 'Грузовики стоят в очереди на переходах.',
  flow: 'Грузовики движутся по маршрутам.',
  picture: (when: string, values: string) => `График: что Казахстан поставлял в Россию, по панели на показатель, ${when}. ${values}.`,
  pictureBoth: 'значения 2021 и 2022 годов рядом',
  pictureStart: 'только значения 2021 года',
  pictureValues: (label: string, start: string, end: string, change: string) => `${label}: ${start} в 2021 году, ${end} в 2022 году (${change})`,
  noteAt: (place: string, note: string) => ` Подпись у пункта ${place}: ${note}`,
  exploring: (countries: string, places: string) => `Вы исследуете карту. Видны: ${countries || 'ни одной названной страны'}${places ? `; места: ${places}` : ''}.`,
};

/** The sentences of the graphic's text alternative and of the pictures' alt text, by edition. */
export const describeWords: Record<Locale, DescribeWords> = { en, ru };

/** What a map step's place says when a reader walks the map's places with the keyboard (scenes/walkWords.ts). */
export const placeWalkWords = {
  en: {
    kinds: { crossing: 'border crossing', port: 'port', city: 'city', town: 'town', waypoint: 'waypoint' },
    closed: 'tighter checks from 2023, hauliers said',
    routes: (count: number, list: string) => `${count > 1 ? 'Routes' : 'Route'}: ${list}.`,
  },
  ru: {
    kinds: { crossing: 'пункт пропуска', port: 'порт', city: 'город', town: 'город', waypoint: 'точка маршрута' },
    closed: 'с 2023 года, по словам перевозчиков, проверки ужесточены',
    routes: (count: number, list: string) => `${count > 1 ? 'Маршруты' : 'Маршрут'}: ${list}.`,
  },
} satisfies Record<Locale, unknown>;

/** A bar with no value (zero), by edition. */
export const noneWord: Record<Locale, string> = { en: 'none', ru: 'нет' };

const andWord: Record<Locale, string> = { en: 'and', ru: 'и' };

/** "A, B and C" / "A, B и C". */
export function listWords(items: readonly string[], locale: Locale = 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${andWord[locale]} ${items[items.length - 1]}`;
}
