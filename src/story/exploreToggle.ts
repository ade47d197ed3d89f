/**
 * The story map's "Explore the map" control: at a map step it lets the reader explore (explore.ts, loaded only then)
 * and turns into "Back to the story". Back, Escape, scrolling on to another step or a new layout return the map to
 * the step's own view, which is a function of the step's scene (storyMap.ts), so it is exactly the picture the reader
 * left. While exploring on a phone, the step's text leaves the map to the reader (map.css), its place kept.
 */
import type { MapView, SceneMarks } from '../map/sceneMarks';
import type { Locale } from '../i18n/locale';
import { exploreWords } from '../i18n/sceneWords';
import type { Explorer } from './explore';

export interface ExploreToggle {
  /** Back to the story's own view, if the reader was exploring. */
  leave(): void;
}

export function wireExploreToggle({ graphic, figure, explore, mapInFront, stepView, locale, description }: {
  graphic: HTMLElement;
  figure: HTMLElement;
  /** Shows the reader's view (null: the step's) and asks for a frame. */
  explore: (view: MapView | null) => void;
  /** Whether the map is the visual in front now. */
  mapInFront: () => boolean;
  /** The current step's view and what it must show. */
  stepView: () => { view: MapView; marks: SceneMarks };
  locale: Locale;
  /** Writes the step's own live description again. */
  description: () => void;
}): ExploreToggle | null {
  const surface = figure.querySelector<HTMLElement>('.map-frame');
  const region = graphic.querySelector<HTMLElement>('[data-graphic-description]');
  if (!surface || !region) return null;
  // Made here, not in the page: only the script can explore, and the story's first HTML stays within one round trip.
  const words = exploreWords[locale];
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'explore-toggle', textContent: words.open });
  button.dataset.explore = '';
  surface.prepend(button);
  let explorer: Explorer | null = null;
  let starting = false;
  let hint: HTMLElement | null = null;

  function leave() {
    if (!explorer) return;
    explorer.stop();
    explorer = null;
    explore(null);
    delete graphic.dataset.exploring;
    button.textContent = words.open;
    if (hint) hint.hidden = true;
    description();
  }

  button.addEventListener('click', async () => {
    if (explorer) {
      const hadFocus = surface.contains(document.activeElement);
      leave();
      if (hadFocus) button.focus({ preventScroll: true });
      return;
    }
    if (starting || !mapInFront()) return;
    starting = true;
    try {
      const { startExploring } = await import('./explore');
      if (!mapInFront()) return;
      const { view, marks } = stepView();
      explorer = startExploring({
        surface, start: view, marks, region, locale, show: explore,
        onEscape: () => {
          leave();
          button.focus({ preventScroll: true });
        },
      });
      // How to explore, shown while exploring and read as the map's description.
      hint ??= Object.assign(document.createElement('p'), { className: 'explore-hint', id: `${figure.getAttribute('aria-labelledby')}-explore-hint`, textContent: words.hint });
      hint.hidden = false;
      surface.append(hint);
      surface.setAttribute('aria-describedby', hint.id);
      graphic.dataset.exploring = '';
      button.textContent = words.back;
      surface.focus({ preventScroll: true });
    } finally {
      starting = false;
    }
  });
  // A new layout frames the step anew: the reader's view was for the old one.
  window.addEventListener('resize', leave);
  return { leave };
}
