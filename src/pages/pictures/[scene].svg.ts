import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPictureCatalog } from '../../pictures/pictureCatalog';

/** `/pictures/<scene-id>.svg`: each scene's picture, as the steps that show it have it (src/pictures/). */
export const getStaticPaths = (async () => [...(await loadPictureCatalog('en')).scenes.keys()].map((scene) => ({ params: { scene } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const picture = (await loadPictureCatalog('en')).scenes.get(params.scene!);
  if (!picture) return new Response('No step shows this scene', { status: 404 });
  return new Response(picture.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
