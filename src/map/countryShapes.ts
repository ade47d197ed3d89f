/**
 * The map's country outlines travel as a file of their own (`/map/countries.svg`, one for every edition): they are
 * two thirds of the story's HTML (34 of 53 KB gzip), and the first screen does not show the map. The page's SVG
 * holds an empty `<g class="countries" data-src>`; the browser fetches the outlines at once and inserts them in idle
 * time. Readers without JavaScript see the scene's picture instead (StoryMapSvg.astro).
 */
import type { SvgMapModel } from './svgMapModel';
import { inIdleTime } from '../lib/stillness';

export const countryShapesPath = '/map/countries.svg';

/** The outlines as a standalone SVG document whose children go, as they are, into the map's countries group. */
export function countryShapesSvg(countries: SvgMapModel['countries']): string {
  const paths = countries.map((country) => `<path class="country" data-country="${country.name}" d="${country.d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg">${paths}</svg>`;
}

/**
 * Browser: fetches the outlines for `group` (its `data-src`) and puts them in, in idle time; resolves with them.
 * Parsing and laying out 100 KB of paths is one task of some 20 ms at 4× CPU throttling: idle time keeps it out of
 * a scroll's frames.
 */
export async function loadCountryShapes(group: SVGGElement): Promise<SVGPathElement[]> {
  const response = await fetch(group.dataset.src!);
  if (!response.ok) throw new Error(`${group.dataset.src}: ${response.status}`);
  const text = await response.text();
  await new Promise<void>((resolve) => inIdleTime([resolve]));
  const shapes = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  group.append(...shapes.children);
  return [...group.querySelectorAll<SVGPathElement>('path.country')];
}
