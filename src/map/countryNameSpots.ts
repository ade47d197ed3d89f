/**
 * Where country names may sit on the map: cartographic placement chosen by eye for this region (not data: nothing
 * here is a figure the story states). A large country has several spots, each inside it; a scene that names the
 * country labels it at the spot nearest what the scene shows (China by Khorgos in 2022, by Manzhouli for the
 * detour), so the name is in view without widening the frame. The first spot is the default.
 */
export const countryLabels: Record<string, [number, number][]> = {
  Kazakhstan: [[67.5, 48.2]],
  Russia: [[60, 57.5], [44.3, 44.6], [113, 52.6], [47, 48.6]],
  China: [[100, 36], [84, 41.5], [121.5, 46.4]],
  Mongolia: [[103, 46.5]],
  Iran: [[55, 32], [50.5, 35.2]],
  Georgia: [[43.6, 42.1]],
  Azerbaijan: [[47.6, 40.35]],
  Armenia: [[44.9, 40.15]],
  Kyrgyzstan: [[76.2, 41.3]],
  Uzbekistan: [[60.5, 43.4]],
  Turkmenistan: [[59, 39.2]],
  Ukraine: [[32, 49]],
};

/** Countries too small to label until the camera is closer than this zoom, unless the scene names them. */
export const smallCountries = new Set(['Georgia', 'Armenia', 'Azerbaijan']);
export const smallCountryMinZoom = 4.5;
