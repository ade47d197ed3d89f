/**
 * This site as an oEmbed provider, in the format of the oEmbed registry (https://github.com/iamcal/oembed,
 * `providers/*.yml`, published as https://oembed.com/providers.json), which Ghost, Wagtail, Drupal and other
 * consumers read to know which addresses they may embed. The site is static, so each chart and edition is an
 * endpoint of its own: its oembed.json answers any `?url=…&format=json` the consumer appends.
 */
import { embedIndexPath, embedPath, embeddableCharts, oembedPath } from './charts';
import { locales } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

export interface OembedEndpoint {
  /** Addresses this endpoint answers for; `*` is any text. The first one, without its `*`, is a page with discovery. */
  schemes: string[];
  /** The oEmbed endpoint. */
  url: string;
  /** The pages link the endpoint with `<link rel="alternate" type="application/json+oembed">`. */
  discovery: true;
  formats: ['json'];
  /** Registry file only (dropped from providers.json): where the codes are documented. */
  docs_url?: string;
  /** Registry file only: full requests the registry's checks fetch. */
  example_urls?: string[];
}

export interface OembedProvider {
  provider_name: string;
  provider_url: string;
  endpoints: OembedEndpoint[];
}

/** The registry entry for the site at `site`: one endpoint per chart and edition, with docs and example requests. */
export function oembedProviderEntry(site: URL): OembedProvider {
  return {
    provider_name: graphicsText.en.storyTitle,
    provider_url: new URL('/', site).href,
    endpoints: locales.flatMap((locale) =>
      embeddableCharts.map((chart) => {
        const page = new URL(embedPath(chart.id, locale), site).href;
        const endpoint = new URL(oembedPath(chart.id, locale), site).href;
        return {
          // With and without a query (`?state=…`): some consumers' `*` needs at least one character.
          schemes: [`${page}*`, page],
          url: endpoint,
          discovery: true as const,
          formats: ['json'] as ['json'],
          docs_url: new URL(embedIndexPath(locale), site).href,
          example_urls: [`${endpoint}?url=${encodeURIComponent(page)}&format=json`],
        };
      }),
    ),
  };
}

/** The entry as it appears in providers.json: the registry's build drops `docs_url`, `example_urls` and `notes`. */
export function providersJsonEntry(site: URL): OembedProvider {
  const entry = oembedProviderEntry(site);
  return { ...entry, endpoints: entry.endpoints.map(({ docs_url: _docs, example_urls: _examples, ...endpoint }) => endpoint) };
}
