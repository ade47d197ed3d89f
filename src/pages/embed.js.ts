import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import scriptEmbedSource from '../embed/scriptEmbed.ts?raw';
import { embedPath, embeddableCharts, localizedChart } from '../embed/charts';
import { oembedFrameHeights } from '../embed/oembed';
import type { ScriptEmbedConfig } from '../embed/scriptEmbed';
import { defaultLocale, locales } from '../i18n/locale';

/** What the script knows of the charts, from the same list as the embed pages: ids, editions, paths, titles, heights. */
const config: ScriptEmbedConfig = {
  frames: Object.fromEntries(embeddableCharts.map((chart) => [chart.id, Object.fromEntries(locales.map((locale) => [locale, embedPath(chart.id, locale)]))])),
  titles: Object.fromEntries(embeddableCharts.map((chart) => [chart.id, Object.fromEntries(locales.map((locale) => [locale, localizedChart(chart, locale).title]))])),
  heights: { ...oembedFrameHeights },
  defaultLang: defaultLocale,
};

/**
 * `/embed.js`, the script embed (src/embed/scriptEmbed.ts): its source compiled and minified at build time, with the
 * charts' config passed to `startScriptEmbed`, in a function scope so nothing leaks into the host page.
 */
export const GET: APIRoute = async () => {
  const { code } = await transform(`${scriptEmbedSource}\nstartScriptEmbed(${JSON.stringify(config)});\n`, {
    loader: 'ts',
    format: 'iife',
    target: 'es2017',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
  });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
