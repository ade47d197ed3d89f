/** oEmbed 1.0 documents for the embeddable charts, one per edition. */
import { embedImagePath, embedPath, localizedChart, type EmbeddableChart } from './charts';
import { oembedSnippet } from './snippets';
import { localePath, type Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

/** Width of the oEmbed frame, CSS px: a usual article column (WordPress's default content width is 600–650). */
export const oembedFrameWidth = 600;

/**
 * Each chart's height at `oembedFrameWidth`, CSS px, in its start state: the frame's height until the embed's first
 * height message, and the oEmbed `height`. tests/e2e measure the embeds and hold these to them.
 */
export const oembedFrameHeights: Record<EmbeddableChart['id'], number> = {
  'export-surge': 620,
  'reroute-map': 760,
  'kz-ru-turnover': 720,
};

/**
 * Type "rich": the frame code (oembedSnippet: the blockquote and iframe WordPress keeps) with absolute URLs, and
 * the static image as thumbnail, in `locale`. `lang` (an addition to the spec's fields, which consumers may ignore)
 * names the edition.
 */
export function oembedDocument(base: EmbeddableChart, locale: Locale, site: URL) {
  const chart = localizedChart(base, locale);
  const width = oembedFrameWidth;
  const height = oembedFrameHeights[chart.id];
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    lang: locale,
    provider_name: graphicsText[locale].storyTitle,
    provider_url: new URL(localePath(locale, '/'), site).href,
    html: oembedSnippet({ id: chart.id, title: chart.title, embedUrl: new URL(embedPath(chart.id, locale), site).href, width, height }),
    width,
    height,
    thumbnail_url: new URL(embedImagePath(chart.id, 'png', locale), site).href,
    thumbnail_width: chart.image.width,
    thumbnail_height: chart.image.height,
  };
}
