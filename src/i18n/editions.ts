/**
 * The story's editions, one line each. Adding an edition is a line here plus its content: its sections in
 * `content/story/<code>/`, its words in `content/editions/<code>.json`, and a `"<code>": { … }` object beside each
 * English row in `content/data/` (docs/editions.md). The first edition is the default, at `/`.
 */
export interface EditionLine {
  /** The edition's code: its content folder, words file and data objects are named by it. */
  code: string;
  /** The path its pages live under: '' for the default edition (at `/`), else e.g. 'ru' (at `/ru/`). */
  prefix: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and `lang` on links to it. */
  lang: string;
  /** BCP 47 tag `Intl` formats its numbers, dates, lists and plurals with. */
  intl: string;
  /** Open Graph locale (`og:locale`). */
  og: string;
  /** The language's name in its own language, on the links that lead to the edition. */
  name: string;
  /** The language's name in English, for editors' messages ("has no Russian form"). */
  englishName: string;
}

export const editions = [
  { code: 'en', prefix: '', lang: 'en', intl: 'en-GB', og: 'en_GB', name: 'English', englishName: 'English' },
  { code: 'ru', prefix: 'ru', lang: 'ru', intl: 'ru-RU', og: 'ru_RU', name: 'Русский', englishName: 'Russian' },
] as const satisfies readonly EditionLine[];
