import type { APIRoute } from 'astro';
import { storyPayloadResponse } from '../../scenes/storyPayload';

/** `/ru/story-data.json`: the Russian story's scenes for its browser code (src/scenes/storyPayload.ts). */
export const GET: APIRoute = () => storyPayloadResponse('ru');
