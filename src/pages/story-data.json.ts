import type { APIRoute } from 'astro';
import { storyPayloadResponse } from '../scenes/storyPayload';

/** `/story-data.json`: the English story's scenes for its browser code (src/scenes/storyPayload.ts). */
export const GET: APIRoute = () => storyPayloadResponse('en');
