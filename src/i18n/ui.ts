/**
 * The story page's own words (not the story's text, which editors write in MDX, nor the graphics' words, which
 * live in `graphics.ts`): skip link, step controls, language switch, footer, sources list, linear edition. They are
 * the `page` part of each edition's words file (content/editions/<code>.json). Client scripts never import this:
 * components render the words into the page (text or data attributes), so no dictionary ships in the JS bundle.
 */
import { defaultLocale, perLocale, type Locale } from './locale';
import { editionWords, type Words } from './words';
import type { Page, PageText } from '../schemas/page';

export type UiStrings = Words['page'];

/** The page's words, by edition. */
export const ui: Record<Locale, UiStrings> = perLocale((locale) => editionWords(locale).page);

/**
 * A data row's words in an edition: the row's own fields are the default edition's; another edition's object
 * (`"ru": { … }`, src/schemas/editionWords.ts) lays its fields over them. `check:content` fails the build where a
 * row lacks a field readers see, so a missing object here is a row no check has read: it throws, never shows English.
 */
export function inEdition<T extends object>(row: T, locale: Locale): T {
  if (locale === defaultLocale) return row;
  const words = (row as Record<string, unknown>)[locale] as Partial<T> | undefined;
  if (!words) throw new Error(`Data row ${JSON.stringify((row as { id?: unknown }).id ?? row).slice(0, 80)} has no "${locale}" words (npm run check:content lists every missing translation).`);
  return { ...row, ...words };
}

/** The headline block's words in an edition. */
export function pageText(page: Page, locale: Locale): PageText {
  const { kicker, headline, dek, description, byline } = inEdition(page, locale);
  return { kicker, headline, dek, description, byline };
}

/**
 * Where the language switch should land for each step of one edition whose id the other edition lacks (an edition
 * may break its steps differently): the other edition's first step with the same scene, else the step that
 * carries on from the closest earlier one. Steps with the same id in both are left out: their link needs no help.
 */
export function stepCounterparts(
  from: readonly { id: string; scene: string }[],
  to: readonly { id: string; scene: string }[],
): Record<string, string> {
  const toIds = new Set(to.map((step) => step.id));
  const counterparts: Record<string, string> = {};
  let previous: string | undefined;
  for (const step of from) {
    const target = toIds.has(step.id) ? step.id : (to.find((other) => other.scene === step.scene)?.id ?? previous);
    if (target && target !== step.id) counterparts[step.id] = target;
    previous = target ?? previous;
  }
  return counterparts;
}
