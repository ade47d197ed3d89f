/**
 * The turnover chart's data table: one row per reported value, with its source and date. The page's table and the
 * CSV download are both this list, so they cannot disagree.
 */
import { toCsv } from '../../lib/dataCsv';
import { formatRecordedDate } from '../../lib/format';
import { graphicsText } from '../../i18n/graphics';
import type { Locale } from '../../i18n/locale';
import { turnoverLabel, type TurnoverReport } from './layout';

export interface TurnoverRow {
  year: number;
  value: number;
  unit: string;
  /** As the chart prints it: "about $28.5bn". */
  printed: string;
  by: string;
  publication: string;
  title: string;
  url: string | undefined;
  /** The source's date as recorded (YYYY, YYYY-MM or YYYY-MM-DD) and as the page writes it. */
  date: string | undefined;
  dateText: string | undefined;
  quote: string;
  weak: boolean;
}

export function turnoverRows(reports: readonly TurnoverReport[], locale: Locale): TurnoverRow[] {
  return [...reports]
    .sort((a, b) => a.year - b.year || a.figure.value - b.figure.value)
    .map((report) => ({
      year: report.year,
      value: report.figure.value,
      unit: report.figure.unit,
      printed: turnoverLabel(report.figure, locale),
      by: report.by,
      publication: report.source.publication,
      title: report.source.title,
      url: report.source.url,
      date: report.source.date,
      dateText: report.source.date ? formatRecordedDate(report.source.date, locale) : undefined,
      quote: report.figure.quote,
      weak: report.source.weak === true,
    }));
}

/** The same rows as CSV, with the edition's column names. */
export function turnoverCsv(reports: readonly TurnoverReport[], locale: Locale): string {
  const rows = turnoverRows(reports, locale).map((row) => [row.year, row.value, row.unit, row.printed, row.by, row.publication, row.title, row.url, row.date, row.quote]);
  return toCsv(graphicsText[locale].turnover.csvHeader, rows);
}
