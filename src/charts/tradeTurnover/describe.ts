/**
 * The turnover chart in words: every reported value with who reported it, year by year, and where sources disagree.
 * The alt text of its pictures, what a screen reader hears of the embed's image, and the embed's live description
 * of the state a reader picks.
 */
import { graphicsText } from '../../i18n/graphics';
import { intlLocale, type Locale } from '../../i18n/locale';
import type { TurnoverState } from '../../scenes/turnoverState';
import { turnoverLayout, type TurnoverReport, type TurnoverYear } from './layout';

/** "2023: about $26bn (RIA Novosti, repost or small outlet) and almost $28.5bn (Trend): sources disagree." */
function yearSummary(year: TurnoverYear, locale: Locale): string {
  const words = graphicsText[locale].turnover;
  const list = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' });
  const values = list.format(year.dots.map((dot) => `${dot.label} (${dot.by}${dot.weak ? `, ${words.weak}` : ''})`));
  return words.summary(year.year, year.range ? `${values}: ${words.conflict}` : values);
}

export function turnoverAlt(reports: readonly TurnoverReport[], locale: Locale): string {
  const years = turnoverLayout(reports, locale).years.map((year) => yearSummary(year, locale));
  return `${graphicsText[locale].turnover.title}. ${years.join(' ')}`;
}

/** What the chart shows in `state`: every year, or the year brought forward alone. */
export function describeTurnoverState(reports: readonly TurnoverReport[], state: TurnoverState, locale: Locale): string {
  if (state.highlight === null) return turnoverAlt(reports, locale);
  const year = turnoverLayout(reports, locale, state).years.find((candidate) => candidate.emphasis === 'focus');
  if (!year) throw new Error(`describeTurnoverState: no reports for ${state.highlight} in content/data/kz-ru-turnover.json`);
  return yearSummary(year, locale);
}
