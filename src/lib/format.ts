import { format } from 'd3-format';
import type { Figure } from '../schemas/figure';
import type { Locale } from '../i18n/locale';

/*
 * Numbers as each edition writes them, always from the data's value, unit and qualifier: editors never type a
 * number into prose. English: "$3.7 million", "almost 100,000", "more than 300 times". Russian (ru-RU `Intl`
 * digits, a decimal comma and narrow no-break spaces between thousands): "$3,7 млн", "почти 100 тыс.",
 * "более чем в 300 раз".
 */

// Reported values keep every digit they were reported with ("$115.49 billion", "+46.9%"): nothing is rounded.
const upToSixDigits = format(',.6~r');
const withThousands = format(',~r');

/** No-break space between a number and its word ("20 млрд"), narrow no-break space between thousands. */
const NBSP = '\u00a0';
const THIN_NBSP = '\u202f';

/** ru-RU digits with up to `significant` significant digits; thousands apart by a narrow no-break space. */
function ruDigits(value: number, significant = 4): string {
  return new Intl.NumberFormat('ru-RU', { maximumSignificantDigits: significant, useGrouping: true })
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? THIN_NBSP : part.value))
    .join('');
}
const ruWhole = (value: number) =>
  new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 })
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? THIN_NBSP : part.value))
    .join('');

/** Scale words for dollars: in prose ("$3.7 million") and in tight spaces such as bar labels ("$3.7m"). */
const usdStyles = {
  en: {
    words: { digits: upToSixDigits, whole: withThousands, billion: ' billion', million: ' million' },
    compact: { digits: upToSixDigits, whole: withThousands, billion: 'bn', million: 'm' },
  },
  ru: {
    words: { digits: (v: number) => ruDigits(v, 6), whole: ruWhole, billion: `${NBSP}млрд`, million: `${NBSP}млн` },
    compact: { digits: (v: number) => ruDigits(v, 6), whole: ruWhole, billion: `${NBSP}млрд`, million: `${NBSP}млн` },
  },
} as const;

function formatDollars(valueUsd: number, style: 'words' | 'compact', locale: Locale, symbol = '$'): string {
  const { digits, whole, billion, million } = usdStyles[locale][style];
  const abs = Math.abs(valueUsd);
  const sign = valueUsd < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}${symbol}${digits(abs / 1e9)}${billion}`;
  if (abs >= 1e6) return `${sign}${symbol}${digits(abs / 1e6)}${million}`;
  return `${sign}${symbol}${whole(Math.round(abs))}`;
}

/** "$3.7 million", "$20 billion", "$12,000"; Russian "$3,7 млн", "$20 млрд", "$12 000". */
export const formatUsd = (valueUsd: number, locale: Locale = 'en') => formatDollars(valueUsd, 'words', locale);

/** "$3.7m", "$8.78bn", "$12,000": dollars for tight spaces such as bar labels; Russian "$3,7 млн", "$8,78 млрд". */
export const formatUsdCompact = (valueUsd: number, locale: Locale = 'en') => formatDollars(valueUsd, 'compact', locale);

/** Russian "раз" after a number: "в 21 раз", "в 2 раза", "в 5 раз", "в 2,9 раза". */
function ruTimes(value: number): string {
  const form = new Intl.PluralRules('ru-RU').select(value);
  return form === 'few' || form === 'other' ? 'раза' : 'раз';
}

/** Russian counts: round thousands from 10,000 in words ("100 тыс."), smaller or uneven counts in digits. */
function ruCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 10_000 && abs % 1000 === 0) return `${ruWhole(value / 1000)}${NBSP}тыс.`;
  return ruWhole(value);
}

/** The value alone, without qualifier: "$3.7 million", "+25%", "300 times", "100,000", "11 km". */
export function formatValue(value: number, unit: Figure['unit'], locale: Locale = 'en'): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (locale === 'ru') {
    switch (unit) {
      case 'usd':
        return formatUsd(value, 'ru');
      case 'eur':
        return formatDollars(value, 'words', 'ru', '€');
      case 'count':
        return ruCount(value);
      case 'km':
        return `${ruWhole(value)}${NBSP}км`;
      case 'percent-change':
        return `${sign}${ruDigits(Math.abs(value), 6)}${NBSP}%`;
      case 'multiple':
        return `в${NBSP}${ruDigits(value, 6)}${NBSP}${ruTimes(value)}`;
    }
  }
  switch (unit) {
    case 'usd':
      return formatUsd(value);
    case 'eur':
      return formatDollars(value, 'words', 'en', '€');
    case 'count':
      return withThousands(value);
    case 'km':
      return `${withThousands(value)} km`;
    case 'percent-change':
      // A typographic minus, not a hyphen, so screen readers say "minus".
      return `${sign}${withThousands(Math.abs(value))}%`;
    case 'multiple':
      return `${upToSixDigits(value)} times`;
  }
}

/** The data's qualifiers in each edition; a multiple takes "более чем в 300 раз", not "более в 300 раз". */
const qualifierWords: Record<Locale, Record<NonNullable<Figure['qualifier']>, string>> = {
  en: { almost: 'almost', about: 'about', 'more than': 'more than' },
  ru: { almost: 'почти', about: 'около', 'more than': 'более' },
};

/** A figure as printed in prose: qualifier and value, e.g. "almost 100,000" or "more than 300 times". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale = 'en'): string {
  return withQualifier(formatValue(figure.value, figure.unit, locale), figure, locale);
}

/**
 * `text`, a value already written (by `formatValue`, or compactly for a bar label: "$3.7m"), after the qualifier
 * the data gives it, in the edition's words: "about $12,000", "около $12 000".
 */
export function withQualifier(text: string, figure: Pick<Figure, 'unit' | 'qualifier'>, locale: Locale = 'en'): string {
  if (!figure.qualifier) return text;
  const word = qualifierWords[locale][figure.qualifier];
  const joiner = locale === 'ru' && figure.qualifier === 'more than' && figure.unit === 'multiple' ? `${NBSP}чем` : '';
  return `${word}${joiner}${locale === 'ru' ? NBSP : ' '}${text}`;
}

/** A publication date: "24 November 2026", Russian "24 ноября 2026 г.". */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/**
 * A date as a source records it (YYYY-MM-DD, YYYY-MM or YYYY) in the page's date style: "20 October 2025",
 * "May 2023", "2023"; Russian "20 октября 2025 г.", "май 2023 г.".
 */
export function formatRecordedDate(date: string, locale: Locale = 'en'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, locale);
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Date(`${date}-01T00:00:00Z`).toLocaleDateString(locale === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return date;
}
