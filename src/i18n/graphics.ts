/**
 * The graphics' own words in each edition: the map's legend and title, the chart's notes and table, the embeds'
 * controls and pages, the pictures' legends and the generated text alternatives. The words are the `graphics` part
 * of each edition's words file (content/editions/<code>.json); templates become functions here, so a caller passes
 * values, never builds a sentence. Names of places, routes, panels and scenes are data (content/data); numbers come
 * from src/lib/format.ts.
 */
import type { RegionCountry } from '../schemas/place';
import type { z } from 'astro/zod';
import { edition, intlLocale, perLocale, type Locale } from './locale';
import { describeWords, noneWord } from './sceneWords';
import { editionWords } from './words';
import { fill } from './template';

type Country = z.output<typeof RegionCountry>;

/**
 * ISO 3166-1 alpha-2 code of each country the map draws (the map's keys are Natural Earth's English names): the one
 * place the map's countries meet the ISO codes `Intl.DisplayNames` names them by.
 */
export const countryIso: Record<Country, string> = {
  Russia: 'RU', Kazakhstan: 'KZ', China: 'CN', Iran: 'IR', Georgia: 'GE', Azerbaijan: 'AZ', Armenia: 'AM',
  Kyrgyzstan: 'KG', Uzbekistan: 'UZ', Turkmenistan: 'TM', Mongolia: 'MN', Tajikistan: 'TJ', Ukraine: 'UA',
  Belarus: 'BY', Turkey: 'TR',
};

/**
 * A country's name in an edition: the map's keys are Natural Earth's English names, which an English edition keeps
 * (CLDR's differ: "Türkiye"); others take the CLDR name `Intl.DisplayNames` gives for its ISO code ("Казахстан").
 * Build time only: the browser gets the names in the page's data, so every reader sees the same words whatever
 * their browser's locale data.
 */
export function countryName(country: string, locale: Locale): string {
  if (new Intl.Locale(edition(locale).intl).language === 'en') return country;
  const iso = countryIso[country as Country];
  if (!iso) throw new Error(`src/i18n/graphics.ts: no ISO code for the map's country "${country}" (add it to countryIso)`);
  return new Intl.DisplayNames([intlLocale[locale]], { type: 'region' }).of(iso) ?? country;
}

/** Every map country's name in `locale`, keyed by the map's English name. */
export const countryNames = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.keys(countryIso).map((country) => [country, countryName(country, locale)]));

export { listWords } from './template';

/** The graphics' words in one edition, with each template as a function of its values. */
function graphicsFor(locale: Locale) {
  const { graphics: words } = editionWords(locale);
  const { turnover, queue, chart, embed } = words;
  return {
    ...words,
    turnover: {
      ...turnover,
      note: (axisStart: string) => fill(turnover.note, { axisStart }),
      summary: (year: number, reports: string) => fill(turnover.summary, { year, reports }),
    },
    /** The queue note's templates and the plural forms of "truck" (scenes/queueNote.ts fills them). */
    queue,
    chart: {
      ...chart,
      pictureSubtitle: (label: string) => fill(chart.pictureSubtitle, { label }),
      summary: (label: string, start: string, end: string, change: string) => fill(chart.summary, { label, start, end, change }),
      none: noneWord[locale],
    },
    describe: describeWords[locale],
    embed: {
      ...embed,
      index: { ...embed.index, preview: (title: string) => fill(embed.index.preview, { title }) },
    },
  };
}

export type GraphicsText = ReturnType<typeof graphicsFor>;

/** The graphics' words, by edition. */
export const graphicsText: Record<Locale, GraphicsText> = perLocale(graphicsFor);
