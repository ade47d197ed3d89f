import type { APIRoute } from 'astro';
import { rasterise } from '../../../pictures/rasterise';
import { scenePicturePaths, type ScenePictureProps } from './_scenes';

export const getStaticPaths = scenePicturePaths;

/** `/pictures/<scene-id>.png`, `/ru/pictures/…`: the same picture, 1200 px wide, for newsletters and apps that take no SVG. */
export const GET: APIRoute = ({ props }) => {
  const { picture } = props as ScenePictureProps;
  return new Response(new Uint8Array(rasterise(picture.svg, picture.width)), { headers: { 'Content-Type': 'image/png' } });
};
