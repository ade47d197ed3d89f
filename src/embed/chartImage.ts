/** Build-time: the static SVG of an embeddable chart, from the story's data (see staticImages.ts). */
import { fullestMapScene, loadStoryData } from '../lib/storyData';
import { svgMapModel } from '../map/svgMapModel';
import { region } from '../map/region';
import type { EmbeddableChart } from './charts';
import { exportSurgeImage, rerouteMapImage } from './staticImages';
import { surgeSourceLine } from '../pictures/pictureCatalog';

export async function chartImageSvg(chart: EmbeddableChart): Promise<string> {
  const data = await loadStoryData();
  if (chart.visual === 'chart') {
    return exportSurgeImage(data.surgePanels, surgeSourceLine(data), { title: chart.title, ...chart.image });
  }
  const model = svgMapModel(region, data.routes, data.places);
  const scene = fullestMapScene(data);
  return rerouteMapImage(model, scene.map!, { title: chart.title, ...chart.image, note: data.queueNotes[scene.id] });
}
