import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPictureCatalog } from '../../../pictures/pictureCatalog';
import { rasterise } from '../../../pictures/rasterise';

/** `/ru/pictures/<scene-id>.png`: the same picture, 1200 px wide, for newsletters and apps that take no SVG. */
export const getStaticPaths = (async () => [...(await loadPictureCatalog('ru')).scenes.keys()].map((scene) => ({ params: { scene } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const picture = (await loadPictureCatalog('ru')).scenes.get(params.scene!);
  if (!picture) return new Response('No step shows this scene', { status: 404 });
  return new Response(new Uint8Array(rasterise(picture.svg, picture.width)), { headers: { 'Content-Type': 'image/png' } });
};
