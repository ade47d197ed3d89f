/**
 * Browser: the story's map comes without its names, routes and places (StoryMapSvg.astro `layersInData`); they
 * arrive with the story's data (storyPayload.ts) and go in here, before svgMap.ts reads them. Parsing them is one
 * small task (some 10 KB of markup) as the story starts, after the first paint.
 */
import type { MapLayersMarkup } from '../scenes/payload';

export type { MapLayersMarkup };

export function insertMapLayers(figure: HTMLElement, layers: MapLayersMarkup | undefined): void {
  if (figure.dataset.layers !== 'in-data') return;
  if (!layers) throw new Error('The story map needs its layers (mapLayers) in the story data; see src/scenes/storyPayload.ts');
  // An SVG element as the context parses the markup as SVG (the HTML fragment algorithm's foreign content).
  figure.querySelector('[data-map-svg]')!.insertAdjacentHTML('beforeend', layers.svg);
  figure.querySelector('[data-map-labels]')!.insertAdjacentHTML('beforeend', layers.labels);
  figure.dataset.layers = 'inserted';
}
