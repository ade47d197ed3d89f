/**
 * The turnover chart in words: every reported value with who reported it, year by year, and where sources disagree.
 * The alt text of its pictures, and what a screen reader hears of the embed's image.
 */
import { graphicsText } from '../../i18n/graphics';
import { intlLocale, type Locale } from '../../i18n/locale';
import { turnoverLayout, type TurnoverReport } from './layout';

export function turnoverAlt(reports: readonly TurnoverReport[], locale: Locale): string {
  const words = graphicsText[locale].turnover;
  const list = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' });
  const years = turnoverLayout(reports, locale).years.map((year) => {
    const values = list.format(year.dots.map((dot) => `${dot.label} (${dot.by}${dot.weak ? `, ${words.weak}` : ''})`));
    return words.summary(year.year, year.range ? `${values}: ${words.conflict}` : values);
  });
  return `${words.title}. ${years.join(' ')}`;
}
