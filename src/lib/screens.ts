/**
 * The screens the site is laid out and checked on, in one place for the code, the tests and the scripts (the
 * stylesheets keep their own `@media` lines, named below). No imports: scripts run this file with Node's own
 * TypeScript support.
 */

/** Viewports (CSS px) the story is read and tested on: small and common phones, a tablet, a laptop, a wide desktop. */
export const screens = {
  smallPhone: { width: 360, height: 640 },
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 800 },
  desktop: { width: 1920, height: 1080 },
} as const;

/**
 * Below 56rem the step's card scrolls over the graphic instead of beside it: scrolly.css, chart.css and map.css
 * switch at `(max-width: 55.99rem)` / `(min-width: 56rem)`, and the map's framing keeps the card's part clear.
 */
export const cardsOverGraphic = '(max-width: 55.99rem)';

/**
 * The map's frame on the two phones, with what covers it (the step's card over the lower part), CSS px: the frames
 * the map's geometry and framing are checked on.
 */
export const phoneMapFrames = [
  { size: { width: 336, height: 552 }, padding: { top: 12, right: 12, bottom: 384, left: 12 } },
  { size: { width: 366, height: 756 }, padding: { top: 12, right: 12, bottom: 506, left: 12 } },
] as const;
