/**
 * "Download the data": each chart's CSV, made at build time from the same content as the chart, with the words its
 * table prints (served at lib/datasets.ts's `dataPath`).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locale';
import type { DatasetId } from '../lib/datasets';
import { placesCsv } from '../lib/placesTable';
import { loadFigures, loadSources } from '../lib/storyData';
import { loadTurnoverReports } from '../lib/turnoverData';
import { surgeCsv } from './exportSurge/table';
import { turnoverCsv } from './tradeTurnover/table';

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
