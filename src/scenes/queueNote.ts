/**
 * The words beside a truck queue on the map, from its reported figures: the map prints no number of its own. Words,
 * not drawing: they are made with the scene data, and the map and the pictures print them.
 */
import { formatFigure } from '../lib/format';
import type { Figure } from '../schemas/figure';
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

type QueueFigure = Pick<Figure, 'value' | 'unit' | 'qualifier'>;

/**
 * "грузовик" as Russian puts it after a number: "1 грузовик", "2 грузовика", "700 грузовиков". After "около" and
 * "более", which take the genitive, "около 21 грузовика", "около 700 грузовиков"; "почти" changes nothing.
 */
export function ruTrucks(figure: QueueFigure): string {
  const form = new Intl.PluralRules('ru-RU').select(figure.value);
  if (figure.qualifier === 'about' || figure.qualifier === 'more than') return form === 'one' || form === 'other' ? 'грузовика' : 'грузовиков';
  return form === 'one' ? 'грузовик' : form === 'few' || form === 'other' ? 'грузовика' : 'грузовиков';
}

/**
 * "About 700 trucks queued," / "11 km long (not to scale)"; Russian "Около 700 грузовиков в очереди," / "длина 11 км
 * (не в масштабе)": the queue drawn is schematic, and says so. Lengths that differ by report are all printed,
 * "10 km or 11 km long" / "(reports differ; not to scale)".
 */
export function queueNoteLines(trucks: QueueFigure, lengths: readonly QueueFigure[], locale: Locale = 'en'): string[] {
  const words = graphicsText[locale].queue;
  const count = locale === 'ru' ? `${formatFigure(trucks, 'ru')}\u00a0${ruTrucks(trucks)}` : formatFigure(trucks);
  const printed = lengths.map((length) => formatFigure(length, locale));
  if (printed.length === 1) return [words.trucks(count), words.length(printed[0]!)];
  const either = new Intl.ListFormat(locale, { type: 'disjunction' }).format(printed);
  return [words.trucks(count), ...words.lengths(either)];
}
