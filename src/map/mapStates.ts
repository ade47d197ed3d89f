/** How each route and place is drawn in a map scene. Shared by both renderers so they always agree. */
import type { MapScene } from '../schemas/scene';

export type RouteState = 'active' | 'past' | 'hidden';
export type PlaceState = 'closed' | 'marked' | 'hidden';

/**
 * Active routes are the scene's; once crossings are closed, the 2022 roads stay on as faded "past" routes for
 * contrast; everything else is hidden. Places are marked when the scene names them, closed when it closes them.
 */
export function mapElementStates(scene: Pick<MapScene, 'routes' | 'places' | 'closed'>, routes: readonly { id: string; era: string }[], placeIds?: readonly string[]) {
  const routeStates = new Map<string, RouteState>();
  for (const route of routes) {
    if (scene.routes.includes(route.id)) routeStates.set(route.id, 'active');
    else if (route.era === '2022' && scene.closed.length > 0) routeStates.set(route.id, 'past');
    else routeStates.set(route.id, 'hidden');
  }
  const placeStates = new Map<string, PlaceState>();
  for (const id of placeIds ?? [...scene.places, ...scene.closed]) {
    placeStates.set(id, scene.closed.includes(id) ? 'closed' : scene.places.includes(id) ? 'marked' : 'hidden');
  }
  return {
    routes: routeStates,
    /** Places not listed are hidden. */
    places: { get: (id: string): PlaceState => placeStates.get(id) ?? 'hidden' },
  };
}

/**
 * Whether `next` draws its routes, places and shaded countries differently from `previous`. Scenes come from one
 * parsed file, so the same scene keeps the same arrays: comparing them by reference is enough, and cheap every frame.
 */
export function elementStatesChanged(previous: MapScene | null, next: MapScene): boolean {
  return !previous || previous.routes !== next.routes || previous.closed !== next.closed || previous.places !== next.places || previous.countries !== next.countries;
}
