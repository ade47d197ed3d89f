/**
 * Browser side of the framing (DOM measuring): measures the map's frame and what covers it once per resize (never per frame),
 * and hands each scene its view (camera and names) for that layout. The story and the embeds use it alike, so
 * the map frames a scene the same way wherever it is shown; both renderers draw the view they are given.
 */
import type { Scene } from '../schemas/scene';
import type { Size } from './camera';
import { noPadding, type Padding } from './frameMarks';
import { freeArea, type Box } from './freeArea';
import { mapView, sceneMarks, type MapView, type SceneMarks } from './sceneMarks';
import type { SvgMapModel } from './svgMapModel';
import { inIdleTime } from '../lib/stillness';
import { cardsOverGraphic } from '../lib/screens';

/** The map model as the build-time SVG carries it: routes' points, named places and countries' name spots. */
function modelFromSvg(figure: HTMLElement): SvgMapModel {
  const routes = [...figure.querySelectorAll<SVGPolylineElement>('polyline.route')].map((element) => ({
    id: element.dataset.route!,
    era: element.dataset.era as '2022' | 'detour',
    by: element.dataset.by as 'road' | 'sea',
    name: '',
    points: element.getAttribute('points')!.trim().split(/\s+/).map((pair) => pair.split(',').map(Number) as [number, number]),
  }));
  const places = [...figure.querySelectorAll<HTMLElement>('.map-label.place-name')].map((element) => ({
    id: element.dataset.place!,
    name: element.querySelector('.name .full')?.textContent ?? '',
    short: element.querySelector('.name .short')?.textContent ?? undefined,
    kind: element.dataset.kind as 'city',
    x: Number(element.dataset.x),
    y: Number(element.dataset.y),
  }));
  const countryLabels = [...figure.querySelectorAll<HTMLElement>('.map-label.country-name')].map((element) => ({
    name: element.dataset.labelId!.replace(/^country:/, ''),
    // The name as printed in the page's edition: framing sizes the box for it.
    text: element.textContent ?? '',
    spots: element.dataset.spots!.split(' ').map((spot) => spot.split(',').map(Number) as [number, number]),
    small: element.dataset.small === 'true',
  }));
  return { countries: [], routes, places, countryLabels };
}

/** Each queue note's lines, by scene, as the page printed them. */
function notesFromSvg(figure: HTMLElement): Map<string, string[]> {
  return new Map([...figure.querySelectorAll<HTMLElement>('.queue-note')].map((element) => [
    element.dataset.noteScene!,
    [...element.querySelectorAll('.line')].map((line) => line.textContent ?? ''),
  ]));
}

export interface MapLayout {
  /** What covers the frame, measured on resize; none in an embed. */
  measure(frame: HTMLElement): { size: Size; padding: Padding };
}

/** The story: cards scroll over the map on narrow layouts; the embed link and step controls sit over it. */
export function storyLayout(graphic: HTMLElement, covers: () => Element[]): MapLayout {
  const narrow = window.matchMedia(cardsOverGraphic);
  return {
    measure(frame) {
      const origin = graphic.getBoundingClientRect();
      // Boxes in the graphic's coordinates, which are the viewport's while it is stuck: the graphic may not be stuck
      // yet when this runs (at load, above the story), so what is fixed to the viewport is taken as it is.
      const box = (element: Element): Box => {
        const rect = element.getBoundingClientRect();
        const fixed = getComputedStyle(element).position === 'fixed';
        return { top: rect.top - (fixed ? 0 : origin.top), left: rect.left - (fixed ? 0 : origin.left), width: rect.width, height: rect.height };
      };
      const frameBox = box(frame);
      const padding = freeArea({
        frame: frameBox,
        viewportHeight: window.innerHeight,
        cardsOverMap: narrow.matches,
        covers: covers().filter((element) => element.getClientRects().length > 0).map(box),
      });
      return { size: { width: frameBox.width, height: frameBox.height }, padding };
    },
  };
}

/** An embed: nothing covers the map but its own edges. */
export const embedLayout: MapLayout = {
  measure(frame) {
    const rect = frame.getBoundingClientRect();
    return { size: { width: rect.width, height: rect.height }, padding: freeArea({ frame: { top: 0, left: 0, width: rect.width, height: rect.height }, viewportHeight: rect.height, cardsOverMap: false, covers: [] }) };
  },
};

export interface MapFraming {
  /** The view of scene `id` for the current layout: the same object until the layout changes. */
  viewFor(id: string): MapView;
  /** Every map scene's view for the current layout (MapLibre visits their cameras while it loads). */
  views(): MapView[];
  /** What scene `id` must show, with its names' boxes: exploring places its names again for each camera (story/explore.ts). */
  marksFor(id: string): SceneMarks;
  /**
   * Frames every scene for the current layout ahead of time, one per idle period, so a scene change (or MapLibre's
   * first load) finds its view ready: framing a scene places its names, 3–10 ms each at 4× CPU throttling.
   */
  warm(): void;
}

/**
 * Frames `scenes` in `figure`'s map for `layout`, re-measuring when the frame or the window changes size;
 * `onChange` is called after each re-measure so the caller draws again.
 */
export function createMapFraming(figure: HTMLElement, scenes: readonly Scene[], layout: MapLayout, onChange: () => void): MapFraming {
  const frame = figure.querySelector<HTMLElement>('.map-frame')!;
  const model = modelFromSvg(figure);
  const notes = notesFromSvg(figure);
  const framings = new Map<string, SceneMarks>();
  for (const scene of scenes) if (scene.map) framings.set(scene.id, sceneMarks(scene.map, model, notes.get(scene.id)));
  let measured = { size: { width: 700, height: 700 }, padding: noPadding };
  let cache = new Map<string, MapView>();
  const remeasure = (initial = false) => {
    const next = layout.measure(frame);
    if (next.size.width <= 0 || next.size.height <= 0) return;
    const same = JSON.stringify(next) === JSON.stringify(measured);
    measured = next;
    if (same) return;
    // For tests and the debug view: the frame's size and the free area's padding, px.
    figure.dataset.freeArea = [next.size.width, next.size.height, next.padding.top, next.padding.right, next.padding.bottom, next.padding.left].map(Math.round).join(' ');
    cache = new Map();
    if (!initial) {
      onChange();
      warm();
    }
  };
  remeasure(true);
  // Layout reads on resize only: a resize observer on the frame, and the window (the reading line moves with it).
  new ResizeObserver(() => remeasure()).observe(frame);
  window.addEventListener('resize', () => remeasure());
  const viewFor = (id: string) => {
    let view = cache.get(id);
    if (!view) {
      const framing = framings.get(id) ?? framings.values().next().value!;
      view = mapView(framing, measured.size, measured.padding);
      cache.set(id, view);
    }
    return view;
  };
  const warm = () => inIdleTime([...framings.keys()].map((id) => () => void viewFor(id)));
  return { viewFor, views: () => [...framings.keys()].map(viewFor), warm, marksFor: (id) => framings.get(id) ?? framings.values().next().value! };
}
