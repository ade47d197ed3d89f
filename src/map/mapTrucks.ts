/**
 * The map's trucks: small arrows in an HTML layer over either renderer. Flowing trucks drive their routes as
 * animations the browser runs itself: in the story on the step's scroll timeline (they move with the reader's scroll
 * and no script runs for them in the scroll's frames), in an embed on their own. A queue, or a reader who asked for
 * less motion, gets trucks that stand still. They are hidden while the camera flies and placed again where it lands.
 */
import { inIdleTime } from '../lib/stillness';
import { cumulativeLengths, routeAlong, truckFractions, type Point } from './routeAlong';
import { flowingTruckCount, flowingTruckPaths, sparsePoints, type TruckKey } from './truckPaths';
import type { MapScene } from '../schemas/scene';

/** A route as the trucks drive it: its points in world units and their cumulative lengths. */
export interface TruckRoute {
  id: string;
  points: Point[];
  lengths: number[];
}

/**
 * How the trucks move. `{ step, progress }`: with that step's scroll progress (the story); `'loop'`: on their own
 * (an embed); `'still'`: not at all (reduced motion, print), where a reader at the step's start sees them.
 */
export type TruckMotion = { step: number; progress: number } | 'loop' | 'still';

/** Queued trucks, nose to tail: how many, and how far apart on screen (px). */
const queueLength = 8;
const queueGapPx = 12;
const trucksPerRoute = 4;
/** An embed's trucks: one unit of travel (each truck two spacings on) takes this long. */
const loopMs = 12_000;
/** Where the browser has no scroll timelines, a step's travel is this long an animation, its time set per frame. */
const stepMs = 1000;
/** How many keyframes' worth of trucks are placed in one frame (see `pending`). */
const keyframesPerFrame = 16;
const svgNamespace = 'http://www.w3.org/2000/svg';

/** A camera at rest as the trucks need it: world units to the frame's CSS px are (point − left/top) × pxPerUnit. */
export interface Screen {
  left: number;
  top: number;
  pxPerUnit: number;
}

/**
 * Each truck of `scene` as keyframes over one unit of travel, in screen px (one keyframe: it stands).
 * Pure: the same scene, camera and motion give the same trucks in every renderer and test.
 */
export function truckMarks(scene: Pick<MapScene, 'routes' | 'trucks'>, screen: Screen, routes: readonly TruckRoute[], moving: boolean): TruckKey[][] {
  if (scene.trucks === 'none') return [];
  const { left, top, pxPerUnit } = screen;
  return routes.filter((route) => scene.routes.includes(route.id)).flatMap((route) => {
    const routePx = route.lengths[route.lengths.length - 1]! * pxPerUnit;
    const points = sparsePoints(route.points.map(([x, y]) => [(x - left) * pxPerUnit, (y - top) * pxPerUnit] as const), 2);
    const lengths = cumulativeLengths(points);
    const standing = (fractions: number[]) => fractions.map((fraction) => {
      const at = routeAlong(points, fraction, lengths);
      return [{ offset: 0, x: at.x, y: at.y, heading: at.heading }];
    });
    // A queue is drawn nose to tail a few px apart at any zoom: schematic, as its note says.
    if (scene.trucks === 'queue') return standing(truckFractions('queue', 0, queueLength, queueGapPx / Math.max(routePx, 1)));
    const count = flowingTruckCount(routePx, trucksPerRoute);
    return moving ? flowingTruckPaths(points, lengths, count) : standing(truckFractions('flow', 0, count));
  });
}

/** Whether `scene`'s trucks drive under `motion`: flowing trucks do, unless nothing may move. */
export const trucksMove = (scene: Pick<MapScene, 'trucks'>, motion: TruckMotion) => motion !== 'still' && scene.trucks === 'flow';

/** Zoomed far out (the overview on a phone), full-size trucks would hide the short roads they drive: smaller. */
export const truckScale = (screen: Screen) => (screen.pxPerUnit < 2 ** 2.5 ? ' scale(0.65)' : '');

