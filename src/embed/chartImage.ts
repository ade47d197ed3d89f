/**
 * Build-time: the static SVG of an embeddable chart in an edition and a theme, from the story's data (see
 * staticImages.ts). Both themes come from the same drawing functions, handed the theme's palette.
 */
import { fullestMapScene, storyDataFor } from '../lib/storyData';
import { svgMapModel } from '../map/svgMapModel';
import { region } from '../map/region';
import { localizedChart, type EmbeddableChart } from './charts';
import { exportSurgeImage, rerouteMapImage } from './staticImages';
import { surgeSourceLine } from '../pictures/pictureCatalog';
import type { Locale } from '../i18n/locale';
import { rasterise } from '../pictures/rasterise';
import { loadTurnoverReports } from '../lib/turnoverData';
import { tradeTurnoverImage } from '../pictures/turnoverImage';
import { graphicsText } from '../i18n/graphics';
import { picturePalettes, type Theme } from '../lib/palette';

export async function chartImageSvg(base: EmbeddableChart, locale: Locale, theme: Theme = 'light'): Promise<string> {
  const data = await storyDataFor(locale);
  const chart = localizedChart(base, locale);
  const palette = picturePalettes[theme];
  if (chart.visual === 'turnover') {
    const reports = await loadTurnoverReports(locale);
    const sources = [...new Set(reports.map((report) => report.source.publication + (report.source.weak ? graphicsText[locale].chart.smallOutlet : '')))];
    return tradeTurnoverImage(reports, `${sources.join('; ')}.`, { title: chart.title, ...chart.image, palette }, locale);
  }
  if (chart.visual === 'chart') {
    return exportSurgeImage(data.surgePanels, surgeSourceLine(data, locale), { title: chart.title, ...chart.image, palette }, undefined, locale);
  }
  const model = svgMapModel(region, data.routes, data.places, locale);
  const scene = fullestMapScene(data);
  return rerouteMapImage(model, scene.map!, { title: chart.title, ...chart.image, note: data.queueNotes[scene.id], palette }, locale);
}

/** The same SVG, rasterised at build time with the machine's fonts (no browser needed). */
export async function chartImagePng(chart: EmbeddableChart, locale: Locale, theme: Theme = 'light'): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(rasterise(await chartImageSvg(chart, locale, theme), chart.image.width));
}
