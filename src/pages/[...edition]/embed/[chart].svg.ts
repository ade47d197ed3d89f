import type { APIRoute } from 'astro';
import { chartImageSvg } from '../../../embed/chartImage';
import { embedChartPaths, type EmbedChartProps } from './_charts';

export const getStaticPaths = embedChartPaths;

/** The chart's static image as SVG, drawn at build time by the functions that draw the embeds. */
export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as EmbedChartProps;
  return new Response(await chartImageSvg(chart, locale), { headers: { 'Content-Type': 'image/svg+xml' } });
};
