import type { APIRoute } from 'astro';
import { chartImageSvg } from '../../../embed/chartImage';
import { embedChartPaths, type EmbedChartProps } from './_charts';

export const getStaticPaths = embedChartPaths;

/** The chart's static SVG in the dark theme: the same drawing with the dark palette. */
export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as EmbedChartProps;
  return new Response(await chartImageSvg(chart, locale, 'dark'), { headers: { 'Content-Type': 'image/svg+xml' } });
};