/** A truck's CSS transform at `key`: where it is in screen px and its heading, then `scale` (truckScale). */
export const truckTransform = (key: TruckKey, scale: string) => `translate(${key.x.toFixed(1)}px, ${key.y.toFixed(1)}px) rotate(${key.heading.toFixed(1)}deg)${scale}`;

/** Binds to the map's truck layer; `stepTimeline` gives a step's scroll timeline where the browser has them. */
export function createMapTrucks(truckLayer: HTMLElement, routeCount: number, stepTimeline: ((step: number) => AnimationTimeline) | null = null) {
  const trucks: { element: SVGSVGElement; transform: string; shown: boolean; animation: Animation | null }[] = [];
  /** What the trucks were last placed for: a new scene, camera at rest or kind of motion places them again. */
  let placedFor: { routes: readonly string[]; trucks: MapScene['trucks']; screen: Screen; kind: string } | null = null;
  let placedStep = -1;
  let hidden = false;

  /** At least `count` trucks in the layer, hidden until placed. */
  function ensureTrucks(count: number) {
    while (trucks.length < count) {
      // An arrow pointing along +x, centred on its point by CSS so that it turns about it.
      const truck = document.createElementNS(svgNamespace, 'svg');
      truck.setAttribute('class', 'truck');
      truck.setAttribute('viewBox', '-7.5 -4.5 15 9');
      truck.style.display = 'none';
      const shape = document.createElementNS(svgNamespace, 'path');
      shape.setAttribute('d', 'M-6,-3.5 L4,-3.5 L7,0 L4,3.5 L-6,3.5 Z');
      truck.append(shape);
      truckLayer.append(truck);
      trucks.push({ element: truck, transform: '', shown: false, animation: null });
    }
  }
  // Made ahead, in idle time, so a map's first scene does not insert them in its frame: enough for every route.
  inIdleTime([() => ensureTrucks(routeCount * trucksPerRoute)]);

  function timing(motion: TruckMotion): KeyframeAnimationOptions {
    if (motion === 'loop') return { duration: loopMs, iterations: Infinity };
    // On a scroll timeline the animation spans the step (its duration 'auto').
    if (motion !== 'still' && stepTimeline) return { timeline: stepTimeline(motion.step), fill: 'both' };
    return { duration: stepMs, fill: 'both' };
  }

  /**
   * A placement under way, hidden until done. A new scene's marks are worked out in the frame after its change (the
   * busiest of a scroll) unless ready, and its trucks placed in the frames after that, `keyframesPerFrame` at a time:
   * creating an animation parses each of its keyframes (about 0.1 ms each at 4× CPU throttling, up to 25 ms for a
   * scene's trucks in one frame, scripts/bench.mjs).
   */
  let pending: { memoKey: string; marks: TruckKey[][] | null; work: () => TruckKey[][]; next: number; scale: string; options: KeyframeAnimationOptions } | null = null;

  function placeSome(placing: typeof pending & { marks: TruckKey[][] }) {
    ensureTrucks(placing.marks.length);
    const transformOf = (key: TruckKey) => truckTransform(key, placing.scale);
    let budget = keyframesPerFrame;
    while (placing.next < placing.marks.length && budget > 0) {
      const keys = placing.marks[placing.next]!;
      const truck = trucks[placing.next++]!;
      budget -= keys.length;
      truck.animation?.cancel();
      truck.animation = null;
      // A driving truck also stands at its start underneath its animation: until the compositor has the animation
      // (a frame or two), that is what it draws, not the layer's corner.
      const transform = transformOf(keys[0]!);
      if (truck.transform !== transform) {
        truck.transform = transform;
        truck.element.style.transform = transform;
      }
      if (keys.length > 1) {
        truck.animation = truck.element.animate(keys.map((key) => ({ offset: key.offset, transform: transformOf(key) })), { ...placing.options, easing: 'linear' });
      }
      if (!truck.shown) {
        truck.shown = true;
        truck.element.style.display = '';
      }
    }
    if (placing.next < placing.marks.length) return;
    for (let i = placing.marks.length; i < trucks.length; i++) {
      const truck = trucks[i]!;
      truck.animation?.cancel();
      truck.animation = null;
      if (!truck.shown) continue;
      truck.shown = false;
      truck.element.style.display = 'none';
    }
    pending = null;
  }

  /**
   * The marks of the scenes lately placed or prepared, by what they depend on. Working them out in a frame cost
   * 3–16 ms at 4× CPU throttling (the first time most: the code is still cold): flights prepare their landing's.
   */
  const marksMemo = new Map<string, TruckKey[][]>();
  const keyOf = (scene: Pick<MapScene, 'routes' | 'trucks'>, screen: Screen, moving: boolean) =>
    `${screen.left},${screen.top},${screen.pxPerUnit}|${scene.trucks}|${scene.routes.join()}|${moving}`;
  function marksFor(key: string, scene: Pick<MapScene, 'routes' | 'trucks'>, screen: Screen, routes: readonly TruckRoute[], moving: boolean) {
    let marks = marksMemo.get(key);
    if (!marks) {
      marks = truckMarks(scene, screen, routes, moving);
      // A handful of scenes per layout: a small memo, emptied when it grows past them (a resize, say).
      if (marksMemo.size > 64) marksMemo.clear();
      marksMemo.set(key, marks);
    }
    return marks;
  }

  return {
    /** Works out the marks of a scene the camera is flying to, in idle time, so its landing frame only places them. */
    prepare(scene: Pick<MapScene, 'routes' | 'trucks'>, screen: Screen, motion: TruckMotion, routes: readonly TruckRoute[]) {
      const moving = trucksMove(scene, motion);
      const key = keyOf(scene, screen, moving);
      if (!marksMemo.has(key)) inIdleTime([() => marksFor(key, scene, screen, routes, moving)]);
    },
    /**
     * Places the trucks of `scene` for the camera at rest (`screen`), or goes on placing them; returns whether all
     * are placed. Called every frame: it does nothing unless the scene, the camera or the kind of motion changed, or
     * the step changed (its animations then move to that step's timeline), or, without scroll timelines, the progress.
     */
    place(scene: Pick<MapScene, 'routes' | 'trucks'>, screen: Screen, motion: TruckMotion, routes: readonly TruckRoute[]): boolean {
      const moving = trucksMove(scene, motion);
      const kind = motion === 'loop' ? 'loop' : moving ? 'step' : 'still';
      const step = moving && typeof motion === 'object' ? motion.step : -1;
      // By identity: the scene's routes come from its data and `screen` is one object per view, so a frame of a
      // scroll compares four references and builds no key.
      if (!placedFor || placedFor.routes !== scene.routes || placedFor.trucks !== scene.trucks || placedFor.screen !== screen || placedFor.kind !== kind) {
        placedFor = { routes: scene.routes, trucks: scene.trucks, screen, kind };
        placedStep = step;
        const memoKey = keyOf(scene, screen, moving);
        pending = {
          memoKey,
          marks: null,
          work: () => marksFor(memoKey, scene, screen, routes, moving),
          next: 0,
          scale: truckScale(screen),
          options: timing(motion),
        };
        return false;
      }
      if (step !== placedStep) {
        placedStep = step;
        const timeline = stepTimeline?.(step);
        if (pending) pending.options = timing(motion);
        if (timeline) for (const truck of trucks) if (truck.animation) truck.animation.timeline = timeline;
      }
      if (pending && !pending.marks) {
        const ready = marksMemo.get(pending.memoKey);
        pending.marks = ready ?? pending.work();
        if (!ready) return false;
      }
      if (pending) placeSome(pending as typeof pending & { marks: TruckKey[][] });
      // No scroll timelines: the animations stand paused at the step's progress.
      if (moving && typeof motion === 'object' && !stepTimeline) {
        for (const truck of trucks) {
          if (!truck.animation) continue;
          if (truck.animation.playState !== 'paused') truck.animation.pause();
          const time = motion.progress * stepMs;
          if (truck.animation.currentTime !== time) truck.animation.currentTime = time;
        }
      }
      return pending === null;
    },
    /** Hides the trucks (at once) or shows them (fading in, by CSS) while the camera flies. */
    hide(hide: boolean) {
      if (hide === hidden) return;
      hidden = hide;
      truckLayer.dataset.hidden = String(hide);
    },
  };
}
