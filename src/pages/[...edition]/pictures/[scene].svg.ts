import type { APIRoute } from 'astro';
import { scenePicturePaths, type ScenePictureProps } from './_scenes';

export const getStaticPaths = scenePicturePaths;

/** `/pictures/<scene-id>.svg`, `/ru/pictures/…`: each scene's picture, as the steps that show it have it (src/pictures/). */
export const GET: APIRoute = ({ props }) => new Response((props as ScenePictureProps).picture.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
