/**
 * MapLibre in the story: loaded as the reader nears the map, it repaints only once the page is still. The SVG draws
 * every frame of the scroll, camera moves included: it costs little per frame. MapLibre is handed the scene only
 * once the reader is still, and its canvas stays transparent until then. In software WebGL a MapLibre repaint takes
 * 5–60 ms at 4× CPU throttling, and while the page scrolls it competes with the scroll's own frames: repainting it at
 * each scene change broke the 50 ms long-task budget (scripts/bench.mjs). The SVG stays in sync underneath, for print
 * and as the fallback; its HTML trucks and names are drawn over MapLibre.
 */
import type { MapCamera } from './camera';
import type { MapFeatures } from './maplibreStyle';
import type { MapRenderState } from './svgMap';

/** How long the page must have been still before MapLibre repaints: both this many frames and milliseconds. */
const stillBeforeMapLibre = { frames: 12, ms: 250 };

type DrawMap = (scene: MapRenderState, options: { animate: boolean; now: number }) => boolean;

/**
 * Loads MapLibre into `figure`'s frame and returns the story's map drawing function with it, or null when it cannot
 * run here (no WebGL2, a failed chunk): the SVG then stays in charge, quietly.
 */
export async function loadStoryMapLibre({ figure, features, first, preload, drawSvgMap, lastScrollAt }: {
  figure: HTMLElement;
  features: MapFeatures;
  first: MapRenderState;
  preload: MapCamera[];
  drawSvgMap: DrawMap;
  /** When the page last scrolled (performance.now()). */
  lastScrollAt: () => number;
}): Promise<DrawMap | null> {
  const container = document.createElement('div');
  container.className = 'maplibre-container';
  container.setAttribute('aria-hidden', 'true');
  figure.querySelector<HTMLElement>('.map-frame')!.append(container);
  // Marks for the scroll benchmark (scripts/bench.mjs), which leaves the map's first load out of its budget.
  performance.mark('maplibre:load-start');
  try {
    const { createMapLibreMap } = await import('./maplibreMap');
    const maplibre = await createMapLibreMap(container, features, first, { preload });
    let latest = first;
    let svgMoving = false;
    let watchingStill = false;
    /**
     * Waits for the page to be still, counted in frames as well as time: when a slow machine stalls for a few hundred
     * ms mid-scroll, no scroll events come either, but the reader has not stopped.
     */
    const repaintWhenStill = () => {
      if (watchingStill) return;
      watchingStill = true;
      let stillFrames = 0;
      let seenScrollAt = lastScrollAt();
      const watch = () => {
        if (lastScrollAt() !== seenScrollAt || svgMoving) {
          seenScrollAt = lastScrollAt();
          stillFrames = 0;
        } else stillFrames += 1;
        if (stillFrames < stillBeforeMapLibre.frames || performance.now() - lastScrollAt() < stillBeforeMapLibre.ms) {
          requestAnimationFrame(watch);
          return;
        }
        // In a task of its own, not inside the frame.
        window.setTimeout(() => {
          watchingStill = false;
          if (lastScrollAt() !== seenScrollAt) return repaintWhenStill();
          maplibre.render(latest, { animate: false, now: true });
          delete figure.dataset.maplibreBehind;
        });
      };
      requestAnimationFrame(watch);
    };
    figure.dataset.renderer = 'maplibre';
    performance.mark('maplibre:load-end');
    return (scene, options) => {
      latest = scene;
      svgMoving = drawSvgMap(scene, options);
      // A camera move only follows a scene change, so MapLibre is always behind while the SVG flies.
      if (!maplibre.shows(scene)) {
        if (figure.dataset.maplibreBehind === undefined) figure.dataset.maplibreBehind = '';
        repaintWhenStill();
      }
      return svgMoving;
    };
  } catch {
    performance.mark('maplibre:load-end');
    container.remove();
    figure.dataset.renderer = 'svg';
    return null;
  }
}
