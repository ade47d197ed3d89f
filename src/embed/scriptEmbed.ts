/**
 * The script embed, `/embed.js`: one line in a host page puts a chart's frame there, sized by the chart's height
 * messages and themed to match the page around it. Two ways to write it (several charts per page are fine):
 *
 *   <a href="https://<site>/embed/export-surge/" data-around-kazakhstan-chart>…</a><script async src="https://<site>/embed.js"></script>
 *   <script async src="https://<site>/embed.js" data-chart="export-surge" data-lang="ru"></script>
 *
 * The first replaces the link with the frame (without scripts the reader keeps the link); the second puts the frame
 * before the script. `data-theme="light|dark"` forces a theme; `data-state` (or `?state=` in the link) an opening state.
 *
 * src/pages/embed.js.ts compiles this file's text with esbuild and calls `startScriptEmbed(config)` after it, so it
 * stands alone: no imports but types, no request to any other site.
 */

export interface ScriptEmbedConfig {
  /** Chart id → edition → the path of the chart's embed page, e.g. `/ru/embed/export-surge/`. */
  frames: Record<string, Record<string, string>>;
  /** Chart id → edition → the chart's title, for the frame's `title`. */
  titles: Record<string, Record<string, string>>;
  /** Chart id → the frame's height in CSS px until the chart reports its own. */
  heights: Record<string, number>;
  /** The edition of a script tag without `data-lang`. */
  defaultLang: string;
}

export type Theme = 'light' | 'dark';
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

/** Marks a link or script tag already handled, so each runs once however many copies of the script load. */
export const handledAttribute = 'data-around-kazakhstan-embedded';
const statePattern = /^[a-z0-9-]{1,64}$/;
// Not Object.hasOwn: host pages' readers may have browsers older than it (Safari before 15.4).
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** A computed CSS colour (`rgb()`, `rgba()`, `color(srgb …)`, `#hex`, `transparent`) as 0–255 channels, or null. */
export function parseCssColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (hex) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const [r, g, b, a = 255] = digits.match(/../g)!.map((pair) => parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const fn = /^(rgba?|color)\(\s*(srgb\s+)?([^)]*)\)$/.exec(text);
  if (!fn || (fn[1] === 'color') !== Boolean(fn[2])) return null;
  const parts = fn[3].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const scale = fn[1] === 'color' ? 255 : 1;
  const channel = (part: string) => (part.endsWith('%') ? (parseFloat(part) / 100) * 255 : parseFloat(part) * scale);
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel);
  return [r, g, b, alpha].every(Number.isFinite) ? { r, g, b, a: Math.min(1, Math.max(0, alpha)) } : null;
}

/** WCAG relative luminance of a colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = Math.min(255, Math.max(0, channel)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The theme a background calls for, or null when it is mostly see-through or unreadable. Dark below luminance
 * 0.179, where white and black text contrast equally with it.
 */
export function themeFromBackground(color: string): Theme | null {
  const rgba = parseCssColor(color);
  if (!rgba || rgba.a < 0.5) return null;
  return relativeLuminance(rgba) < 0.179 ? 'dark' : 'light';
}

/** The theme a `color-scheme` value settles (`dark`, `only light`), or null (`normal`, `light dark`: either). */
export function themeFromColorScheme(value: string | null | undefined): Theme | null {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  return dark === words.includes('light') ? null : dark ? 'dark' : 'light';
}

export interface ThemeClues {
  /** `data-theme` of the link or script tag. */
  forced?: string | null;
  /** Computed `background-color` of the element the frame goes into and each of its ancestors, innermost first. */
  backgrounds: readonly string[];
  /** `color-scheme` of that element, of the root, and the `<meta name="color-scheme">` content. */
  colorSchemes: readonly (string | null | undefined)[];
  /** Whether the reader's system prefers dark. */
  prefersDark: boolean;
}

/**
 * The frame's theme: `data-theme` if valid; else the first opaque background around the frame, since that is what
 * the chart will sit on; else a `color-scheme` that names one scheme; else, for a page that allows both, the
 * reader's preference; else light (the canvas of a page that says nothing is white).
 */
export function pickTheme({ forced, backgrounds, colorSchemes, prefersDark }: ThemeClues): Theme {
  if (forced === 'light' || forced === 'dark') return forced;
  for (const color of backgrounds) {
    const theme = themeFromBackground(color);
    if (theme) return theme;
  }
  for (const scheme of colorSchemes) {
    const theme = themeFromColorScheme(scheme);
    if (theme) return theme;
  }
  return prefersDark && colorSchemes.some((scheme) => /\bdark\b/i.test(scheme ?? '')) ? 'dark' : 'light';
}

export interface ChartTarget {
  chart: string;
  lang: string;
  state: string | null;
}

