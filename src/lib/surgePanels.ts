/** The export-surge chart's data: rows of content/data/export-surges.json resolved through their figures. */
import type { Figure, FigureUnit } from '../schemas/figure';
import type { ExportSurge } from '../schemas/exportSurge';
import { formatFigure, formatValue } from './format';
import { unknownIdMessage } from './contentRules';
import { intlLocale, type Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';
import { inEdition } from '../i18n/ui';

/** One panel's data, resolved from content/data: the 2021 and 2022 figures of one measure. */
export interface SurgePanel {
  id: string;
  label: string;
  measure: string;
  unit: FigureUnit;
  value2021: number;
  value2022: number;
  /** Qualifiers the sources use ("about $12,000", "almost 100,000"), printed on end-state labels. */
  qualifier2021?: string | undefined;
  qualifier2022?: string | undefined;
  /** How the change is written under the panel, e.g. "+25%" or "more than 300 times". */
  change: string;
}

/**
 * "+25%" for modest growth, "×18.7" beyond doubling, "from none" from zero: written from the two figures. Russian
 * "+25 %", "×18,7", "с нуля".
 */
export function describeChange(value2021: number, value2022: number, locale: Locale): string {
  const words = graphicsText[locale].chart;
  if (value2021 === 0) return value2022 > 0 ? words.fromNone : words.noChange;
  const ratio = value2022 / value2021;
  if (ratio < 2) {
    const percent = Math.round((ratio - 1) * 100);
    return formatValue(percent, 'percent-change', locale);
  }
  const multiple = ratio >= 100 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return `×${multiple.toLocaleString(intlLocale[locale])}`;
}

/**
 * Resolves export-surge rows to panels through their figure ids; fails (naming the row and listing valid ids)
 * when a row cites a figure that does not exist or the two figures differ in unit. Titles and measures are in the
 * edition's words (inEdition) and the change is written in that edition.
 */
export function surgePanels(rows: readonly ExportSurge[], figures: ReadonlyMap<string, Figure>, locale: Locale): SurgePanel[] {
  return rows.map((row) => {
    const pick = (field: 'from' | 'to' | 'change', id: string) => {
      const figure = figures.get(id);
      if (!figure) {
        throw new Error(`content/data/export-surges.json: row "${row.id}", field "${field}": ${unknownIdMessage('figure id', id, figures.keys())}`);
      }
      return figure;
    };
    const from = pick('from', row.from);
    const to = pick('to', row.to);
    if (from.unit !== to.unit) {
      throw new Error(`content/data/export-surges.json: row "${row.id}" compares "${from.id}" (${from.unit}) with "${to.id}" (${to.unit}); both must have the same unit.`);
    }
    const change = row.change ? formatFigure(pick('change', row.change), locale) : describeChange(from.value, to.value, locale);
    const text = inEdition(row, locale);
    return {
      id: row.id,
      label: text.label,
      measure: text.measure,
      unit: from.unit,
      value2021: from.value,
      value2022: to.value,
      qualifier2021: from.qualifier,
      qualifier2022: to.qualifier,
      change,
    };
  });
}
