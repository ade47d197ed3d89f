import type { APIRoute, GetStaticPaths } from 'astro';
import { embeddableCharts, type EmbeddableChart } from '../../../embed/charts';
import { chartImagePng } from '../../../embed/chartImage';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The chart's static SVG, rasterised at build time with the machine's fonts (no browser needed). */
export const GET: APIRoute = async ({ props }) =>
  new Response(await chartImagePng((props as { chart: EmbeddableChart }).chart, 'ru'), { headers: { 'Content-Type': 'image/png' } });
