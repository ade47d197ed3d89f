/**
 * Browser side of Graphic.astro's visuals: which one is in front. Once the story runs, the visual behind stays
 * rendered, only transparent and under the one in front (scrolly.css, `data-visuals="live"`): bringing a visual to
 * the front is then an opacity change for the compositor, where switching `visibility` restyled and repainted its
 * whole subtree in the frame of the swap. What `visibility: hidden` did for the visual behind is done here: it is
 * hidden from assistive technology and taken out of the tab order; pointers hit the visual in front, which covers it.
 * No stylesheet rule reads these attributes, so writing them restyles nothing.
 * Not `inert`: Chromium restyles the whole subtree of an element whose `inert` changes, in the frame of every swap
 * (docs/performance.md).
 */
const focusable = 'a[href], button, summary, input, select, textarea, [tabindex]';

/** Binds to the graphic; returns the function that brings the visual with `data-visual-id` `id` to the front. */
export function createVisualSwitch(graphic: HTMLElement): (id: string) => void {
  const visuals = [...graphic.querySelectorAll<HTMLElement>('[data-visual-id]')];
  let front: string | null = null;

  function sendBehind(visual: HTMLElement) {
    visual.setAttribute('aria-hidden', 'true');
    if (visual.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    for (const element of visual.querySelectorAll<HTMLElement>(focusable)) {
      // An element's own tabindex (MapLibre's canvas has one) comes back with it.
      if (element.dataset.ownTabindex === undefined) element.dataset.ownTabindex = element.getAttribute('tabindex') ?? '';
      element.tabIndex = -1;
    }
  }

  function bringForward(visual: HTMLElement) {
    visual.removeAttribute('aria-hidden');
    for (const element of visual.querySelectorAll<HTMLElement>('[data-own-tabindex]')) {
      const own = element.dataset.ownTabindex!;
      delete element.dataset.ownTabindex;
      if (own === '') element.removeAttribute('tabindex');
      else element.setAttribute('tabindex', own);
    }
  }

  return function bringToFront(id: string) {
    if (id === front) return;
    front = id;
    for (const visual of visuals) {
      if (visual.dataset.visualId === id) bringForward(visual);
      else sendBehind(visual);
    }
    graphic.dataset.visual = id;
    graphic.dataset.visuals = 'live';
  };
}
