/**
 * The story's map: a scene state becomes what the map draws (its scene, its view for the current layout, how its
 * trucks move), drawn by the SVG map until MapLibre has loaded, then by MapLibre over it (map/storyMapLibre.ts says
 * when MapLibre loads and repaints).
 */
import type { Scene } from '../schemas/scene';
import type { SceneState } from '../scenes/sceneState';
import type { MapFraming } from '../map/framingInBrowser';
import type { MapFeatures } from '../map/maplibreStyle';
import type { DrawMap, MapRenderState } from '../map/mapRenderState';
import type { MapView } from '../map/sceneMarks';
import type { createSvgMap } from '../map/svgMap';
import { loadStoryMapLibre, whenNearMapAndStill } from '../map/storyMapLibre';

export function createStoryMap({ figure, drawSvgMap, framing, scenes, reduceMotion }: {
  figure: HTMLElement;
  drawSvgMap: ReturnType<typeof createSvgMap>;
  framing: MapFraming;
  scenes: ReadonlyMap<string, Scene>;
  reduceMotion: () => boolean;
}) {
  /** The SVG draws the map until MapLibre has loaded; then MapLibre does. */
  let drawMap: DrawMap = (scene, options) => drawSvgMap(scene, options);
  /** The reader's own view while they explore the map (story/explore.ts); null: the step's. */
  let explored: MapView | null = null;
  /** The fullest map scene: the one print shows. */
  const printScene = [...scenes.values()].filter((scene) => scene.map).sort((a, b) => b.map!.routes.length - a.map!.routes.length)[0];

  /** What the map draws for a scene state; under reduced motion its trucks are still markers. */
  const stateOf = (next: SceneState): MapRenderState => ({
    ...next.map,
    truckMotion: reduceMotion() ? 'still' : { step: next.stepIndex, progress: next.progress },
    view: explored ?? framing.viewFor(next.map.framing),
  });

  return {
    /** Draws `next`, flying the camera while the map is in front (and motion is not reduced); true while it flies. */
    draw: (next: SceneState, now: number) => drawMap(stateOf(next), { animate: !explored && !reduceMotion() && next.visual === 'map', now }),
    /**
     * Shows the reader's `view` instead of the step's, drawn at once; null goes back to the step's own view, flown to
     * (cut under reduced motion) as a scene change is. The step's view is a function of its scene and the layout, so
     * back is exactly the picture the reader left.
     */
    explore(view: MapView | null) {
      explored = view;
    },
    /** Draws `next` with no flight; true while the SVG map still spreads the scene change over frames. */
    cut: (next: SceneState) => drawMap(stateOf(next), { animate: false, now: performance.now() }),
    /** The print picture: the fullest scene, crisp, on the SVG. */
    drawWhole() {
      if (printScene) drawSvgMap({ ...printScene.map!, truckMotion: 'still', view: framing.viewFor(printScene.id) }, { animate: false, now: performance.now(), crisp: true });
    },
    /**
     * Loads MapLibre once the reader nears one of `mapSteps` and the page is still, starting at the state `current`
     * gives; `onRenderer` is called when it has taken over.
     */
    loadMapLibreWhenNear(mapSteps: readonly Element[], { features, lastScrollAt, current, onRenderer }: {
      features: MapFeatures;
      lastScrollAt: () => number;
      current: () => SceneState;
      onRenderer: () => void;
    }) {
      whenNearMapAndStill(mapSteps, lastScrollAt, async () => {
        const { map } = current();
        const draw = await loadStoryMapLibre({
          figure,
          features,
          first: { ...map, truckMotion: 'still', view: framing.viewFor(map.framing) },
          preload: framing.views().map((view) => view.camera),
          drawSvgMap,
          lastScrollAt,
        });
        if (!draw) return;
        drawMap = draw;
        onRenderer();
      });
    },
  };
}
