import type { APIRoute } from 'astro';
import { chartImagePng } from '../../../embed/chartImage';
import { embedChartPaths, type EmbedChartProps } from './_charts';

export const getStaticPaths = embedChartPaths;

/** The chart's static SVG, rasterised at build time with the machine's fonts (no browser needed). */
export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as EmbedChartProps;
  return new Response(await chartImagePng(chart, locale), { headers: { 'Content-Type': 'image/png' } });
};
