/**
 * The words the browser writes itself, in every edition: the graphic's text alternative (`describeScene`), the map
 * walk's places (scenes/walkWords.ts) and the chart's "none". They are the `scene` part of each edition's words file
 * (content/editions/<code>.json), so a page's scripts carry these few lines, not every edition's legend and pages.
 */
import { perLocale, type Locale } from './locale';
import type { Words } from './words';
import { fill, plural, type PluralForms } from './template';

export { listWords } from './template';

type SceneWordsFile = Words['scene'];

/**
 * Each edition's `scene` words by code. Node (the build, Vitest, Playwright's specs) reads the files; the browser
 * has them from its bundle, where Vite puts the `scene` part of every file (import.meta.glob runs only under Vite).
 */
const files: Record<string, SceneWordsFile> = (() => {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  if (node) {
    const folder = `${process.cwd()}/content/editions`;
    const read = (name: string) => (JSON.parse(node.readFileSync(`${folder}/${name}`, 'utf8')) as Words).scene;
    return Object.fromEntries(node.readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => [name.slice(0, -5), read(name)]));
  }
  const bundled = import.meta.glob<SceneWordsFile>('../../content/editions/*.json', { eager: true, import: 'scene' });
  return Object.fromEntries(Object.entries(bundled).map(([path, words]) => [path.replace(/^.*\/|\.json$/g, ''), words]));
})();

const sceneWords = (locale: Locale): SceneWordsFile => {
  const words = files[locale];
  if (!words) throw new Error(`content/editions/${locale}.json: no words for the edition "${locale}".`);
  return words;
};

/** The sentences of the graphic's text alternative and of the pictures' alt text, in an edition. */
function describeFor(locale: Locale) {
  const words = sceneWords(locale).describe;
  return {
    chart: (when: string) => fill(words.chart, { when }),
    when: words.when,
    highlighted: (label: string) => fill(words.highlighted, { label }),
    map: words.map,
    shaded: (list: string) => fill(words.shaded, { list }),
    routes: (list: string) => fill(words.routes, { list }),
    closed: (list: string) => fill(words.closed, { list }),
    marked: (list: string) => fill(words.marked, { list }),
    queue: words.queue,
    flow: words.flow,
    picture: (when: string, values: string) => fill(words.picture, { when, values }),
    pictureBoth: words.pictureBoth,
    pictureStart: words.pictureStart,
    pictureValues: (label: string, start: string, end: string, change: string) => fill(words.pictureValues, { label, start, end, change }),
    noteAt: (place: string, note: string) => fill(words.noteAt, { place, note }),
    /** The live description while the reader explores the map: what is in view. */
    exploring: (countries: string, places: string) =>
      fill(words.exploring, { countries: countries || words.exploringNoCountry, places: places ? fill(words.exploringPlaces, { places }) : '' }),
  };
}

export type DescribeWords = ReturnType<typeof describeFor>;

/** What a map step's place says when a reader walks the map's places with the keyboard (scenes/walkWords.ts). */
function walkFor(locale: Locale) {
  const words = sceneWords(locale).walk;
  return {
    kinds: words.kinds,
    closed: words.closed,
    routes: (count: number, list: string) => fill(plural(words.routes as PluralForms, count, locale), { list }),
  };
}

/** The sentences of the graphic's text alternative and of the pictures' alt text, by edition. */
export const describeWords: Record<Locale, DescribeWords> = perLocale(describeFor);

/** A map place's words for the keyboard walk, by edition. */
export const placeWalkWords: Record<Locale, ReturnType<typeof walkFor>> = perLocale(walkFor);

/** What a chart bar says to a keyboard or screen-reader walk: product, year, the value as printed, its source. */
export const barWords: Record<Locale, (label: string, year: string, value: string, source: string) => string> = perLocale((locale) =>
  (label, year, value, source) => fill(sceneWords(locale).bar, { label, year, value, source }));

/** The story map's "Explore the map" control, written by its script (story/exploreToggle.ts), by edition. */
export const exploreWords: Record<Locale, { open: string; back: string; hint: string }> = perLocale((locale) => sceneWords(locale).explore);

/** The chapter bar's and the Share buttons' words: made by the script, so they ride in its bundle, not the page's HTML. */
export type WayfindingWords = SceneWordsFile['wayfinding'];
export const wayfindingWords: Record<Locale, WayfindingWords> = perLocale((locale) => sceneWords(locale).wayfinding);

/** A bar with no value (zero), by edition. */
export const noneWord: Record<Locale, string> = perLocale((locale) => sceneWords(locale).none);

/**
 * How an edition writes the words around its numbers (lib/format.ts): scale words, units, qualifiers, the plural
 * forms of "times"; `group` and `thousands` empty where the edition writes Intl's own separator and every digit.
 */
export const numberWordsFile = (locale: Locale): SceneWordsFile['numbers'] => sceneWords(locale).numbers;

