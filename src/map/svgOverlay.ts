/**
 * The story's SVG map in two layers: the sea and country outlines below, which no scene change touches, and a
 * transparent SVG over them with the same box, viewBox and camera transform that holds what scenes change: the
 * shading of the countries a scene names (fill and outline copies of those countries) and the routes, places and
 * SVG names. A scene change then rasterises the overlay's few shapes again, not every outline under them: in
 * software raster (SwiftShader here) that was a stall of 0.3–1.3 s after each scene change (README, Performance).
 */
const svgNamespace = 'http://www.w3.org/2000/svg';

export interface SvgOverlay {
  element: SVGSVGElement;
  /** Copies of `countries` in the overlay, hidden until shaded (`data-shaded="true"`), in the same order. */
  shadesOf(countries: readonly SVGPathElement[]): SVGPathElement[];
}

/** Moves `svg`'s names, routes and places into a new SVG laid over it; returns it. */
export function createSvgOverlay(svg: SVGSVGElement): SvgOverlay {
  const element = document.createElementNS(svgNamespace, 'svg');
  element.setAttribute('class', 'map-overlay-svg');
  element.setAttribute('aria-hidden', 'true');
  element.setAttribute('preserveAspectRatio', svg.getAttribute('preserveAspectRatio') ?? 'xMidYMid slice');
  element.setAttribute('viewBox', svg.getAttribute('viewBox') ?? '0 0 1 1');
  const shades = document.createElementNS(svgNamespace, 'g');
  shades.setAttribute('class', 'shades');
  element.append(shades, ...svg.querySelectorAll(':scope > g.country-labels, :scope > g.routes, :scope > g.places'));
  svg.after(element);
  return {
    element,
    shadesOf(countries) {
      const copies = countries.map((country) => {
        const copy = document.createElementNS(svgNamespace, 'path');
        copy.setAttribute('class', 'shade');
        copy.setAttribute('d', country.getAttribute('d') ?? '');
        copy.dataset.country = country.dataset.country ?? '';
        return copy;
      });
      shades.replaceChildren(...copies);
      return copies;
    },
  };
}
