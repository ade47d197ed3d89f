/**
 * The editions' codes and paths, from the registry (editions.ts). The first edition is the default and lives at
 * `/`; every other edition lives under `/<prefix>/`. Editors translate words; numbers, scenes and data are shared.
 */
import { editions, type EditionLine } from './editions.ts';

export type Locale = (typeof editions)[number]['code'];
/** An edition's registry line, its code typed as one of the editions'. */
export type Edition = EditionLine & { code: Locale };
/** The default edition (the registry's first), at `/`: data rows carry its words in their own fields. */
export type DefaultLocale = (typeof editions)[0]['code'];
/** Every other edition: data rows carry its words in an object named by its code (`"ru": { … }`). */
export type OtherLocale = Exclude<Locale, DefaultLocale>;
export const locales: readonly Locale[] = editions.map((edition) => edition.code);
export const defaultLocale: DefaultLocale = editions[0].code;
export const otherLocales = locales.filter((locale): locale is OtherLocale => locale !== defaultLocale);

/** An edition's registry line. */
export function edition(locale: Locale): Edition {
  const found = editions.find((candidate) => candidate.code === locale);
  if (!found) throw new Error(`src/i18n/editions.ts: no edition "${locale}" (editions: ${locales.join(', ')}).`);
  return found;
}

/** A record with one value per edition, in the registry's order. */
export const perLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/** The BCP 47 tag `Intl` formats with, and the Open Graph locale, for each edition. */
export const intlLocale: Record<Locale, string> = perLocale((locale) => edition(locale).intl);
export const ogLocale: Record<Locale, string> = perLocale((locale) => edition(locale).og);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A site path in an edition: `localePath('ru', '/embed/x/')` is `/ru/embed/x/`; the default edition's are unchanged. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const { prefix } = edition(locale);
  return prefix === '' ? clean : `/${prefix}${clean}`;
}

/** The content collection of an edition's sections (src/content.config.ts): `story`, `story-ru`. */
export const storyCollection = <L extends Locale>(locale: L) =>
  (locale === defaultLocale ? 'story' : `story-${locale}`) as L extends DefaultLocale ? 'story' : `story-${Exclude<L, DefaultLocale>}`;

/** Where an edition's story sections live: `content/story` for the default edition, `content/story/<code>` for the others. */
export function editionFolder(locale: Locale): string {
  return locale === defaultLocale ? 'content/story' : `content/story/${locale}`;
}
