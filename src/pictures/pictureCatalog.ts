/**
 * Build time (and `npm run dev`): every step's picture with its file, alt text and the storyboard's warnings, from
 * the story's validated data. The pages (story, linear edition, storyboard) and the picture endpoints read it here,
 * so they always agree on which picture a step has.
 */
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';
import { storyDataFor, type StoryData } from '../lib/storyData';
import { region } from '../map/region';
import { svgMapModel } from '../map/svgMapModel';
import { describePicture } from './describePicture';
import { mapPictureView } from './mapImage';
import { mapPictureScale, pictureSize, pictureSvg, type PictureContext } from './pictureImage';
import { outOfFrameWarnings, unchangedPictureWarnings, type NameOf } from './pictureWarnings';
import { picturePath, picturesShown, stepPictures, type PictureState } from './stepPictures';


/** One scene's picture: its files, size and alt text. */
export interface ScenePicture {
  scene: string;
  label: string;
  state: PictureState;
  svg: string;
  alt: string;
  width: number;
  height: number;
  src: { svg: string; png: string };
  /** What the scene names that the picture's frame leaves out. */
  frameWarnings: string[];
}

/** One step, in reading order: its picture, whether the story shows it there, and what the storyboard warns of. */
export interface StepPictureEntry {
  step: string;
  index: number;
  picture: ScenePicture;
  /** False when the previous step has the same picture: read top to bottom, it is not repeated. */
  shown: boolean;
  warnings: string[];
}

export interface PictureCatalog {
  scenes: Map<string, ScenePicture>;
  steps: StepPictureEntry[];
  stepsById: Map<string, StepPictureEntry>;
}

/** "All goods: Kazakhstan statistics bureau. Washing machines: …", the chart's source line. */
export const surgeSourceLine = (data: Pick<StoryData, 'surgeSourceLines'>, locale: Locale) =>
  data.surgeSourceLines
    .map((line) => `${line.label}: ${line.sources.map((source) => source.publication + (source.weak ? graphicsText[locale].chart.smallOutlet : '')).join('; ')}`)
    .join('. ');

const cached = new Map<Locale, Promise<PictureCatalog>>();

/**
 * The catalog of an edition (pictures at /pictures/, /ru/pictures/), made once per build; in dev on every request,
 * so a saved content file shows at once.
 */
export function loadPictureCatalog(locale: Locale): Promise<PictureCatalog> {
  if (!cached.has(locale) || import.meta.env.DEV) cached.set(locale, storyDataFor(locale).then((data) => buildCatalog(data, locale)));
  return cached.get(locale)!;
}

function buildCatalog(data: StoryData, locale: Locale): PictureCatalog {
  const model = svgMapModel(region, data.routes, data.places, locale);
  const sourceLine = surgeSourceLine(data, locale);
  const names = data.vocabulary;
  const nameOf: NameOf = (kind, id) => (kind === 'route' ? names.routeNames.get(id) : kind === 'country' ? names.countryNames?.get(id) : names.placeNames.get(id)) ?? id;
  const pictures = stepPictures(data.steps, data.scenesById);
  const scenes = new Map<string, ScenePicture>();
  const drawings = new Map<string, string>();
  for (const { scene: id, state } of pictures) {
    if (scenes.has(id)) continue;
    const scene = data.scenesById.get(id)!;
    const context: PictureContext = { panels: data.surgePanels, sourceLine, model, queueNote: data.queueNotes[id] };
    const size = pictureSize(state.visual);
    // The picture's own framing: what the scene names that this frame leaves out.
    const view = state.visual === 'map' ? mapPictureView(model, state.map, { ...size, note: context.queueNote, scale: mapPictureScale }) : null;
    const frameWarnings = view ? outOfFrameWarnings(view.framing, view.view, nameOf) : [];
    scenes.set(id, {
      scene: id,
      label: scene.label,
      state,
      svg: pictureSvg(state, context, scene.label, locale),
      alt: describePicture(state, scene, { names, panels: data.surgePanels, queueNote: context.queueNote }, locale),
      ...size,
      src: { svg: picturePath(id, 'svg', locale), png: picturePath(id, 'png', locale) },
      frameWarnings,
    });
    drawings.set(id, pictureSvg(state, context, null, locale));
  }
  const withDrawings = pictures.map((picture) => ({ ...picture, drawing: drawings.get(picture.scene)! }));
  const unchanged = unchangedPictureWarnings(withDrawings);
  const shown = picturesShown(withDrawings, (picture) => picture.drawing);
  const steps = pictures.map((picture, index): StepPictureEntry => {
    const scenePicture = scenes.get(picture.scene)!;
    return { step: picture.step, index, picture: scenePicture, shown: shown[index]!, warnings: [...(unchanged[index] ? [unchanged[index]!] : []), ...scenePicture.frameWarnings] };
  });
  return { scenes, steps, stepsById: new Map(steps.map((entry) => [entry.step, entry])) };
}
