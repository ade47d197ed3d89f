/**
 * What either map renderer draws (svgMap.ts, maplibreMap.ts): a map scene, how its trucks move, and its view for the
 * current layout. Both import it from here, so neither depends on the other.
 */
import type { MapScene } from '../schemas/scene';
import type { TruckMotion } from './mapTrucks';
import type { MapView } from './sceneMarks';

export interface MapRenderState extends MapScene {
  /** How the trucks move (mapTrucks.ts). */
  truckMotion: TruckMotion;
  /** Camera and names for the frame's current size and free area (one object per scene and layout). */
  view: MapView;
}

/** Draws a state (eased unless `animate` is false); true while a camera flight needs more frames. */
export type DrawMap = (scene: MapRenderState, options: { animate: boolean; now: number }) => boolean;
