import type { APIRoute, GetStaticPaths } from 'astro';
import { embeddableCharts, type EmbeddableChart } from '../../embed/charts';
import { chartImageSvg } from '../../embed/chartImage';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await chartImageSvg((props as { chart: EmbeddableChart }).chart, 'en'), { headers: { 'Content-Type': 'image/svg+xml' } });
