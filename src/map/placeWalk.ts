/**
 * Browser: the current map scene's named places as one Tab stop, walked with the arrow keys (lib/rovingFocus.ts),
 * west to east. Each place's HTML label (its dot and name, labelLayer.ts) says its name, its kind and what the scene
 * says of it (scenes/walkWords.ts), made here from what the page already has: the scene, the names in its edition,
 * the queue note's printed lines and the routes drawn through the place. The other names stay hidden from assistive
 * technology: the live description speaks for the map as a whole.
 */
import type { MapScene } from '../schemas/scene';
import type { Locale } from '../i18n/locale';
import { placeWords, walkedPlaces, type PlaceFacts } from '../scenes/walkWords';
import { createRovingFocus, writeTabindex } from '../lib/rovingFocus';

export interface PlaceWalk {
  /** Makes `scene`'s places the walk (`sceneId`: the scene whose queue note the map prints). */
  show(scene: MapScene, sceneId: string): void;
}

export function createPlaceWalk(figure: HTMLElement, { routeNames, locale }: { routeNames: ReadonlyMap<string, string>; locale: Locale }): PlaceWalk | null {
  const layer = figure.querySelector<HTMLElement>('[data-map-labels]');
  if (!layer) return null;
  const labels = [...layer.querySelectorAll<HTMLElement>('.map-label.place-name')];
  for (const other of layer.querySelectorAll<HTMLElement>('.map-label:not(.place-name)')) other.setAttribute('aria-hidden', 'true');
  // Routes are lines through their towns: a route passes a place where one of its points is the place's own.
  const routesAt = new Map<string, string[]>();
  for (const route of figure.querySelectorAll<SVGPolylineElement>('polyline.route')) {
    for (const point of route.getAttribute('points')!.trim().split(/\s+/)) routesAt.set(point, [...(routesAt.get(point) ?? []), route.dataset.route!]);
  }
  const facts = new Map(labels.map((label) => [label, {
    id: label.dataset.place!,
    name: label.querySelector('.name .full')?.textContent ?? '',
    kind: label.dataset.kind as PlaceFacts['kind'],
    at: routesAt.get(`${label.dataset.x},${label.dataset.y}`) ?? [],
  }]));
  const notes = new Map([...layer.querySelectorAll<HTMLElement>('.queue-note')].map((note) => [note.dataset.noteScene!, [...note.querySelectorAll('.line')].map((line) => line.textContent ?? '')]));
  let walked: HTMLElement[] = [];
  const roving = createRovingFocus(layer, () => walked);
  let shownKey = '';

  return {
    show(scene, sceneId) {
      const key = `${sceneId}|${walkedPlaces(scene).join(',')}|${scene.routes.join(',')}|${scene.closed.join(',')}`;
      if (key === shownKey) return;
      shownKey = key;
      const ids = new Set(walkedPlaces(scene));
      walked = labels.filter((label) => ids.has(label.dataset.place!)).sort((a, b) => Number(a.dataset.x) - Number(b.dataset.x));
      for (const label of labels) {
        if (!ids.has(label.dataset.place!)) {
          writeTabindex(label, null);
          label.removeAttribute('role');
          label.removeAttribute('aria-label');
          label.setAttribute('aria-hidden', 'true');
          continue;
        }
        const place = facts.get(label)!;
        const routes = place.at.filter((id) => scene.routes.includes(id)).map((id) => routeNames.get(id) ?? id);
        label.removeAttribute('aria-hidden');
        label.setAttribute('role', 'img');
        label.setAttribute('aria-label', placeWords(scene, { ...place, routes }, locale, notes.get(sceneId)));
      }
      roving.refresh();
    },
  };
}
