/**
 * The site's two palettes, light and dark: the colour tokens of src/styles/global.css (`--ink`, `--map-land`, …) as
 * data, for what paints outside CSS (MapLibre's canvas, the build-time pictures) and for the contrast tests. The CSS
 * keeps its own copy of each value, so the first paint needs no script; tests/unit/lib/palette.test.ts holds the two
 * equal and every pair that must be read against each other to WCAG AA.
 */

/** A theme: the reader's `prefers-color-scheme`, or an embed's `?theme=` (src/lib/embedFlags.ts). */
export type Theme = 'light' | 'dark';

/** One palette. Each key is a CSS custom property in kebab case (`inkSoft` → `--ink-soft`). */
export interface Palette {
  /** The page's background. */
  paper: string;
  /** Body text, headings, bar values, place names. */
  ink: string;
  /** Secondary text: deks, notes, legends, axis labels. */
  inkSoft: string;
  /** Tertiary text (the table of contents' numbers). */
  muted: string;
  /** Hairlines and panel rules (decorative). */
  rule: string;
  /** The route through Kazakhstan, the 2022 bars and changes, the kicker: as a line and as text. */
  accent: string;
  /** The detours, links: as a line and as text. */
  detour: string;
  /** The keyboard focus ring. */
  focus: string;
  /** The phone's step cards over the graphic (a little see-through). */
  card: string;
  /** The background of buttons, pills and switches. */
  surface: string;
  /** Text on a background of `ink` (a pressed switch, the skip link). */
  onInk: string;
  /** An embed's background, and the pictures' (white in light: a chart dropped into a host's white page). */
  canvas: string;
  /** The 2021 bars. */
  bar2021: string;
  /** The ✕ of a closed crossing. */
  closed: string;
  mapSea: string;
  /** Countries the scene does not name. */
  mapLand: string;
  mapKazakhstan: string;
  mapRussia: string;
  /** The countries a scene names. */
  mapShaded: string;
  mapBorder: string;
  /** Country names and their leader lines. */
  mapLabel: string;
  /** The halo around place names, and the fill of a town's dot. */
  mapHalo: string;
  truck: string;
  /** A truck's outline, which keeps it apart from routes of a similar lightness. */
  truckEdge: string;
}

export const palettes: Readonly<Record<Theme, Readonly<Palette>>> = {
  // Unchanged from before there was a dark theme: the e2e suite compares colours and pixels in places.
  light: {
    paper: '#fbfaf7',
    ink: '#1a1a1a',
    inkSoft: '#4a4a4a',
    muted: '#6b6b6b',
    rule: '#d9d5cc',
    accent: '#a3311b',
    detour: '#0f5e73',
    focus: '#1d4ed8',
    card: 'rgb(255 255 255 / 0.96)',
    surface: '#ffffff',
    onInk: '#ffffff',
    canvas: '#ffffff',
    bar2021: '#7d7d7d',
    closed: '#b00020',
    mapSea: '#dfe8ec',
    mapLand: '#f4f1ea',
    mapKazakhstan: '#ece3d3',
    mapRussia: '#e9e6df',
    mapShaded: '#e4d3b8',
    mapBorder: '#a9a398',
    mapLabel: '#6b655c',
    mapHalo: '#ffffff',
    truck: '#1a1a1a',
    truckEdge: '#ffffff',
  },
  // Warm near-black paper and light ink; the accent and detour lifted so lines keep 3:1 on every land fill and text
  // 4.5:1 on paper and cards; land lighter than the sea and the named countries lighter again, as in light.
  dark: {
    paper: '#141311',
    ink: '#ece7df',
    inkSoft: '#b9b2a7',
    muted: '#a19a8f',
    rule: '#3d3934',
    accent: '#f07c5f',
    detour: '#5cc0d6',
    focus: '#8ab4ff',
    card: 'rgb(31 29 26 / 0.96)',
    surface: '#24211e',
    onInk: '#141311',
    canvas: '#141311',
    bar2021: '#7a766f',
    closed: '#ff6b7d',
    mapSea: '#0e181c',
    mapLand: '#2b2925',
    mapKazakhstan: '#38322a',
    mapRussia: '#33312d',
    mapShaded: '#4a3f2f',
    mapBorder: '#67615a',
    mapLabel: '#b3ac9f',
    mapHalo: '#141311',
    truck: '#f4f0e9',
    truckEdge: '#141311',
  },
};

/** The colours of a picture (src/pictures/): the palette plus the band behind conflicting turnover reports. */
export interface PicturePalette extends Palette {
  /** The accent at about a fifth over `canvas`: the span between a year's conflicting reports. */
  band: string;
}

export const picturePalettes: Readonly<Record<Theme, Readonly<PicturePalette>>> = {
  light: { ...palettes.light, band: '#f0d9d3' },
  dark: { ...palettes.dark, band: '#402821' },
};

/** The CSS custom property of a palette key: `inkSoft` → `--ink-soft`, `bar2021` → `--bar-2021`. */
export const cssVariable = (key: string): string =>
  `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/(\D)(\d)/, '$1-$2')}`;

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** `#rgb`, `#rrggbb` or `rgb(r g b / a)` (as the palettes write them) as channels; throws on anything else. */
export function parseColour(colour: string): Rgba {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
    const [r, g, b] = digits.match(/../g)!.map((pair) => parseInt(pair, 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  const rgb = /^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*(?:\/\s*([\d.]+))?\s*\)$/.exec(text);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  throw new Error(`palette: cannot read the colour "${colour}"`);
}

/** `colour` painted over the opaque `background`, as the reader sees it. */
export function over(colour: string, background: string): Rgba {
  const top = parseColour(colour);
  const bottom = parseColour(background);
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG 2 contrast ratio of `foreground` on `background` (1 to 21). A see-through colour is first painted over
 * `behind` (the paper, by default the light one's), whichever of the two it is.
 */
export function contrastRatio(foreground: string, background: string, behind = palettes.light.paper): number {
  const solid = (colour: string) => (parseColour(colour).a < 1 ? over(colour, behind) : parseColour(colour));
  const [lighter, darker] = [luminance(solid(foreground)), luminance(solid(background))].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
