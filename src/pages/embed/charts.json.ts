import type { APIRoute } from 'astro';
import { embedImagePath, embedPath, embeddableCharts, oembedPath } from '../../embed/charts';

/** The manifest of embeddable charts, with site-relative URLs. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      embeddableCharts.map((chart) => ({
        id: chart.id,
        title: chart.title,
        url: embedPath(chart.id),
        oembed: oembedPath(chart.id),
        image: embedImagePath(chart.id, 'png'),
      })),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
