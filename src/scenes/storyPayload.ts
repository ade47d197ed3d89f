/**
 * Where the story page's scene data lives: a JSON file per edition beside the page (`/story-data.json`,
 * `/ru/story-data.json`), fetched by the story's code after the first paint. Inline, its 3 KB gzip pushed the story's
 * HTML past what the first round trip carries (#16).
 */
import { localePath, type Locale } from '../i18n/locale';
import { graphicPayloadFor, loadGraphicData } from '../i18n/graphicsData';

export const storyPayloadPath = (locale: Locale) => localePath(locale, '/story-data.json');

/** The endpoint's response: the edition's scenes, vocabulary and map features. */
export async function storyPayloadResponse(locale: Locale): Promise<Response> {
  const payload = graphicPayloadFor(await loadGraphicData(locale));
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
}
