import type { APIRoute } from 'astro';
import { chartImagePng } from '../../../embed/chartImage';
import { embedChartPaths, type EmbedChartProps } from './_charts';

export const getStaticPaths = embedChartPaths;

/** The chart's static image in the dark theme: the same drawing with the dark palette, rasterised at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as EmbedChartProps;
  return new Response(await chartImagePng(chart, locale, 'dark'), { headers: { 'Content-Type': 'image/png' } });
};
