import type { APIRoute, GetStaticPaths } from 'astro';
import { embeddableCharts, type EmbeddableChart } from '../../embed/charts';
import { chartImagePng } from '../../embed/chartImage';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The chart's static image in the dark theme: the same drawing with the dark palette, rasterised at build time. */
export const GET: APIRoute = async ({ props }) =>
  new Response(await chartImagePng((props as { chart: EmbeddableChart }).chart, 'en', 'dark'), { headers: { 'Content-Type': 'image/png' } });
