/** Build time: an SVG picture to PNG with resvg, using the machine's fonts (DejaVu Sans here; no browser needed). */
import { Resvg } from '@resvg/resvg-js';

/** The PNG of `svg`, `width` px wide. */
export function rasterise(svg: string, width: number): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render().asPng();
}
