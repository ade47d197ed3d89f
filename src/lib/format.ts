import type { Figure } from '../schemas/figure';
import { intlLocale, type Locale } from '../i18n/locale';
import { numberWordsFile } from '../i18n/sceneWords';
import { fill, plural, type PluralForms } from '../i18n/template';

/*
 * Numbers as each edition writes them, always from the data's value, unit and qualifier: editors never type a
 * number into prose. One engine for every edition: the digits are Intl.NumberFormat's in the edition's `Intl`
 * locale, and the words around them from the edition's words file (`scene.numbers`). English: "$3.7 million",
 * "almost 100,000", "more than 300 times". Russian (a decimal comma and narrow no-break spaces between thousands):
 * "$3,7 млн", "почти 100 тыс.", "более чем в 300 раз".
 */

/** One formatter per edition, made once: building an Intl.NumberFormat costs far more than using one. */
const cached = <T>(make: (locale: Locale) => T) => {
  const made = new Map<Locale, T>();
  return (locale: Locale): T => made.get(locale) ?? made.set(locale, make(locale)).get(locale)!;
};
// Reported values keep every digit they were reported with ("$115.49 billion", "+46.9%"): up to six significant
// digits, more than any figure has. Grouping always, so that a Russian "7 500" is grouped as "75 000" is.
const numberFormat = cached((locale) => new Intl.NumberFormat(intlLocale[locale], { maximumSignificantDigits: 6, useGrouping: 'always' }));

/** How an edition writes the words around its numbers, from its words file (content/editions/<code>.json). */
const numberWords = cached((locale) => {
  const words = numberWordsFile(locale);
  return {
    /** Thousands separator in place of Intl's; Intl's own when undefined. */
    group: words.group || undefined,
    /** Dollar scale words in prose ("$3.7 million") and in tight spaces such as bar labels ("$3.7m"). */
    words: { billion: words.billion, million: words.million },
    compact: { billion: words.billionCompact, million: words.millionCompact },
    /** Round thousands from 10,000 in words ("100 тыс."); undefined: in digits. */
    thousands: words.thousands || undefined,
    km: words.km,
    percent: words.percent,
    /** "300 times", "в 300 раз": the digits written, in the plural form the value calls for. */
    multiple: (digits: string, value: number) => fill(plural(words.multiple as PluralForms, value, locale), { n: digits }),
    qualifiers: words.qualifiers,
    /** "more than" before a multiple: Russian takes "более чем в 300 раз", not "более в 300 раз". */
    moreThanMultiple: words.moreThanMultiple,
    /** Between a qualifier and its value. */
    qualifierSpace: words.qualifierSpace,
  };
});

/** `value` in the edition's digits: its decimal mark and thousands separator, and a typographic minus, not a hyphen. */
function digits(value: number, locale: Locale): string {
  const { group } = numberWords(locale);
  // `+ 0` turns −0 into 0: a value that is zero is written without a sign.
  return numberFormat(locale)
    .formatToParts(value + 0)
    .map((part) => (part.type === 'group' && group !== undefined ? group : part.type === 'minusSign' ? '−' : part.value))
    .join('');
}

function formatMoney(value: number, style: 'words' | 'compact', locale: Locale, symbol: string): string {
  const { billion, million } = numberWords(locale)[style];
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}${symbol}${digits(abs / 1e9, locale)}${billion}`;
  if (abs >= 1e6) return `${sign}${symbol}${digits(abs / 1e6, locale)}${million}`;
  return `${sign}${symbol}${digits(Math.round(abs), locale)}`;
}

/** "$3.7 million", "$20 billion", "$12,000"; Russian "$3,7 млн", "$20 млрд", "$12 000". */
export const formatUsd = (valueUsd: number, locale: Locale) => formatMoney(valueUsd, 'words', locale, '$');

/** "$3.7m", "$8.78bn", "$12,000": dollars for tight spaces such as bar labels; Russian "$3,7 млн", "$8,78 млрд". */
export const formatUsdCompact = (valueUsd: number, locale: Locale) => formatMoney(valueUsd, 'compact', locale, '$');

/** The value alone, without qualifier: "$3.7 million", "+25%", "300 times", "100,000", "11 km". */
export function formatValue(value: number, unit: Figure['unit'], locale: Locale): string {
  const words = numberWords(locale);
  switch (unit) {
    case 'usd':
      return formatMoney(value, 'words', locale, '$');
    case 'eur':
      return formatMoney(value, 'words', locale, '€');
    case 'count':
      if (words.thousands && Math.abs(value) >= 10_000 && value % 1000 === 0) return `${digits(value / 1000, locale)}${words.thousands}`;
      return digits(value, locale);
    case 'km':
      return `${digits(value, locale)}${words.km}`;
    case 'percent-change':
      // Signed both ways, with a typographic minus: screen readers say "minus".
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${digits(Math.abs(value), locale)}${words.percent}`;
    case 'multiple':
      return words.multiple(digits(value, locale), value);
  }
}

/** A figure as printed in prose: qualifier and value, e.g. "almost 100,000" or "more than 300 times". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  return withQualifier(formatValue(figure.value, figure.unit, locale), figure, locale);
}

/**
 * `text`, a value already written (by `formatValue`, or compactly for a bar label: "$3.7m"), after the qualifier
 * the data gives it, in the edition's words: "about $12,000", "около $12 000".
 */
export function withQualifier(text: string, figure: Pick<Figure, 'unit' | 'qualifier'>, locale: Locale): string {
  if (!figure.qualifier) return text;
  const words = numberWords(locale);
  const word = figure.qualifier === 'more than' && figure.unit === 'multiple' ? words.moreThanMultiple : words.qualifiers[figure.qualifier];
  return `${word}${words.qualifierSpace}${text}`;
}

/** A publication date: "24 November 2026", Russian "24 ноября 2026 г.". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(intlLocale[locale], {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/**
 * A date as a source records it (YYYY-MM-DD, YYYY-MM or YYYY) in the page's date style: "20 October 2025",
 * "May 2023", "2023"; Russian "20 октября 2025 г.", "май 2023 г.".
 */
export function formatRecordedDate(date: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, locale);
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Date(`${date}-01T00:00:00Z`).toLocaleDateString(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return date;
}
