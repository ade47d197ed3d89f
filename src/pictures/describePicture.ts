/**
 * The alt text of a step's picture, written from the picture's state and the data, like the graphic's live
 * description (`describeScene`) but for a still picture: the chart's reported values at the picture's growth, the
 * map without its moving trucks, with the queue note's words.
 */
import { surgePanelLayout, type SurgePanel } from '../charts/exportSurge/layout';
import { describeScene, type SceneVocabulary } from '../scenes/describeScene';
import type { Scene } from '../schemas/scene';
import type { PictureState } from './stepPictures';
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

/** Panels are described from the layout's own labels: the same reported values the picture prints. */
const panelAt = (panel: SurgePanel, growth: number, locale: Locale) => surgePanelLayout(panel, { width: 200, height: 180 }, growth, locale);

export function describePicture(
  state: PictureState,
  scene: Scene,
  data: { names: SceneVocabulary; panels: readonly SurgePanel[]; queueNote?: readonly string[] | undefined },
  locale: Locale,
): string {
  const words = graphicsText[locale].describe;
  if (state.visual === 'chart') {
    const { growth, highlight } = state.chart;
    const values = data.panels.map((panel) => {
      const [bar2021, bar2022] = panelAt(panel, growth, locale).bars;
      return growth >= 1 ? words.pictureValues(panel.label, bar2021.label, bar2022.label, panel.change) : `${panel.label}: ${bar2021.label}`;
    });
    const when = growth >= 1 ? words.pictureBoth : words.pictureStart;
    const focus = highlight ? words.highlighted(data.names.surgeLabels.get(highlight) ?? highlight) : '';
    return `${words.picture(when, values.join('; '))}${focus}`;
  }
  // A still picture draws no trucks: describe the scene without them, and say what the queue note says instead.
  const still = describeScene({ ...scene, map: { ...state.map, trucks: 'none' } }, data.names);
  const note = state.map.queue && data.queueNote ? words.noteAt(data.names.placeNames.get(state.map.queue.at) ?? state.map.queue.at, data.queueNote.join(' ')) : '';
  return `${still}${note}`;
}
