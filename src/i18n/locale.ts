/**
 * The story's editions. English is the default and lives at `/`; every other edition lives under `/<locale>/`.
 * Editors translate words; numbers, scenes and data are shared by every edition.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The BCP 47 tag `Intl` formats with, and the Open Graph locale, for each edition. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };
export const ogLocale: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A site path in an edition: `localePath('ru', '/embed/x/')` is `/ru/embed/x/`; English paths are unchanged. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** Where an edition's story sections live: `content/story` for English, `content/story/<locale>` for the others. */
export function editionFolder(locale: Locale): string {
  return locale === defaultLocale ? 'content/story' : `content/story/${locale}`;
}
