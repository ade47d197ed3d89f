/**
 * Size of each visual's static image, CSS px: the embeds' images and link cards, and each step's picture (the PNG is
 * rasterised at this width).
 */
export const imageSizes = {
  chart: { width: 1200, height: 675 },
  map: { width: 1200, height: 900 },
  turnover: { width: 1200, height: 820 },
} as const satisfies Record<string, { width: number; height: number }>;
