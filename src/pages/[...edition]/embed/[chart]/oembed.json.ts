import type { APIRoute } from 'astro';
import { oembedDocument } from '../../../../embed/oembed';
import { embedChartPaths, type EmbedChartProps } from '../_charts';

export const getStaticPaths = embedChartPaths;

/** oEmbed 1.0, type "rich": the iframe code with absolute URLs, and the static image as thumbnail. */
export const GET: APIRoute = ({ props, site, url }) => {
  const { chart, locale } = props as EmbedChartProps;
  return new Response(JSON.stringify(oembedDocument(chart, locale, site ?? url), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
