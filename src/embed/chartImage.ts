/** Build-time: the static SVG of an embeddable chart, from the story's data (see staticImages.ts). */
import { fullestMapScene, loadStoryData } from '../lib/storyData';
import { svgMapModel } from '../map/svgMapModel';
import { region } from '../map/region';
import type { EmbeddableChart } from './charts';
import { exportSurgeImage, rerouteMapImage } from './staticImages';

export async function chartImageSvg(chart: EmbeddableChart): Promise<string> {
  const data = await loadStoryData();
  if (chart.visual === 'chart') {
    const sourceLine = data.surgeSourceLines
      .map((line) => `${line.label}: ${line.sources.map((source) => source.publication + (source.weak ? ' (small outlet)' : '')).join('; ')}`)
      .join('. ');
    return exportSurgeImage(data.surgePanels, sourceLine, { title: chart.title, ...chart.image });
  }
  const model = svgMapModel(region, data.routes, data.places);
  const scene = fullestMapScene(data);
  return rerouteMapImage(model, scene.map!, { title: chart.title, ...chart.image, note: data.queueNotes[scene.id] });
}
