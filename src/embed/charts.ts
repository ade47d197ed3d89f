/** The charts other newsrooms can embed: one page each at /embed/<id>/, and /<locale>/embed/<id>/ per edition. */
import { localePath, type Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';
import type { Theme } from '../lib/palette';
import { imageSizes } from '../pictures/imageSizes';

export interface EmbeddableChart {
  id: 'export-surge' | 'reroute-map' | 'kz-ru-turnover';
  title: string;
  /** One line under the title. */
  dek: string;
  /** Which visual of the story it is: the scroll's chart or map, or the epilogue's turnover chart (no scenes). */
  visual: 'chart' | 'map' | 'turnover';
  /** Scene shown first when the URL names none; a chart without scenes has none. */
  startScene?: string;
  /** Size of the static image, CSS px. */
  image: { width: number; height: number };
}

export const embeddableCharts: EmbeddableChart[] = [
  {
    id: 'export-surge',
    title: 'What Kazakhstan sent Russia, 2021 and 2022',
    dek: 'In 2022 Kazakhstan became a hub for goods Russia could no longer buy directly.',
    visual: 'chart',
    startScene: 'surge-grows',
    image: imageSizes.chart,
  },
  {
    id: 'reroute-map',
    title: 'The long way round Kazakhstan',
    dek: 'After Kazakhstan tightened checks on parallel imports in 2023, Russian hauliers said, trucks bound for Russia took detours.',
    visual: 'map',
    startScene: 'detour-overview',
    image: imageSizes.map,
  },
  {
    id: 'kz-ru-turnover',
    title: 'Kazakhstan–Russia trade turnover, as reported',
    dek: 'Trade between Kazakhstan and Russia held up after the 2023 tightening; sources disagree on the exact figures.',
    visual: 'turnover',
    image: imageSizes.turnover,
  },
];

/** The chart with its title and one-line dek in `locale` (the English ones are also in graphics.ts). */
export function localizedChart(chart: EmbeddableChart, locale: Locale): EmbeddableChart {
  const { title, dek } = graphicsText[locale].embed.charts[chart.id];
  return { ...chart, title, dek };
}

export const embedPath = (id: string, locale: Locale) => localePath(locale, `/embed/${id}/`);
/** A chart's static image: `/embed/<id>.png`, and `/embed/<id>.dark.png` in the dark theme (also `.svg`, `/ru/…`). */
export const embedImagePath = (id: string, format: 'svg' | 'png', locale: Locale, theme: Theme = 'light') =>
  localePath(locale, `/embed/${id}${theme === 'dark' ? '.dark' : ''}.${format}`);
export const oembedPath = (id: string, locale: Locale) => localePath(locale, `/embed/${id}/oembed.json`);
/** The embed codes' index of an edition: /embed/, /ru/embed/. */
export const embedIndexPath = (locale: Locale) => localePath(locale, '/embed/');
