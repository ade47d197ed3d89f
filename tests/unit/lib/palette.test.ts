import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedFlagsScript, embedFlagsHash } from '../../../src/lib/embedFlags';
import { contentSecurityPolicy } from '../../../src/lib/csp';
import { contrastRatio, cssVariable, over, palettes, parseColour, picturePalettes, type Palette, type Theme } from '../../../src/lib/palette';

const themes: Theme[] = ['light', 'dark'];
// The tokens are in global.css, and the block an embed's ?theme=dark turns on in embed.css.
const css = ['src/styles/global.css', 'src/styles/embed.css'].map((file) => readFileSync(file, 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of the first block of `selector` in global.css (comments removed) that declares `scheme`. */
function declarations(selector: string, scheme: string): Map<string, string> {
  const bodies = css.split(`${selector} {`).slice(1).map((rest) => rest.slice(0, rest.indexOf('}')));
  const body = bodies.find((candidate) => candidate.includes(`color-scheme: ${scheme};`));
  if (body === undefined) throw new Error(`global.css has no block "${selector}" with color-scheme: ${scheme}`);
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

const cssBlocks: Record<string, { theme: Theme; tokens: Map<string, string> }> = {
  ':root (light)': { theme: 'light', tokens: declarations(':root', 'light') },
  'prefers-color-scheme: dark': { theme: 'dark', tokens: declarations(":root:not([data-theme='light'])", 'dark') },
  "[data-theme='dark']": { theme: 'dark', tokens: declarations(":root[data-theme='dark']", 'dark') },
};

describe('palettes and src/styles/global.css', () => {
  for (const [name, { theme, tokens }] of Object.entries(cssBlocks)) {
    it(`${name}: declares every ${theme} token with the palette's value, and no colour token the palette lacks`, () => {
      for (const [key, value] of Object.entries(palettes[theme])) {
        const declared = tokens.get(cssVariable(key));
        expect(declared, cssVariable(key)).toBeDefined();
        expect(parseColour(declared!), cssVariable(key)).toEqual(parseColour(value));
      }
      const known = new Set(Object.keys(palettes[theme]).map(cssVariable));
      const colours = [...tokens].filter(([, value]) => /^(#|rgb\()/.test(value)).map(([variable]) => variable);
      expect(colours.filter((variable) => !known.has(variable))).toEqual([]);
    });
  }

  it('print stays light: every dark block is for the screen only', () => {
    const darkBlocks = [...css.matchAll(/@media ([^{]+)\{\s*:root[^{]*\{[^}]*color-scheme: dark/g)].map((match) => match[1]!.trim());
    expect(darkBlocks).toEqual(['screen and (prefers-color-scheme: dark)', 'screen']);
    expect(css.match(/color-scheme: dark;/g)).toHaveLength(2);
  });

  it('the light palette is the one the site had before the dark theme (the e2e suite compares its colours)', () => {
    expect(palettes.light).toMatchObject({
      paper: '#fbfaf7', ink: '#1a1a1a', inkSoft: '#4a4a4a', accent: '#a3311b', detour: '#0f5e73', muted: '#6b6b6b',
      bar2021: '#7d7d7d', mapSea: '#dfe8ec', mapLand: '#f4f1ea', mapShaded: '#e4d3b8', closed: '#b00020',
    });
  });
});

describe('cssVariable(key)', () => {
  it('names the custom property of a palette key', () => {
    expect(cssVariable('inkSoft')).toBe('--ink-soft');
    expect(cssVariable('bar2021')).toBe('--bar-2021');
    expect(cssVariable('mapKazakhstan')).toBe('--map-kazakhstan');
  });
});

describe('contrastRatio(foreground, background)', () => {
  it('is 21 for black on white, 1 for a colour on itself, and the same either way round', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#a3311b', '#a3311b')).toBe(1);
    expect(contrastRatio('#4a4a4a', '#fbfaf7')).toBeCloseTo(contrastRatio('#fbfaf7', '#4a4a4a'), 10);
    expect(contrastRatio('#4a4a4a', '#fbfaf7')).toBeCloseTo(8.49, 2);
  });
  it('paints a see-through colour over what is behind it first', () => {
    expect(over('rgb(255 255 255 / 0.5)', '#000000')).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(contrastRatio('#1a1a1a', 'rgb(255 255 255 / 0)', '#1a1a1a')).toBe(1);
  });
});

/** [foreground, background, what it is]: pairs a reader must tell apart. */
type Pair = [keyof Palette, keyof Palette, string];

/** WCAG 1.4.3: text, 4.5:1. Cards are read over the map as well as the paper. */
const textPairs: Pair[] = [
  ...(['ink', 'inkSoft', 'muted', 'accent', 'detour'] as const).flatMap((text): Pair[] => [
    [text, 'paper', 'story text'],
    [text, 'card', "a phone's step card"],
  ]),
  ...(['ink', 'inkSoft', 'accent', 'detour'] as const).map((text): Pair => [text, 'canvas', "an embed's text"]),
  ...(['ink', 'inkSoft', 'detour'] as const).map((text): Pair => [text, 'surface', 'buttons and switches']),
  ['onInk', 'ink', 'a pressed switch, the skip link'],
  ['ink', 'mapHalo', "a place's name in its halo"],
  ['mapLabel', 'mapLand', "a country's name in its halo"],
];

/** WCAG 1.4.11: lines, marks and focus rings, 3:1 against what they are drawn on. */
const graphicPairs: Pair[] = [
  ...(['accent', 'detour'] as const).flatMap((route) =>
    (['mapLand', 'mapKazakhstan', 'mapRussia', 'mapShaded', 'mapSea'] as const).map((fill): Pair => [route, fill, 'a route'])),
  ...(['mapLand', 'mapKazakhstan', 'mapRussia', 'mapShaded'] as const).flatMap((fill): Pair[] => [
    ['closed', fill, 'the ✕ of a closed crossing'],
    ['truck', fill, 'a truck'],
    ['ink', fill, "a place's dot"],
  ]),
  ['truck', 'mapSea', 'a truck on a ferry'],
  ...(['paper', 'canvas', 'card'] as const).flatMap((background): Pair[] => [
    ['bar2021', background, 'a 2021 bar'],
    ['accent', background, 'a 2022 bar'],
  ]),
  ...(['paper', 'card', 'surface', 'canvas', 'mapLand', 'mapSea'] as const).map((background): Pair => ['focus', background, 'the focus ring']),
];

describe('every pair a reader must read, in both themes (WCAG 2.1 AA)', () => {
  for (const theme of themes) {
    const palette = palettes[theme];
    // A card is see-through: the worst of the paper and the map's lands behind it.
    const ratio = ([foreground, background]: Pair) =>
      Math.min(...[palette.paper, palette.mapLand, palette.mapShaded, palette.mapSea].map((behind) => contrastRatio(palette[foreground], palette[background], behind)));
    it(`${theme}: text 4.5:1`, () => {
      for (const pair of textPairs) expect(ratio(pair), `${pair[0]} on ${pair[1]} (${pair[2]})`).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: lines, marks and the focus ring 3:1`, () => {
      for (const pair of graphicPairs) expect(ratio(pair), `${pair[0]} on ${pair[1]} (${pair[2]})`).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: the turnover picture's dots 3:1 on the band between conflicting reports`, () => {
      expect(contrastRatio(picturePalettes[theme].accent, picturePalettes[theme].band)).toBeGreaterThanOrEqual(3);
    });
  }

  it('dark keeps the map\'s fills at least as far apart as light: sea, land, Kazakhstan, named countries', () => {
    const apart = (theme: Theme, a: keyof Palette, b: keyof Palette) => contrastRatio(palettes[theme][a], palettes[theme][b]);
    for (const [a, b] of [['mapLand', 'mapSea'], ['mapShaded', 'mapLand'], ['mapKazakhstan', 'mapLand'], ['mapShaded', 'mapKazakhstan'], ['mapRussia', 'mapLand']] as const) {
      expect(apart('dark', a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(apart('light', a, b));
    }
  });

  it('dark keeps the 2021 and 2022 bars as far apart as light, less 0.05', () => {
    const apart = (theme: Theme) => contrastRatio(palettes[theme].bar2021, palettes[theme].accent);
    expect(apart('dark')).toBeGreaterThanOrEqual(apart('light') - 0.05);
  });
});

describe('the embed flags script (embedFlags.ts)', () => {
  const source = embedFlagsScript;
  /** The theme the script sets for an address's query, run as a browser would, or undefined. */
  const themeFor = (search: string) => {
    const attributes: Record<string, string> = {};
    const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
    runInNewContext(source, { location: { search }, document: { documentElement }, URLSearchParams });
    return attributes['data-theme'];
  };

  it('sets data-theme for ?theme=light and ?theme=dark, with other parameters around', () => {
    expect(themeFor('?theme=dark')).toBe('dark');
    expect(themeFor('?state=detour-china&theme=light')).toBe('light');
  });
  it('ignores every other value and an address without one', () => {
    for (const search of ['', '?theme=', '?theme=Dark', '?theme=dark%22%3E', '?theme=auto', '?theme=light%20dark', '?state=dark']) {
      expect(themeFor(search), search).toBeUndefined();
    }
  });
  it('marks ?plain and ?static, and nothing for other parameters', () => {
    const flagsFor = (search: string) => {
      const attributes: Record<string, string> = {};
      runInNewContext(source, { location: { search }, document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } }, URLSearchParams });
      return Object.keys(attributes).sort();
    };
    expect(flagsFor('?plain')).toEqual(['data-plain']);
    expect(flagsFor('?static&theme=dark')).toEqual(['data-static', 'data-theme']);
    expect(flagsFor('?state=plain&planar=1')).toEqual([]);
  });
  it('is allowed by its hash in the Content-Security-Policy, and no other inline script is', () => {
    expect(contentSecurityPolicy).toContain(`script-src 'self' ${embedFlagsHash}`);
    expect(contentSecurityPolicy.match(/script-src [^;]*/)![0]).not.toContain('unsafe-inline');
  });
  it('stays a few hundred bytes, a classic script with no module syntax', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(600);
    expect(source).not.toMatch(/\b(import|export)\b/);
  });
});
