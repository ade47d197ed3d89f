import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { embeddableCharts, type EmbeddableChart } from '../../embed/charts';
import { chartImageSvg } from '../../embed/chartImage';

export const getStaticPaths = (() => embeddableCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The same SVG, rasterised at build time with the machine's fonts (no browser needed). */
export const GET: APIRoute = async ({ props }) => {
  const { chart } = props as { chart: EmbeddableChart };
  const png = new Resvg(await chartImageSvg(chart), {
    fitTo: { mode: 'width', value: chart.image.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
