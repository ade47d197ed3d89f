/**
 * Exploring the story's map, loaded when the reader asks for it (exploreToggle.ts): the reader's gestures move a
 * camera of their own, and the story's map draws it through the same renderers as a step's view (storyMap.ts), so the
 * names, dots and trucks stay HTML placed over either. Cooperative, as MapLibre's `cooperativeGestures`: a mouse drags
 * to pan and zooms with Ctrl + wheel (a plain wheel still scrolls the page), a finger still scrolls the page and two
 * pan and pinch; on the focused map the arrow keys pan and + and − zoom. While the reader moves, names follow the
 * camera as placed; when they stop, the names are placed again for what is in view, and the live description says
 * which named places and countries are in view, at most once a second or so.
 */
import type { MapCamera } from '../map/camera';
import { viewAt, type MapView, type SceneMarks } from '../map/sceneMarks';
import { panCamera, worldBox, zoomCameraAt } from '../map/exploreCamera';
import { describeView, namesInView } from '../scenes/walkWords';
import type { Locale } from '../i18n/locale';

/** Kept clear for names while exploring: the explore control in the top corner, a margin elsewhere (px). */
const padding = { top: 48, right: 12, bottom: 12, left: 12 };
/** An arrow key's pan, px; a + or − key's zoom. */
const keyPan = 80;
const keyZoom = 0.5;
/** A move has ended this long after its last input, ms: the names are placed again. */
const settleMs = 140;
/** The live description changes at most this often, ms. */
const describeEveryMs = 1200;

export interface Explorer {
  stop(): void;
}

