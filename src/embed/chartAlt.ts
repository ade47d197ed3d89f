/**
 * The text alternative of an embeddable chart's static image (the picture `?static` shows, and the link card's
 * image): written from the same data the image is drawn from, like each step's picture's alt text.
 */
import { describePicture } from '../pictures/describePicture';
import { turnoverAlt } from '../charts/tradeTurnover/describe';
import { fullestMapScene, storyDataFor } from '../lib/storyData';
import { loadTurnoverReports } from '../lib/turnoverData';
import type { Locale } from '../i18n/locale';
import type { EmbeddableChart } from './charts';

export async function chartImageAlt(chart: EmbeddableChart, locale: Locale): Promise<string> {
  if (chart.visual === 'turnover') return turnoverAlt(await loadTurnoverReports(locale), locale);
  const data = await storyDataFor(locale);
  const context = { names: data.vocabulary, panels: data.surgePanels };
  if (chart.visual === 'chart') {
    const scene = [...data.scenesById.values()].find((candidate) => candidate.visual === 'chart')!;
    return describePicture({ visual: 'chart', chart: { growth: 1, highlight: null } }, scene, context, locale);
  }
  const scene = fullestMapScene(data);
  return describePicture({ visual: 'map', map: scene.map! }, scene, { ...context, queueNote: data.queueNotes[scene.id] }, locale);
}
