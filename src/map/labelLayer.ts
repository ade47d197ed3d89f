/**
 * The map's names, place dots and ✕ marks: HTML over either renderer (`.map-labels` in StoryMapSvg.astro). A view
 * says which are drawn, on which side of their point and (countries) at which spot; the camera then moves them, each
 * by one transform, which costs no text or SVG layout and keeps their screen size at any zoom.
 */
import type { DataAttributes } from './dataAttributes';
import type { MapView } from './sceneMarks';

type ToScreen = (x: number, y: number) => readonly [number, number];

export function createLabelLayer(labelLayer: HTMLElement | null, data: DataAttributes) {
  // Each name's world point comes with the view (a country's spot depends on the scene); until then, its default.
  const labels = labelLayer
    ? [...labelLayer.querySelectorAll<HTMLElement>('.map-label')].map((element) => {
      const [x, y] = element.dataset.spots ? element.dataset.spots.split(' ')[0]!.split(',').map(Number) : [Number(element.dataset.x), Number(element.dataset.y)];
      return { element, id: element.dataset.labelId!, x: x!, y: y!, dx: 0, dy: 0 };
    })
    : [];
  const labelsById = new Map(labels.map((label) => [label.id, label]));
  const placeLabels = labels.filter(({ element }) => element.dataset.place).map(({ element }) => ({ element, id: element.dataset.place! }));

  /**
   * The labels on screen (a place's dot or ✕ is shown with or without its name): only these follow the camera.
   * Moving the hidden ones too restyled all of them, some 70, in every frame of a flight.
   */
  let shownLabels = labels;
  const refreshShownLabels = () => {
    shownLabels = labels.filter(({ element, id }) => (id.startsWith('place:') ? data.read(element, 'state') !== 'hidden' : data.read(element, 'side') !== 'none'));
  };

  let hidden = false;

  return {
    /** Each place's label takes its place's state on the map (marked, closed, hidden). */
    applyPlaceStates(states: { get(id: string): string }) {
      for (const { element, id } of placeLabels) data.write(element, 'state', states.get(id)!);
      refreshShownLabels();
    },

    /**
     * The view's names: which are drawn, on which side of their point, and (countries) at which spot. Written once
     * per scene or resize, as attributes; `follow` then moves them with the camera.
     */
    applyNames(view: MapView) {
      const placed = new Set<string>();
      for (const placement of view.labels) {
        const label = labelsById.get(placement.id);
        if (!label) continue;
        placed.add(placement.id);
        label.x = placement.x;
        label.y = placement.y;
        label.dx = placement.dx;
        label.dy = placement.dy;
        data.write(label.element, 'side', placement.side ?? 'none');
        data.write(label.element, 'short', String(placement.short === true));
        data.write(label.element, 'compact', String(placement.compact === true));
        if (placement.leader) {
          const { x0, y0, x1, y1 } = placement.leader;
          label.element.style.setProperty('--leader', `${Math.hypot(x1 - x0, y1 - y0).toFixed(1)}px`);
          label.element.style.setProperty('--leader-at', `translate(${x0.toFixed(1)}px, ${y0.toFixed(1)}px) rotate(${Math.atan2(y1 - y0, x1 - x0).toFixed(3)}rad)`);
        }
        data.write(label.element, 'leader', String(Boolean(placement.leader)));
      }
      for (const label of labels) if (!placed.has(label.id)) data.write(label.element, 'side', 'none');
      refreshShownLabels();
    },

    /**
     * Hides the layer or shows it again (svgMap.ts: while the camera moves). Hidden labels stay where they were:
     * `follow` moves them again once shown.
     */
    hide(hide: boolean) {
      hidden = hide;
      if (labelLayer) data.write(labelLayer, 'hidden', String(hide));
    },

    /** Moves the shown labels to where the camera puts their points; nothing while the layer is hidden. */
    follow(toScreen: ToScreen) {
      if (hidden) return;
      for (const { element, x, y, dx, dy } of shownLabels) {
        const [px, py] = toScreen(x, y);
        element.style.transform = `translate(${(px + dx).toFixed(1)}px, ${(py + dy).toFixed(1)}px)`;
      }
    },
  };
}
