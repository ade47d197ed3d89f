import type { APIRoute } from 'astro';
import { embedImagePath, embedPath, embeddableCharts, localizedChart, oembedPath } from '../../embed/charts';
import { locales } from '../../i18n/locale';

/** The manifest of embeddable charts, one entry per chart and edition (`lang`), with site-relative URLs. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      locales.flatMap((locale) => embeddableCharts.map((base) => {
        const chart = localizedChart(base, locale);
        return {
          id: chart.id,
          lang: locale,
          title: chart.title,
          url: embedPath(chart.id, locale),
          oembed: oembedPath(chart.id, locale),
          image: embedImagePath(chart.id, 'png', locale),
        };
      })),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
