/**
 * Where country names sit on the map: cartographic placement chosen by eye for this region (not data: nothing
 * here is a figure the story states). Only countries the story names are labelled.
 */
export const countryLabels: Record<string, [number, number]> = {
  Kazakhstan: [67.5, 48.2],
  Russia: [60, 57.5],
  China: [100, 36],
  Mongolia: [103, 46.5],
  Iran: [55, 32],
  Georgia: [43.6, 42.1],
  Azerbaijan: [47.6, 40.35],
  Armenia: [44.9, 40.15],
  Kyrgyzstan: [76.2, 41.3],
  Uzbekistan: [60.5, 43.4],
  Turkmenistan: [59, 39.2],
  Ukraine: [32, 49],
};

/** Countries too small to label until the camera is closer than this zoom. */
export const smallCountries = new Set(['Georgia', 'Armenia', 'Azerbaijan']);
export const smallCountryMinZoom = 4.5;
