/**
 * "Download the data": each chart's CSV at /data/<chart>.csv, and /<locale>/data/<chart>.csv per edition, made at
 * build time from the same content as the chart.
 */
import { getCollection } from 'astro:content';
import { localePath, type Locale } from '../i18n/locale';
import { loadFigures, loadSources } from './storyData';
import { loadTurnoverReports } from './turnoverData';
import { turnoverCsv } from '../charts/tradeTurnover/table';
import { surgeCsv } from '../charts/exportSurge/table';
import { placesCsv } from '../map/placesTable';

export const datasetIds = ['export-surge', 'reroute-map', 'kz-ru-turnover'] as const;
export type DatasetId = (typeof datasetIds)[number];

export const dataPath = (id: DatasetId, locale: Locale) => localePath(locale, `/data/${id}.csv`);

export async function datasetCsv(id: DatasetId, locale: Locale): Promise<string> {
  if (id === 'kz-ru-turnover') return turnoverCsv(await loadTurnoverReports(locale), locale);
  if (id === 'export-surge') {
    const [rows, figures, sources] = await Promise.all([getCollection('exportSurges'), loadFigures(), loadSources(locale)]);
    return surgeCsv(rows.map((entry) => entry.data), figures, new Map(sources.map((source) => [source.id, source])), locale);
  }
  const [places, scenes] = await Promise.all([getCollection('places'), getCollection('scenes')]);
  const shown = new Set(scenes.flatMap(({ data }) => (data.map ? [...data.map.places, ...data.map.closed] : [])));
  return placesCsv(places.map((entry) => entry.data), shown, locale);
}
