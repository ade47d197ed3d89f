import type { APIRoute, GetStaticPaths } from 'astro';
import { embeddableCharts, type EmbeddableChart } from '../../../embed/charts';
import { oembedDocument } from '../../../embed/oembed';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** oEmbed 1.0, type "rich": the iframe code with absolute URLs, and the static image as thumbnail. */
export const GET: APIRoute = ({ props, site, url }) =>
  new Response(JSON.stringify(oembedDocument((props as { chart: EmbeddableChart }).chart, 'en', site ?? url), null, 2), { headers: { 'Content-Type': 'application/json' } });
