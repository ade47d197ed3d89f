/**
 * The map's data for "Download the data": every place a scene shows, one row each, with where its coordinates come
 * from and whether they are approximate. Routes are schematic lines through these points (the map says so).
 */
import { toCsv } from './dataCsv';
import { inEdition } from '../i18n/ui';
import { countryName, graphicsText } from '../i18n/graphics';
import type { Locale } from '../i18n/locale';
import type { Place } from '../schemas/place';


export function placesCsv(places: readonly Place[], shown: ReadonlySet<string>, locale: Locale): string {
  const words = graphicsText[locale].places;
  const rows = places
    .filter((place) => shown.has(place.id))
    .map((row) => {
      const place = inEdition(row, locale);
      return [place.name, place.kind, countryName(place.country, locale), place.lat, place.lon, place.approximate ? words.yes : words.no, place.source];
    });
  return toCsv(words.csvHeader, rows);
}
