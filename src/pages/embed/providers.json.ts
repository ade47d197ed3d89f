import type { APIRoute } from 'astro';
import { providersJsonEntry } from '../../embed/oembedProvider';

/**
 * The site as an oEmbed provider in the format of https://oembed.com/providers.json (a list with one entry), for
 * consumers that take a list of providers of their own (Wagtail's and Drupal's oEmbed settings, for instance).
 */
export const GET: APIRoute = ({ site, url }) =>
  new Response(JSON.stringify([providersJsonEntry(site ?? url)], null, 2), { headers: { 'Content-Type': 'application/json' } });
