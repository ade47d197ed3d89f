import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/embed.js';
import { embeddableCharts, localizedChart } from '../../../src/embed/charts';
import { oembedFrameHeights } from '../../../src/embed/oembed';
import {
  chartTarget,
  frameUrl,
  heightFromMessage,
  parseCssColor,
  pickTheme,
  relativeLuminance,
  targetFromHref,
  themeFromBackground,
  themeFromColorScheme,
  type ScriptEmbedConfig,
} from '../../../src/embed/scriptEmbed';
import { el, fakeHost, type FakeElement } from './fakeHostPage';

const origin = 'https://around-kazakhstan.example';
const config: ScriptEmbedConfig = {
  frames: {
    'export-surge': { en: '/embed/export-surge/', ru: '/ru/embed/export-surge/' },
    'reroute-map': { en: '/embed/reroute-map/', ru: '/ru/embed/reroute-map/' },
  },
  titles: { 'export-surge': { en: 'Surge', ru: 'Рост' }, 'reroute-map': { en: 'Map', ru: 'Карта' } },
  heights: { 'export-surge': 620, 'reroute-map': 760 },
  defaultLang: 'en',
};

describe('parseCssColor(value) and themeFromBackground(color)', () => {
  it('reads the forms getComputedStyle returns, and hex', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('rgba(18, 18, 18, 0.8)')).toEqual({ r: 18, g: 18, b: 18, a: 0.8 });
    expect(parseCssColor('rgb(18 18 18 / 50%)')).toEqual({ r: 18, g: 18, b: 18, a: 0.5 });
    expect(parseCssColor('color(srgb 1 1 1 / 0.25)')).toEqual({ r: 255, g: 255, b: 255, a: 0.25 });
    expect(parseCssColor('#0b0c0e')).toEqual({ r: 11, g: 12, b: 14, a: 1 });
    expect(parseCssColor('#fff8')).toMatchObject({ r: 255, g: 255, b: 255 });
    expect(parseCssColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });
  it('is null for what it cannot read', () => {
    for (const value of ['', 'red', 'oklch(0.2 0.01 250)', 'rgb(1, 2)', 'rgb(a, b, c)', 'color(display-p3 1 1 1)', 'url(x)', '#12345']) expect(parseCssColor(value), value).toBeNull();
  });
  it('calls a background dark below the luminance where black and white text contrast equally', () => {
    expect(themeFromBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeFromBackground('rgb(17, 17, 17)')).toBe('dark');
    expect(themeFromBackground('rgb(30, 41, 59)')).toBe('dark'); // slate
    expect(themeFromBackground('rgb(245, 240, 230)')).toBe('light'); // newsprint
    expect(themeFromBackground('rgb(102, 102, 102)')).toBe('dark');
    expect(themeFromBackground('rgb(136, 136, 136)')).toBe('light');
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });
  it('ignores see-through backgrounds', () => {
    expect(themeFromBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(themeFromBackground('rgba(0, 0, 0, 0.2)')).toBeNull();
  });
});

