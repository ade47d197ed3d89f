/** Filling the editions' word templates, at build time and in the browser. */
import { intlLocale, type Locale } from './locale';

/** A template's `{placeholders}` filled in: `fill('Preview: {title}', { title })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Forms of a word or sentence by `Intl.PluralRules` category; the words check makes sure each language has all of its. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for `count` in the edition's language. */
export function plural(forms: PluralForms, count: number, locale: Locale): string {
  return forms[new Intl.PluralRules(intlLocale[locale]).select(count)] ?? forms.other;
}

/** "A, B and C" in the edition's language (`Intl.ListFormat`). */
export const listWords = (items: readonly string[], locale: Locale): string => new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(items);
