/** `getStaticPaths` of the pictures: each scene a step of the edition shows, with its picture in that edition. */
import { editionPaths, type EditionProps } from '../../../i18n/editionRoutes';
import { loadPictureCatalog, type ScenePicture } from '../../../pictures/pictureCatalog';

export const scenePicturePaths = () =>
  editionPaths(async (locale) => [...(await loadPictureCatalog(locale)).scenes].map(([scene, picture]) => ({ params: { scene }, props: { picture } })));

export type ScenePictureProps = EditionProps & { picture: ScenePicture };