describe('pickTheme(clues)', () => {
  const none = { backgrounds: [], colorSchemes: [], prefersDark: false };
  it('obeys data-theme, and only its two values', () => {
    expect(pickTheme({ ...none, forced: 'dark', backgrounds: ['rgb(255, 255, 255)'] })).toBe('dark');
    expect(pickTheme({ ...none, forced: 'light', backgrounds: ['rgb(0, 0, 0)'] })).toBe('light');
    expect(pickTheme({ ...none, forced: '"><script>', backgrounds: ['rgb(0, 0, 0)'] })).toBe('dark');
  });
  it('takes the first opaque background around the frame, innermost first', () => {
    expect(pickTheme({ ...none, backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(20, 20, 20)', 'rgb(255, 255, 255)'] })).toBe('dark');
    expect(pickTheme({ ...none, backgrounds: ['rgb(250, 250, 250)', 'rgb(0, 0, 0)'], colorSchemes: ['dark'] })).toBe('light');
  });
  it('without backgrounds, follows a color-scheme that names one scheme, then the reader for "light dark"', () => {
    expect(pickTheme({ ...none, colorSchemes: ['normal', 'dark', null] })).toBe('dark');
    expect(pickTheme({ ...none, colorSchemes: ['only light'] })).toBe('light');
    expect(pickTheme({ ...none, colorSchemes: ['light dark'], prefersDark: true })).toBe('dark');
    expect(pickTheme({ ...none, colorSchemes: ['light dark'], prefersDark: false })).toBe('light');
    expect(pickTheme({ ...none, colorSchemes: ['normal'], prefersDark: true })).toBe('light');
    expect(themeFromColorScheme('light dark')).toBeNull();
    expect(themeFromColorScheme(undefined)).toBeNull();
  });
});

describe('chartTarget, targetFromHref, frameUrl and heightFromMessage', () => {
  it('accepts only known charts and editions, and states that look like scene ids', () => {
    expect(chartTarget(config, 'export-surge', 'ru')).toEqual({ chart: 'export-surge', lang: 'ru', state: null });
    expect(chartTarget(config, 'reroute-map', null, 'detour-china')).toEqual({ chart: 'reroute-map', lang: 'en', state: 'detour-china' });
    expect(chartTarget(config, 'reroute-map', 'en', '<img onerror=x>')).toEqual({ chart: 'reroute-map', lang: 'en', state: null });
    for (const [chart, lang] of [['nope', 'en'], ['export-surge', 'de'], [null, 'en'], ['__proto__', 'en'], ['constructor', 'en'], ['export-surge', 'toString']]) {
      expect(chartTarget(config, chart, lang), `${chart} ${lang}`).toBeNull();
    }
  });
  it('reads the chart, edition and state from a link to one of the embed pages on the script\'s origin', () => {
    expect(targetFromHref(config, `${origin}/ru/embed/reroute-map/?state=detour-iran`, origin)).toEqual({ chart: 'reroute-map', lang: 'ru', state: 'detour-iran' });
    expect(targetFromHref(config, `${origin}/embed/export-surge/`, origin)).toMatchObject({ chart: 'export-surge', lang: 'en' });
    for (const href of ['https://evil.example/embed/export-surge/', `${origin}/embed/export-surge`, `${origin}/embed/`, 'javascript:alert(1)', 'http://[bad']) {
      expect(targetFromHref(config, href, origin), href).toBeNull();
    }
  });
  it('builds the frame\'s address on the script\'s origin with ?state and ?theme', () => {
    expect(frameUrl(config, origin, { chart: 'reroute-map', lang: 'ru', state: 'detour-china' }, 'dark')).toBe(`${origin}/ru/embed/reroute-map/?state=detour-china&theme=dark`);
    expect(frameUrl(config, origin, { chart: 'export-surge', lang: 'en', state: null }, 'light')).toBe(`${origin}/embed/export-surge/?theme=light`);
  });
  it('reads a chart\'s height from its Datawrapper-format message, and nothing else', () => {
    expect(heightFromMessage({ 'datawrapper-height': { 'export-surge': 611.4 } }, 'export-surge')).toBe(612);
    for (const data of [null, 'x', { 'datawrapper-height': { 'reroute-map': 600 } }, { 'datawrapper-height': { 'export-surge': '600px' } },
      { 'datawrapper-height': { 'export-surge': -1 } }, { 'datawrapper-height': { 'export-surge': Infinity } }, { 'datawrapper-height': null }]) {
      expect(heightFromMessage(data, 'export-surge'), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('/embed.js (src/pages/embed.js.ts) in a host page', () => {
  let code: string;
  beforeAll(async () => {
    const response = await GET({} as never);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    code = await response.text();
  });

  it('is a small standalone script in ASCII: no imports, no other site, every chart and edition built in', () => {
    expect(code.length).toBeLessThan(6000);
    expect(code).not.toMatch(/\bimport\b|\brequire\(|\bfetch\(|https?:\/\//);
    expect(code).toMatch(/^[\x20-\x7e\n]*$/);
    expect(() => new Function(code)).not.toThrow();
    for (const chart of embeddableCharts) {
      for (const path of [`"/embed/${chart.id}/"`, `"/ru/embed/${chart.id}/"`]) expect(code).toContain(path);
    }
  });

  const ours = `${origin}/embed.js`;
  const page = () => {
    const link = el('a', { href: `${origin}/ru/embed/reroute-map/?state=detour-china`, 'data-around-kazakhstan-chart': '' });
    const linkScript = el('script', { src: ours, async: '' });
    const tagged = el('script', { src: ours, 'data-chart': 'export-surge', 'data-theme': 'light' });
    const bad = el('script', { src: ours, 'data-chart': '"><img src=x onerror=alert(1)>' });
    const foreign = el('a', { href: 'https://other.example/embed/export-surge/', 'data-around-kazakhstan-chart': '' });
    const darkBox = el('div', {}, link, linkScript);
    darkBox.background = 'rgb(16, 16, 16)';
    const body = el('body', {}, darkBox, el('p', {}, tagged), el('p', {}, bad), el('p', {}, foreign));
    body.background = 'rgb(255, 255, 255)';
    return { html: el('html', {}, el('head'), body), link, linkScript, tagged, bad, foreign, darkBox };
  };
  const frames = (root: FakeElement) => [...root.walk()].filter((node) => node.tagName === 'iframe');

  it('replaces a link with its chart\'s frame and puts a frame before a script tag that names a chart, each once', () => {
    const { html, linkScript, tagged, darkBox } = page();
    const host = fakeHost(html);
    host.run(code, linkScript);
    host.run(code, tagged); // a second copy of the script finds nothing left to do
    const [mapFrame, surgeFrame] = frames(html);
    expect(frames(html)).toHaveLength(2);
    expect(darkBox.children[0]).toBe(mapFrame);
    expect(mapFrame.src).toBe(`${origin}/ru/embed/reroute-map/?state=detour-china&theme=dark`);
    expect(mapFrame.title).toBe(localizedChart(embeddableCharts.find((chart) => chart.id === 'reroute-map')!, 'ru').title);
    expect(mapFrame.style.cssText).toContain(`height:${oembedFrameHeights['reroute-map']}px`);
    expect(surgeFrame.src).toBe(`${origin}/embed/export-surge/?theme=light`);
    expect(tagged.parentElement!.children.indexOf(surgeFrame)).toBe(tagged.parentElement!.children.indexOf(tagged) - 1);
    expect(host.warnings).toHaveLength(1); // the script tag naming no chart, once
  });

  it('leaves a tag naming no chart, and other sites\' links, as they are; never writes their values', () => {
    const { html, linkScript, bad, foreign } = page();
    const host = fakeHost(html);
    host.run(code, linkScript);
    expect(bad.getAttribute('data-around-kazakhstan-embedded')).toBe('no');
    expect(foreign.parentElement).not.toBeNull();
    expect(foreign.hasAttribute('data-around-kazakhstan-embedded')).toBe(false);
    expect(frames(html).some((frame) => frame.src.includes('img') || frame.src.includes('other.example'))).toBe(false);
    expect(host.warnings.join(' ')).not.toContain('onerror');
  });

  it('sets each frame to the height its own chart reports, from the script\'s origin only', () => {
    const { html, linkScript } = page();
    const host = fakeHost(html);
    host.run(code, linkScript);
    const [mapFrame, surgeFrame] = frames(html);
    host.post({ 'datawrapper-height': { 'reroute-map': 801 } }, origin, mapFrame.contentWindow);
    expect(mapFrame.style.height).toBe('801px');
    host.post({ 'datawrapper-height': { 'reroute-map': 999 } }, 'https://evil.example', mapFrame.contentWindow);
    host.post({ 'datawrapper-height': { 'reroute-map': 999 } }, origin, surgeFrame.contentWindow);
    host.post({ 'datawrapper-height': { 'export-surge': 999 } }, origin, mapFrame.contentWindow);
    expect(mapFrame.style.height).toBe('801px');
    expect(surgeFrame.style.height).toBeUndefined();
    host.post({ 'datawrapper-height': { 'export-surge': 640 } }, origin, surgeFrame.contentWindow);
    expect(surgeFrame.style.height).toBe('640px');
  });

  it('without document.currentScript, finds its origin from its own script tag', () => {
    const { html } = page();
    const host = fakeHost(html);
    host.run(code, null);
    expect(frames(html)).toHaveLength(2);
  });
});
