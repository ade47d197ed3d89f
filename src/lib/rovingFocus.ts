/**
 * One Tab stop into a set of items, and the arrow keys within it (a roving tabindex): the item last visited (or the
 * first) has tabindex 0, the others -1. Right/Down move on, Left/Up back, Home/End to the ends; Tab leaves, as from
 * any single control, so a walk never traps focus. Items come from `items()` at each key, so items the page hides or
 * shows meanwhile (a bar under `visibility: hidden`) are skipped.
 *
 * Inside the story's graphic, the visual behind keeps its items out of the tab order (components/graphicVisuals.ts
 * records each element's own tabindex in `data-own-tabindex` and restores it when the visual comes to the front):
 * an item's tabindex is written there while its visual is behind.
 */

/** Writes `element`'s tabindex (null: none), into `data-own-tabindex` while its visual is hidden from assistive technology. */
export function writeTabindex(element: HTMLElement | SVGElement, value: 0 | -1 | null): void {
  // Written only when changed: the walk settles at every scene change, and each write restyles its element.
  const set = (name: string, text: string | null) => {
    if (element.getAttribute(name) === text) return;
    if (text === null) element.removeAttribute(name);
    else element.setAttribute(name, text);
  };
  const behind = element.closest('[aria-hidden="true"]') !== null;
  set('data-own-tabindex', behind ? (value === null ? '' : String(value)) : null);
  set('tabindex', behind ? '-1' : value === null ? null : String(value));
}

const steps: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(count - 1, index + 1),
  ArrowDown: (index, count) => Math.min(count - 1, index + 1),
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_, count) => count - 1,
};

export interface RovingFocus {
  /** Re-reads the items: the one last visited keeps the Tab stop if it is still there, else the first does. */
  refresh(): void;
}

/**
 * Walks `items()` inside `container` (which listens for keys and focus). `shown(item)`: whether an item can take focus
 * now (default: every item).
 */
export function createRovingFocus(
  container: HTMLElement | SVGElement,
  items: () => (HTMLElement | SVGElement)[],
  shown: (item: Element) => boolean = () => true,
): RovingFocus {
  let current: Element | null = null;
  const walkable = () => items().filter(shown);

  function settle(list: (HTMLElement | SVGElement)[]) {
    if (!current || !list.includes(current as HTMLElement)) current = list[0] ?? null;
    for (const item of items()) writeTabindex(item, item === current ? 0 : -1);
  }

  container.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const list = walkable();
    if (!list.includes(target as HTMLElement) || target === current) return;
    current = target;
    settle(list);
  });
  container.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const step = steps[key];
    const list = walkable();
    const index = list.indexOf(event.target as HTMLElement);
    if (!step || index < 0 || (event as KeyboardEvent).altKey || (event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey) return;
    event.preventDefault();
    const next = list[step(index, list.length)]!;
    current = next;
    settle(list);
    next.focus();
  });

  const refresh = () => settle(walkable());
  refresh();
  return { refresh };
}
