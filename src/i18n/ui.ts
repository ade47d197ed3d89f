/**
 * The story page's own words (not the story's text, which editors write in MDX, nor the graphics' words, which
 * live in `graphics.ts`): skip link, step controls, language switch, footer, sources list, linear edition.
 * Each edition has every key; TypeScript fails the build when one is missing. Client scripts never import this:
 * components render the words into the page (text or data attributes), so no dictionary ships in the JS bundle.
 */
import { defaultLocale, type Locale } from './locale';
import type { Page, PageText } from '../schemas/page';

export interface UiStrings {
  /** The skip link to the story's text. */
  skipLink: string;
  /** aria-label of the table of contents. */
  tocLabel: string;
  /** "By" before the byline. */
  by: string;
  /** The page's <title> after the headline. */
  titleTail: string;
  /** aria-label of the step controls' nav. */
  stepControls: string;
  /** Visible word of the previous-step button, then the rest of its name for screen readers (label in name). */
  prev: string;
  prevRest: string;
  next: string;
  nextRest: string;
  /** The motion switch (a toggle button: aria-pressed says whether motion is reduced). */
  reduceMotion: string;
  /** Name of the language switch's nav. */
  languageSwitch: string;
  /** The footer's sentence, with HTML for the code span. */
  footer: string;
  /** Sources list. */
  dateNotRecorded: string;
  weakSource: string;
  estimate: string;
  /** Title attribute of an estimated figure in prose. */
  anEstimate: string;
  /** The byline's dates: "Published 24 November 2026 · Updated 6 December 2026". */
  published: string;
  updated: string;
  /** The corrections note at the end of the story. */
  correctionsTitle: string;
  correctionsIntro: string;
  /** A correction's kind, as its entry starts: "Correction, 6 December 2026." */
  correction: string;
  update: string;
  /** The link from a correction to the source it rests on. */
  correctionSource: string;
  /** The story's short note: "6 December 2026: corrected: A, B and C." and its link to the full list. */
  correctedList: string;
  updatedList: string;
  whatChanged: string;
  /** Sources list: a repost names its original; a source without an address says why. */
  repostOf: string;
  noAddress: string;
  /** Before the list of each chart's CSV. */
  downloadData: string;
  /** The sources page, and the story's link to it. */
  sourcesTitle: string;
  sourcesDescription: string;
  allSources: string;
  backToStory: string;
  /** The link from a section's summary on the story to its own page. */
  readOn: string;
  /** Linear edition. */
  linearTitleTail: string;
  readScrolling: string;
}

export const ui: Record<Locale, UiStrings> = {
  en: {
    skipLink: 'Skip to the story',
    tocLabel: 'Sections',
    by: 'By',
    titleTail: "how Russia's parallel imports found new roads",
    stepControls: 'Story steps',
    prev: 'Prev',
    prevRest: ' step',
    next: 'Next',
    nextRest: ' step',
    reduceMotion: 'Reduce motion',
    languageSwitch: 'Language',
    footer:
      "Built as a static site: no trackers, no third-party requests. Figures and their sources live in the project's <code>content/data/</code>.",
    dateNotRecorded: 'date not recorded',
    weakSource: 'A small outlet or repost: treat with caution.',
    estimate: 'estimate',
    anEstimate: 'An estimate',
    published: 'Published',
    updated: 'Updated',
    correctionsTitle: 'Corrections and updates',
    correctionsIntro: 'What changed since publication, and when.',
    correction: 'Correction',
    update: 'Update',
    correctionSource: 'source',
    correctedList: 'corrected:',
    updatedList: 'updated:',
    whatChanged: 'What changed, item by item, with sources',
    repostOf: 'Repost of',
    noAddress: 'No address:',
    downloadData: 'The data under each chart, one row per value with its source:',
    sourcesTitle: 'Sources',
    sourcesDescription: 'Every source of the story, with its address and date, what it reports and how far to trust it.',
    allSources: 'Every source, with its address, its date and the figures it gives',
    backToStory: 'Back to the story',
    readOn: 'Read on',
    linearTitleTail: 'text and pictures',
    readScrolling: 'Read the scrolling version',
  },
  ru: {
    skipLink: 'Перейти к тексту',
    tocLabel: 'Разделы',
    by: 'Текст:',
    titleTail: 'как параллельный импорт в Россию нашёл новые дороги',
    stepControls: 'Шаги истории',
    prev: 'Назад',
    prevRest: ', к предыдущему шагу',
    next: 'Далее',
    nextRest: ', к следующему шагу',
    reduceMotion: 'Без анимации',
    languageSwitch: 'Язык',
    footer:
      'Статичный сайт: без трекеров и без запросов к сторонним серверам. Цифры и их источники хранятся в папке проекта <code>content/data/</code>.',
    dateNotRecorded: 'дата не указана',
    weakSource: 'Небольшое издание или перепечатка: относитесь с осторожностью.',
    estimate: 'оценка',
    anEstimate: 'Оценка',
    published: 'Опубликовано',
    updated: 'Обновлено',
    correctionsTitle: 'Исправления и обновления',
    correctionsIntro: 'Что изменилось после публикации и когда.',
    correction: 'Исправление',
    update: 'Обновление',
    correctionSource: 'источник',
    correctedList: 'исправлено:',
    updatedList: 'обновлено:',
    whatChanged: 'Что именно изменилось и на каком основании',
    repostOf: 'Перепечатка материала:',
    noAddress: 'Адреса нет:',
    downloadData: 'Данные каждого графика — по строке на значение, с источником:',
    sourcesTitle: 'Источники',
    sourcesDescription: 'Все источники материала — с адресом и датой, с тем, что в них сказано, и с оговорками о степени доверия.',
    allSources: 'Все источники — с адресами, датами и цифрами, которые в них приводятся',
    backToStory: 'Вернуться к материалу',
    readOn: 'Читать дальше',
    linearTitleTail: 'текст и иллюстрации',
    readScrolling: 'Читать интерактивную версию',
  },
};

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
