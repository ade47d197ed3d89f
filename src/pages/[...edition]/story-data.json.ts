import type { APIRoute } from 'astro';
import { editionPaths, type EditionProps } from '../../i18n/editionRoutes';
import { storyPayloadResponse } from '../../scenes/storyPayload';

export const getStaticPaths = () => editionPaths();

/** `/story-data.json`, `/ru/story-data.json`: each edition's scenes for the story's browser code (src/scenes/storyPayload.ts). */
export const GET: APIRoute = ({ props }) => storyPayloadResponse((props as EditionProps).locale);
