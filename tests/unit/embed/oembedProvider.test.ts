import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GET as providerYaml } from '../../../src/pages/embed/oembed-provider.yml';
import { GET as providersJson } from '../../../src/pages/embed/providers.json';
import { oembedProviderEntry, providersJsonEntry } from '../../../src/embed/oembedProvider';
import { embeddableCharts, embedPath, oembedPath } from '../../../src/embed/charts';
import { locales } from '../../../src/i18n/locale';

const site = new URL('https://news.example');
/** How consumers match a scheme: `*` is any text (iamcal/oembed's own tools, and most libraries). */
const matches = (scheme: string, url: string) =>
  new RegExp(`^${scheme.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(url);

describe('oembedProviderEntry(site): the oEmbed registry entry', () => {
  const entry = oembedProviderEntry(site);
  it('has the registry\'s fields, an endpoint per chart and edition, and example requests', () => {
    expect(entry.provider_name).toBe('Around Kazakhstan');
    expect(entry.provider_url).toBe('https://news.example/');
    expect(entry.endpoints).toHaveLength(embeddableCharts.length * locales.length);
    for (const endpoint of entry.endpoints) {
      expect(endpoint.discovery).toBe(true);
      expect(endpoint.formats).toEqual(['json']);
      expect(endpoint.schemes.length).toBeGreaterThan(0);
      expect(endpoint.example_urls!.every((url) => url.startsWith(`${endpoint.url}?url=`))).toBe(true);
      // The registry's check fetches the first scheme without its `*` for the discovery link: an embed page.
      expect(endpoint.schemes[0].endsWith('/*')).toBe(true);
    }
  });
  it('sends each chart\'s address, with or without a ?state, to that chart\'s own oEmbed file, and nothing else anywhere', () => {
    for (const locale of locales) {
      for (const chart of embeddableCharts) {
        const page = new URL(embedPath(chart.id, locale), site).href;
        for (const url of [page, `${page}?state=detour-china`]) {
          const endpoints = entry.endpoints.filter((endpoint) => endpoint.schemes.some((scheme) => matches(scheme, url)));
          expect(endpoints.map((endpoint) => endpoint.url), url).toEqual([new URL(oembedPath(chart.id, locale), site).href]);
        }
      }
    }
    for (const url of ['https://news.example/', 'https://news.example/embed/', 'https://news.example/embed/charts.json', 'https://other.example/embed/export-surge/']) {
      expect(entry.endpoints.some((endpoint) => endpoint.schemes.some((scheme) => matches(scheme, url))), url).toBe(false);
    }
  });
  it('drops docs_url and example_urls in providers.json, as the registry\'s build does', () => {
    for (const endpoint of providersJsonEntry(site).endpoints) expect(Object.keys(endpoint).sort()).toEqual(['discovery', 'formats', 'schemes', 'url']);
  });
});

describe('the endpoints /embed/oembed-provider.yml and /embed/providers.json', () => {
  it('write the registry file in its own layout (---, a list, ...) and providers.json as a list of one', async () => {
    const yaml = await (await providerYaml({ site } as never)).text();
    expect(yaml.startsWith('---\n- provider_name: Around Kazakhstan\n  provider_url: https://news.example/\n  endpoints:\n  - schemes:\n    - https://news.example/embed/')).toBe(true);
    expect(yaml.endsWith('\n...\n')).toBe(true);
    expect(parse(yaml.replace(/\.\.\.\n$/, ''))).toEqual([oembedProviderEntry(site)]);
    expect(JSON.parse(await (await providersJson({ site } as never)).text())).toEqual([providersJsonEntry(site)]);
  });
});
