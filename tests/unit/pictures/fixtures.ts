/** The story's own scenes, routes and places, parsed as the build parses them, for the pictures' unit tests. */
import { readFileSync } from 'node:fs';
import { svgMapModel } from '../../../src/map/svgMapModel';
import { PlaceSchema, RouteSchema } from '../../../src/schemas/place';
import { SceneSchema, type Scene } from '../../../src/schemas/scene';

const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8')) as unknown[];

export const scenes = new Map<string, Scene>(read('scenes.json').map((row) => {
  const scene = SceneSchema.parse(row);
  return [scene.id, scene];
}));
/** Countries are left out: the tests look at what a scene puts on the map, not at the land under it. */
export const model = svgMapModel({ type: 'FeatureCollection', features: [] }, read('routes.json').map((row) => RouteSchema.parse(row)), read('places.json').map((row) => PlaceSchema.parse(row)), 'en');
export const queueNote = ['About 700 trucks queued,', '11 km long (not to scale)'];
