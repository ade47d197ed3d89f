import type { ChartScene, MapScene, Scene } from '../schemas/scene';

/** A step as the page lists it: its id (deep link) and the scene it shows. */
export interface StoryStep {
  id: string;
  scene: string;
}

/** What the scroller emits: the active step's index and how far through it the reader is (0–1). */
export interface ScrollPosition {
  step: number;
  progress: number;
}

/** Everything the visuals draw at one scroll position. A pure function of (step, progress): see `sceneForStep`. */
export interface SceneState {
  step: string;
  stepIndex: number;
  scene: string;
  visual: Scene['visual'];
  /** 0–1 through the active step, clamped. */
  progress: number;
  chart: { highlight: string | null; /** 0 = 2021 values, 1 = 2022 values. */ growth: number };
  map: MapScene & {
    /** 0–1: where trucks are along their routes. */
    truckProgress: number;
    /** The scene whose framing the map uses (src/map/sceneMarks.ts): its own, or the one it waits in (waitingMap). */
    framing: string;
  };
}

/** Where the chart rests while the map is in front: fully grown, nothing highlighted. */
export const restingChart: ChartScene = { grow: '2022', highlight: null };

/** The map of a story without map scenes, and a chart scene's map in its text alternative: Kazakhstan alone. */
export const restingMap: MapScene = {
  countries: ['Kazakhstan'],
  named: [],
  routes: [],
  places: [],
  closed: [],
  trucks: 'none',
};

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** 0–1 growth of the chart's bars for a chart scene at a given progress. */
export function chartGrowth(chart: ChartScene, progress: number): number {
  if (chart.grow === '2021') return 0;
  if (chart.grow === '2022') return 1;
  return clamp01(progress);
}

/**
 * The picture at a scroll position: which scene, and each visual's state. Depends only on its arguments, so a
 * jump, a reload or a fast scroll lands on the same picture a slow scroll gives. Out-of-range steps are clamped.
 */
export function sceneForStep(
  steps: readonly StoryStep[],
  scenes: ReadonlyMap<string, Scene>,
  position: ScrollPosition,
): SceneState {
  if (steps.length === 0) throw new Error('sceneForStep: the story has no steps');
  const stepIndex = Math.min(steps.length - 1, Math.max(0, Math.trunc(position.step) || 0));
  const step = steps[stepIndex]!;
  const scene = scenes.get(step.scene);
  if (!scene) throw new Error(`sceneForStep: step "${step.id}" names unknown scene "${step.scene}"`);
  const progress = clamp01(position.progress);
  const chart = scene.chart ?? restingChart;
  const { map, framing } = scene.map ? { map: scene.map, framing: scene.id } : waitingMap(steps, scenes)[stepIndex]!;
  return {
    step: step.id,
    stepIndex,
    scene: scene.id,
    visual: scene.visual,
    progress,
    chart: { highlight: chart.highlight, growth: chartGrowth(chart, progress) },
    map: { ...map, truckProgress: progress, framing },
  };
}

const waitingMaps = new WeakMap<readonly StoryStep[], { map: MapScene; framing: string }[]>();
/**
 * Where the map waits at each step while the chart is in front: already in the state of the map scene the reader
 * reaches next (else the last one before), without its trucks. The swap to the map then only fades it in: its
 * routes, names and camera were drawn steps earlier, not in the frame of the swap (scripts/bench.mjs, long tasks).
 * Remembered per step list: sceneForStep runs every frame.
 */
function waitingMap(steps: readonly StoryStep[], scenes: ReadonlyMap<string, Scene>) {
  let waiting = waitingMaps.get(steps);
  if (!waiting) {
    const mapSceneAt = steps.map((step) => (scenes.get(step.scene)?.map ? scenes.get(step.scene)! : null));
    waiting = steps.map((_, index) => {
      const scene = mapSceneAt.slice(index).find(Boolean) ?? mapSceneAt.slice(0, index).reverse().find(Boolean);
      return scene ? { map: { ...scene.map!, trucks: 'none' as const }, framing: scene.id } : { map: restingMap, framing: '' };
    });
    waitingMaps.set(steps, waiting);
  }
  return waiting;
}