export function startExploring({ surface, start, marks, show, region, locale, onEscape }: {
  /** The map's frame: it takes the pointer, touches and keys. */
  surface: HTMLElement;
  /** The step's view, where exploring starts. */
  start: MapView;
  /** What the step's scene shows, with its names' boxes (framingInBrowser.ts). */
  marks: SceneMarks;
  /** Draws a view of the reader's. */
  show: (view: MapView) => void;
  /** The graphic's live region. */
  region: HTMLElement;
  locale: Locale;
  onEscape: () => void;
}): Explorer {
  const { size } = start;
  let camera: MapCamera = start.camera;
  // A copy: the first move is then drawn as a new view, and back to the step's own view never looks like a pan.
  let placed = [...start.labels];
  let settleTimer = 0;
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [];
  const on = <E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, options?: AddEventListenerOptions) => {
    target.addEventListener(type, listener as EventListener, options);
    listeners.push([target, type, listener as EventListener, options]);
  };

  const describe = throttled(() => {
    const places = [...surface.querySelectorAll<HTMLElement>('.map-label.place-name')]
      .filter((label) => label.dataset.state !== 'hidden')
      .map((label) => ({ name: label.querySelector('.name .full')?.textContent ?? '', x: Number(label.dataset.x), y: Number(label.dataset.y) }));
    const countries = [...surface.querySelectorAll<HTMLElement>('.map-label.country-name')].map((label) => ({
      name: label.textContent ?? '',
      spots: label.dataset.spots!.split(' ').map((spot) => {
        const [x, y] = spot.split(',').map(Number);
        return { x: x!, y: y! };
      }),
    }));
    const text = describeView(namesInView(worldBox(camera, size, { top: 0, right: 0, bottom: 0, left: 0 }), places, countries), locale);
    if (region.textContent !== text) region.textContent = text;
  }, describeEveryMs);

  function move(next: MapCamera) {
    camera = next;
    show({ camera, labels: placed, size, padding });
    clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      const view = viewAt(marks, camera, size, padding);
      placed = view.labels;
      show(view);
      describe();
    }, settleMs);
  }

  // A mouse or pen drags; touches are handled below, so one finger keeps scrolling the page.
  let dragFrom: { id: number; x: number; y: number } | null = null;
  on<PointerEvent>(surface, 'pointerdown', (event) => {
    // The explore control and the walked places sit on the map: theirs are clicks, not drags.
    if (event.pointerType === 'touch' || event.button !== 0 || (event.target as Element).closest('button, a')) return;
    // The map keeps the focus (MapLibre's canvas would take it, and with it the keys).
    event.preventDefault();
    dragFrom = { id: event.pointerId, x: event.clientX, y: event.clientY };
    surface.setPointerCapture(event.pointerId);
    surface.dataset.dragging = '';
  });
  on<PointerEvent>(surface, 'pointermove', (event) => {
    if (!dragFrom || event.pointerId !== dragFrom.id) return;
    const [dx, dy] = [event.clientX - dragFrom.x, event.clientY - dragFrom.y];
    dragFrom = { ...dragFrom, x: event.clientX, y: event.clientY };
    move(panCamera(camera, dx, dy));
  });
  const endDrag = (event: PointerEvent) => {
    if (!dragFrom || event.pointerId !== dragFrom.id) return;
    dragFrom = null;
    delete surface.dataset.dragging;
  };
  on(surface, 'pointerup', endDrag);
  on(surface, 'pointercancel', endDrag);

  const pointIn = (clientX: number, clientY: number): [number, number] => {
    const box = surface.getBoundingClientRect();
    return [clientX - box.left, clientY - box.top];
  };
  // Ctrl + wheel, and a touchpad's pinch (which the browser sends as one), zoom; a plain wheel scrolls the page.
  on<WheelEvent>(surface, 'wheel', (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0025);
    move(zoomCameraAt(camera, Math.max(-1, Math.min(1, delta)), pointIn(event.clientX, event.clientY), size));
  }, { passive: false });

  // Two fingers pan and pinch; one finger is the page's.
  let pinch: { x: number; y: number; distance: number } | null = null;
  const twoFingers = (event: TouchEvent) => {
    const [a, b] = [event.touches[0]!, event.touches[1]!];
    return { x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2, distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) };
  };
  on<TouchEvent>(surface, 'touchstart', (event) => {
    if (event.touches.length !== 2) return;
    event.preventDefault();
    pinch = twoFingers(event);
  }, { passive: false });
  on<TouchEvent>(surface, 'touchmove', (event) => {
    if (event.touches.length !== 2 || !pinch) return;
    event.preventDefault();
    const now = twoFingers(event);
    const panned = panCamera(camera, now.x - pinch.x, now.y - pinch.y);
    const zoomed = pinch.distance > 0 ? zoomCameraAt(panned, Math.log2(now.distance / pinch.distance), pointIn(now.x, now.y), size) : panned;
    pinch = now;
    move(zoomed);
  }, { passive: false });
  on<TouchEvent>(surface, 'touchend', (event) => {
    if (event.touches.length < 2) pinch = null;
  });

  // Keys on the map itself (a walked place's keys are the walk's: placeWalk.ts).
  const keyMoves: Record<string, () => MapCamera> = {
    ArrowLeft: () => panCamera(camera, keyPan, 0),
    ArrowRight: () => panCamera(camera, -keyPan, 0),
    ArrowUp: () => panCamera(camera, 0, keyPan),
    ArrowDown: () => panCamera(camera, 0, -keyPan),
    '+': () => zoomCameraAt(camera, keyZoom, [size.width / 2, size.height / 2], size),
    '=': () => zoomCameraAt(camera, keyZoom, [size.width / 2, size.height / 2], size),
    '-': () => zoomCameraAt(camera, -keyZoom, [size.width / 2, size.height / 2], size),
    '_': () => zoomCameraAt(camera, -keyZoom, [size.width / 2, size.height / 2], size),
  };
  on<KeyboardEvent>(surface, 'keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    const keyMove = keyMoves[event.key];
    const onMap = event.target === surface || (event.target as Element).closest('.maplibre-container') !== null;
    if (!keyMove || !onMap || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(keyMove());
  });

  surface.tabIndex = 0;
  surface.setAttribute('role', 'application');
  // Named by the map's own title; the hint on how to explore describes it (exploreToggle.ts).
  const title = surface.closest('[data-map]')?.getAttribute('aria-labelledby');
  if (title) surface.setAttribute('aria-labelledby', title);
  describe();

  return {
    stop() {
      clearTimeout(settleTimer);
      describe.cancel();
      for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
      surface.removeAttribute('tabindex');
      surface.removeAttribute('role');
      surface.removeAttribute('aria-labelledby');
      surface.removeAttribute('aria-describedby');
      delete surface.dataset.dragging;
    },
  };
}

/** `run` now, then at most once per `everyMs` (the last call in a burst runs at its end). */
function throttled(run: () => void, everyMs: number): (() => void) & { cancel(): void } {
  let last = 0;
  let timer = 0;
  const call = () => {
    const wait = last + everyMs - performance.now();
    clearTimeout(timer);
    if (wait <= 0) {
      last = performance.now();
      run();
    } else timer = window.setTimeout(call, wait);
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}
