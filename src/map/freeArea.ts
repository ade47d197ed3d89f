/**
 * The part of the map's frame a reader can see while reading a step: not under the step's card (phones and
 * tablets, where cards scroll over the map), the embed link or the step controls. Pure: the browser measures the
 * boxes once per resize and the framing (frameMarks.ts) keeps what a scene names inside the rest.
 */
import type { Padding } from './frameMarks';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where a reader has a step's card: its top a little above the middle of the screen (the story's deep links land
 * it at 42%; the step turns current when its top crosses 50%, and readers read on with it higher).
 */
export const readingLine = 0.4;
/** Clear space kept inside the frame's edges and above the card, px. */
export const frameMargin = 12;
/** The free area never gets shorter than this, px: on a landscape phone the card would otherwise leave nothing. */
const minFreeHeight = 120;

export interface FreeAreaInput {
  /** The map's frame within the sticky graphic, whose top is the viewport's top while the reader is in the story. */
  frame: Box;
  viewportHeight: number;
  /** True where step cards scroll over the graphic (narrow layouts). */
  cardsOverMap: boolean;
  /** Other things drawn over the frame (the embed link, the step controls), in the same coordinates. */
  covers: readonly Box[];
}

export function freeArea({ frame, viewportHeight, cardsOverMap, covers }: FreeAreaInput): Padding {
  const padding: Padding = { top: frameMargin, right: frameMargin, bottom: frameMargin, left: frameMargin };
  const frameBottom = frame.top + frame.height;
  if (cardsOverMap) {
    const cardTop = viewportHeight * readingLine;
    padding.bottom = Math.max(padding.bottom, frameBottom - cardTop + frameMargin);
  }
  for (const cover of covers) {
    const overlapsX = cover.left < frame.left + frame.width && cover.left + cover.width > frame.left;
    const overlapsY = cover.top < frameBottom && cover.top + cover.height > frame.top;
    if (!overlapsX || !overlapsY) continue;
    // Over the frame's upper half, it pushes the free area down; over the lower half, up.
    if (cover.top + cover.height / 2 < frame.top + frame.height / 2) padding.top = Math.max(padding.top, cover.top + cover.height - frame.top + 4);
    else padding.bottom = Math.max(padding.bottom, frameBottom - cover.top + 4);
  }
  const freeHeight = frame.height - padding.top - padding.bottom;
  if (freeHeight < minFreeHeight) padding.bottom = Math.max(frameMargin, frame.height - padding.top - minFreeHeight);
  return padding;
}
