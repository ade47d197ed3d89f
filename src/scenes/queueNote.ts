/**
 * The words beside a truck queue on the map, from its reported figures: the map prints no number of its own. Words,
 * not drawing: they are made with the scene data, and the map and the pictures print them.
 */
import { formatFigure } from '../lib/format';
import type { Figure } from '../schemas/figure';
import { intlLocale, type Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';
import { fill, type PluralForms } from '../i18n/template';

type QueueFigure = Pick<Figure, 'value' | 'unit' | 'qualifier'>;

/**
 * Grammar a plural category alone does not give, by language: after "около" and "более", which take the genitive,
 * Russian says "около 21 грузовика", "около 700 грузовиков" (the form of the next category up); "почти" changes
 * nothing.
 */
const afterQualifier: Record<string, (category: Intl.LDMLPluralRule, qualifier: Figure['qualifier']) => Intl.LDMLPluralRule> = {
  ru: (category, qualifier) => (qualifier === 'about' || qualifier === 'more than' ? ({ one: 'few', few: 'many' } as const)[category as 'one'] ?? category : category),
};

/** The noun for the trucks counted, in the form the number (and its qualifier) calls for: "1 грузовик", "около 700 грузовиков". */
export function truckNoun(figure: QueueFigure, locale: Locale): string {
  const forms = graphicsText[locale].queue.truck as PluralForms;
  const intl = intlLocale[locale];
  const category = new Intl.PluralRules(intl).select(figure.value);
  const grammar = afterQualifier[new Intl.Locale(intl).language];
  return forms[grammar ? grammar(category, figure.qualifier) : category] ?? forms.other;
}

/**
 * "About 700 trucks queued," / "11 km long (not to scale)"; Russian "Около 700 грузовиков в очереди," / "длина 11 км
 * (не в масштабе)": the queue drawn is schematic, and says so. Lengths that differ by report are all printed,
 * "10 km or 11 km long" / "(reports differ; not to scale)".
 */
export function queueNoteLines(trucks: QueueFigure, lengths: readonly QueueFigure[], locale: Locale): string[] {
  const words = graphicsText[locale].queue;
  const count = fill(words.trucks, { count: formatFigure(trucks, locale), trucks: truckNoun(trucks, locale) });
  const first = `${count.charAt(0).toUpperCase()}${count.slice(1)}`;
  const printed = lengths.map((length) => formatFigure(length, locale));
  if (printed.length === 1) return [first, fill(words.length, { length: printed[0]! })];
  const either = new Intl.ListFormat(intlLocale[locale], { type: 'disjunction' }).format(printed);
  return [first, fill(words.lengthsLine, { lengths: either }), words.lengthsNote];
}
