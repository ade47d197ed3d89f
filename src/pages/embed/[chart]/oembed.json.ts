import type { APIRoute, GetStaticPaths } from 'astro';
import { embedImagePath, embedPath, embeddableCharts, type EmbeddableChart } from '../../../embed/charts';
import { iframeSnippet } from '../../../embed/snippets';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** oEmbed 1.0, type "rich": the iframe code with absolute URLs, and the static image as thumbnail. */
export const GET: APIRoute = ({ props, site, url }) => {
  const { chart } = props as { chart: EmbeddableChart };
  const base = site ?? url;
  const document = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: 'Around Kazakhstan',
    provider_url: new URL('/', base).href,
    html: iframeSnippet({ id: chart.id, title: chart.title, embedUrl: new URL(embedPath(chart.id), base).href }),
    width: 640,
    height: chart.visual === 'chart' ? 620 : 760,
    thumbnail_url: new URL(embedImagePath(chart.id, 'png'), base).href,
    thumbnail_width: chart.image.width,
    thumbnail_height: chart.image.height,
  };
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
