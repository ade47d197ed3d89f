/** A step's picture as an SVG document: the chart or the map, drawn by the same functions as the embeds' images. */
import { imageSizes } from './imageSizes';
import type { SurgePanel } from '../charts/exportSurge/layout';
import type { SvgMapModel } from '../map/svgMapModel';
import { exportSurgeImage } from './surgeImage';
import { rerouteMapImage } from './mapImage';
import type { PictureState } from './stepPictures';
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

/** What the drawing needs besides the state: the chart's panels and sources, the map's model and queue note. */
export interface PictureContext {
  panels: readonly SurgePanel[];
  sourceLine: string;
  model: SvgMapModel;
  queueNote?: readonly string[] | undefined;
}

/** Each picture has the size of its visual's embed image (CSS px; the PNG is rasterised at this width). */
export const pictureSize = (visual: PictureState['visual']) => imageSizes[visual];

/** Map pictures are laid out at half their size (mapFrameSize): shown in a text column, their names read at page size. */
export const mapPictureScale = 2;

/**
 * The picture of `state`, headed by `label` (the scene's label). With `label` null the heading is left out: what is
 * left is the drawing alone, which is how the storyboard tells two scenes that draw the same picture.
 */
export function pictureSvg(state: PictureState, context: PictureContext, label: string | null, locale: Locale): string {
  const size = pictureSize(state.visual);
  if (state.visual === 'chart') {
    const words = graphicsText[locale].chart;
    const subtitle = label === null ? '' : words.pictureSubtitle(label);
    return exportSurgeImage(context.panels, context.sourceLine, { title: label === null ? '' : words.title, subtitle, ...size }, state.chart, locale);
  }
  return rerouteMapImage(context.model, state.map, { title: label ?? '', ...size, note: context.queueNote, scale: mapPictureScale }, locale);
}
