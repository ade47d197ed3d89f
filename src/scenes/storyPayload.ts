/**
 * Where the story page's scene data lives: a JSON file per edition beside the page (`/story-data.json`,
 * `/ru/story-data.json`), fetched by the story's code after the first paint. Inline, its 3 KB gzip pushed the story's
 * HTML past what the first round trip carries (#16). For the same reason it carries the map's names, routes and
 * places (`mapLayers`): only the script shows them on the story's page (print and readers without JavaScript see
 * each scene's picture), so they need not hold up its first paint.
 */
import { localePath, type Locale } from '../i18n/locale';
import { graphicPayloadFor, loadGraphicData } from '../i18n/graphicsData';
import { staticMapMarkup } from '../map/staticMapMarkup';
import { storyMapInput } from '../map/storyMapInput';

export const storyPayloadPath = (locale: Locale) => localePath(locale, '/story-data.json');

/** The endpoint's response: the edition's scenes, vocabulary and map features, and the map's layers. */
export async function storyPayloadResponse(locale: Locale): Promise<Response> {
  const data = await loadGraphicData(locale);
  const { svgLayers, labels } = staticMapMarkup(storyMapInput(data, locale));
  const payload = { ...graphicPayloadFor(data), mapLayers: { svg: svgLayers, labels } };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
}
