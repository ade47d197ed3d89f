/**
 * The 2022 surge's data as rows for "Download the data": every value the chart's table prints (each panel's 2021
 * and 2022 values, and its change where a source reports it), one row each, with its source, date and words.
 */
import { toCsv } from '../../lib/dataCsv';
import { formatFigure } from '../../lib/format';
import { inEdition } from '../../i18n/ui';
import { graphicsText } from '../../i18n/graphics';
import type { Locale } from '../../i18n/locale';
import type { ExportSurge } from '../../schemas/exportSurge';
import type { Figure } from '../../schemas/figure';
import type { Source } from '../../schemas/source';
import { surgeLabel } from './layout';


/** The CSV of every reported value under the surge chart, in `locale`'s words. */
export function surgeCsv(rows: readonly ExportSurge[], figures: ReadonlyMap<string, Figure>, sources: ReadonlyMap<string, Source>, locale: Locale): string {
  const lines = rows.flatMap((row) => {
    const panel = inEdition(row, locale);
    const line = (period: string, id: string, printed: (figure: Figure) => string) => {
      const figure = figures.get(id)!;
      const source = sources.get(figure.source)!;
      return [panel.label, panel.measure, period, figure.value, figure.unit, printed(figure), source.publication, source.title, source.url, source.date, figure.quote];
    };
    const from = figures.get(row.from)!;
    // The bar labels' own words, so the CSV's printed values are the chart's.
    const bar = (figure: Figure) => surgeLabel({ unit: from.unit } as Parameters<typeof surgeLabel>[0], figure.value, figure.qualifier, locale);
    return [
      line('2021', row.from, bar),
      line('2022', row.to, bar),
      ...(row.change ? [line(graphicsText[locale].chart.changePeriod, row.change, (figure) => formatFigure(figure, locale))] : []),
    ];
  });
  return toCsv(graphicsText[locale].chart.csvHeader, lines);
}
