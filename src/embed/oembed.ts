/** oEmbed 1.0 documents for the embeddable charts, one per edition. */
import { embedImagePath, embedPath, localizedChart, type EmbeddableChart } from './charts';
import { iframeSnippet } from './snippets';
import { localePath, type Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

/**
 * Type "rich": the iframe code with absolute URLs, and the static image as thumbnail, in `locale`. `lang` (an
 * addition to the spec's fields, which consumers may ignore) names the edition.
 */
export function oembedDocument(base: EmbeddableChart, locale: Locale, site: URL) {
  const chart = localizedChart(base, locale);
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    lang: locale,
    provider_name: graphicsText[locale].storyTitle,
    provider_url: new URL(localePath(locale, '/'), site).href,
    html: iframeSnippet({ id: chart.id, title: chart.title, embedUrl: new URL(embedPath(chart.id, locale), site).href }),
    width: 640,
    height: { chart: 620, map: 760, turnover: 720 }[chart.visual],
    thumbnail_url: new URL(embedImagePath(chart.id, 'png', locale), site).href,
    thumbnail_width: chart.image.width,
    thumbnail_height: chart.image.height,
  };
}
