/**
 * The turnover chart's data, build time: rows of content/data/kz-ru-turnover.json resolved through their figures
 * and sources, in an edition's words. `check:content` has already named any unknown figure id with its line.
 */
import { getCollection } from 'astro:content';
import type { Figure } from '../schemas/figure';
import type { Source } from '../schemas/source';
import { inEdition } from '../i18n/ui';
import type { Locale } from '../i18n/locale';
import { loadFigures, loadSources } from './storyData';
import { unknownIdMessage } from './contentRules';

/** One reported value, resolved from content/data/kz-ru-turnover.json through its figure and source. */
export interface TurnoverReport {
  id: string;
  year: number;
  figure: Pick<Figure, 'id' | 'value' | 'unit' | 'qualifier' | 'quote'>;
  /** Who reported it, in the edition's words. */
  by: string;
  source: Pick<Source, 'id' | 'publication' | 'title' | 'url' | 'date' | 'weak'>;
}

export async function loadTurnoverReports(locale: Locale): Promise<TurnoverReport[]> {
  const [rows, figures, sources] = await Promise.all([getCollection('kzRuTurnover'), loadFigures(), loadSources(locale)]);
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  return rows.map(({ data: row }) => {
    const figure = figures.get(row.figure);
    if (!figure) throw new Error(`content/data/kz-ru-turnover.json: row "${row.id}": ${unknownIdMessage('figure id', row.figure, figures.keys())}`);
    return { id: row.id, year: row.year, figure, by: inEdition(row, locale).by, source: sourcesById.get(figure.source)! };
  });
}
