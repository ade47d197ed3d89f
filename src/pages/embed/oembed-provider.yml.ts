import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { oembedProviderEntry } from '../../embed/oembedProvider';

/**
 * The site's entry for the oEmbed registry, as a file for its `providers/` folder (https://github.com/iamcal/oembed):
 * the registry's own layout (`---`, a list, `...`), with this build's SITE_URL.
 */
export const GET: APIRoute = ({ site, url }) =>
  new Response(`---\n${stringify([oembedProviderEntry(site ?? url)], { indentSeq: false, lineWidth: 0 })}...\n`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
