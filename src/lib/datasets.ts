/**
 * "Download the data": each chart's CSV at /data/<chart>.csv, and /<locale>/data/<chart>.csv per edition. The CSVs
 * themselves are made by charts/datasetCsv.ts.
 */
import { localePath, type Locale } from '../i18n/locale';

export const datasetIds = ['export-surge', 'reroute-map', 'kz-ru-turnover'] as const;
export type DatasetId = (typeof datasetIds)[number];

export const dataPath = (id: DatasetId, locale: Locale) => localePath(locale, `/data/${id}.csv`);