/** A chart and edition named by a script tag, if both are known; `state` kept only if it looks like a scene id. */
export function chartTarget(config: ScriptEmbedConfig, chart: string | null, lang: string | null, state: string | null = null): ChartTarget | null {
  const editions = chart !== null && has(config.frames, chart) ? config.frames[chart] : null;
  const edition = lang ?? config.defaultLang;
  if (!editions || !has(editions, edition)) return null;
  return { chart: chart!, lang: edition, state: state !== null && statePattern.test(state) ? state : null };
}

/** The chart and edition a link points to: one of the embed pages on `origin`, with its `?state=`; else null. */
export function targetFromHref(config: ScriptEmbedConfig, href: string, origin: string): ChartTarget | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  for (const chart of Object.keys(config.frames)) {
    for (const lang of Object.keys(config.frames[chart])) {
      if (config.frames[chart][lang] === url.pathname) return chartTarget(config, chart, lang, url.searchParams.get('state'));
    }
  }
  return null;
}

/** The frame's address: the chart's page on `origin`, with `?state=` and `?theme=`. */
export function frameUrl(config: ScriptEmbedConfig, origin: string, target: ChartTarget, theme: Theme): string {
  const url = new URL(config.frames[target.chart][target.lang], origin);
  if (target.state) url.searchParams.set('state', target.state);
  url.searchParams.set('theme', theme);
  return url.href;
}

/** The height in a chart's Datawrapper-format message (`{"datawrapper-height": {"<chart>": px}}`), or null. */
export function heightFromMessage(data: unknown, chart: string): number | null {
  const heights = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['datawrapper-height'] : null;
  if (typeof heights !== 'object' || heights === null || !has(heights, chart)) return null;
  const height = (heights as Record<string, unknown>)[chart];
  return typeof height === 'number' && height > 0 && height < 100_000 ? Math.ceil(height) : null;
}

/** Finds this origin's links and script tags not yet handled, puts a frame at each, and keeps the frames' heights. */
export function startScriptEmbed(config: ScriptEmbedConfig): void {
  const own = document.currentScript as HTMLScriptElement | null;
  const source = own?.src || document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]')?.src;
  if (!source) return;
  const origin = new URL(source).origin;
  const frames: { frame: HTMLIFrameElement; chart: string }[] = [];

  const themeAround = (place: Element, forced: string | null): Theme => {
    const backgrounds: string[] = [];
    for (let node: Element | null = place; node; node = node.parentElement) backgrounds.push(getComputedStyle(node).backgroundColor);
    const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content;
    const colorSchemes = [getComputedStyle(place).colorScheme, getComputedStyle(document.documentElement).colorScheme, meta];
    return pickTheme({ forced, backgrounds, colorSchemes, prefersDark: matchMedia('(prefers-color-scheme: dark)').matches });
  };

  const createFrame = (target: ChartTarget, place: Element, forcedTheme: string | null): HTMLIFrameElement => {
    const frame = document.createElement('iframe');
    frame.src = frameUrl(config, origin, target, themeAround(place, forcedTheme));
    frame.title = config.titles[target.chart][target.lang];
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('data-around-kazakhstan', target.chart);
    frame.style.cssText = `display:block;width:100%;min-width:100%;border:0;height:${config.heights[target.chart]}px`;
    frames.push({ frame, chart: target.chart });
    return frame;
  };

  const originOf = (address: string | null) => {
    try {
      return new URL(address ?? '', location.href).origin;
    } catch {
      return null;
    }
  };

  const embedAll = () => {
    for (const element of document.querySelectorAll<HTMLElement>('a[data-around-kazakhstan-chart], script[data-chart]')) {
      const isLink = element instanceof HTMLAnchorElement;
      // Another copy of this script (or another site's) handles its own.
      if (element.hasAttribute(handledAttribute) || originOf(element.getAttribute(isLink ? 'href' : 'src')) !== origin) continue;
      const target = isLink
        ? targetFromHref(config, element.getAttribute('href')!, origin)
        : chartTarget(config, element.getAttribute('data-chart'), element.getAttribute('data-lang'), element.getAttribute('data-state'));
      const parent = element.closest('body') ? element.parentElement : null;
      element.setAttribute(handledAttribute, target && parent ? 'yes' : 'no');
      if (!target || !parent) {
        console.warn(`embed.js: no chart for this ${isLink ? 'link' : 'script tag'}; charts: ${Object.keys(config.frames).join(', ')}.`);
        continue;
      }
      const frame = createFrame(target, parent, element.getAttribute('data-theme'));
      if (isLink) element.replaceWith(frame);
      else parent.insertBefore(frame, element);
    }
  };

  // From our frames only: the message's origin is ours and its source is the frame's window.
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    for (const { frame, chart } of frames) {
      if (frame.contentWindow !== event.source) continue;
      const height = heightFromMessage(event.data, chart);
      if (height !== null) frame.style.height = `${height}px`;
    }
  });
  embedAll();
  // An async script may run before the rest of the page is parsed: links after it are handled once it is.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
}
