/**
 * MapLibre in the story: loaded once the reader nears the map and the page is still, it repaints only then too. The
 * SVG draws every frame of the scroll, camera moves included: it costs little per frame. MapLibre is handed the scene only
 * once the reader is still, and its canvas stays transparent until then. In software WebGL a MapLibre repaint takes
 * 5–60 ms at 4× CPU throttling, and while the page scrolls it competes with the scroll's own frames: repainting it at
 * each scene change broke the 50 ms long-task budget (scripts/bench.mjs). The SVG stays in sync underneath, for print
 * and as the fallback; its HTML trucks and names are drawn over MapLibre.
 */
import type { MapCamera } from './camera';
import { whenStill, whenStillOnce } from '../lib/stillness';
import type { MapFeatures } from './maplibreStyle';
import type { DrawMap, MapRenderState } from './mapRenderState';

/** How far ahead of the first map step (in viewport heights) MapLibre starts loading. */
const mapPreloadMargin = '150%';

/**
 * Calls `then` once the reader nears one of `mapSteps` and the page is still. MapLibre is most of the page's code
 * and draws in software on many machines; its first load is 50–200 ms tasks at 4× CPU throttling: never in the
 * middle of a scroll. The SVG map draws every scene until then.
 */
export function whenNearMapAndStill(mapSteps: readonly Element[], lastScrollAt: () => number, then: () => void): void {
  if (mapSteps.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    whenStill(lastScrollAt, then);
  }, { rootMargin: `${mapPreloadMargin} 0px` });
  mapSteps.forEach((element) => observer.observe(element));
}

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
    const maplibre = await createMapLibreMap(container, features, first, {
      preload,
      beforeEachPreload: () => new Promise<void>((resolve) => whenStill(lastScrollAt, resolve)),
    });
    let latest = first;
    let svgMoving = false;
    const repaintWhenStill = whenStillOnce(lastScrollAt, () => {
      maplibre.render(latest, { animate: false, now: true });
      delete figure.dataset.maplibreBehind;
    }, () => svgMoving);
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
