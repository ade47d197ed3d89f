import type { APIRoute } from 'astro';
import { editionPaths, type EditionProps } from '../../i18n/editionRoutes';
import { storyDataFor } from '../../lib/storyData';
import { storyMapLayers } from '../../map/storyMapInput';
import { graphicPayload } from '../../scenes/storyPayload';
import type { StoryPayload } from '../../scenes/payload';

export const getStaticPaths = () => editionPaths();

/** `/story-data.json`, `/ru/story-data.json`: each edition's scenes for the story's browser code (src/scenes/storyPayload.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as EditionProps;
  const data = await storyDataFor(locale);
  const payload: StoryPayload = { ...graphicPayload(data), mapLayers: storyMapLayers(data, locale) };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
