/**
 * Browser entry of the story: scroller → `sceneForStep` → visuals, in one direction. The scroller emits positions;
 * this module turns each into a scene state once per animation frame and hands it to the visuals, which only
 * draw. Also owns what belongs to scrolling itself: deep links, the motion switch, and step-by-step reading
 * (stepNavigation.ts).
 */
import type { Scene } from '../schemas/scene';
import { createExportSurge } from '../charts/exportSurge/update';
import { createSvgMap, type MapRenderState } from '../map/svgMap';
import { createMapFraming, storyLayout } from '../map/framingInBrowser';
import { loadStoryMapLibre, whenNearMapAndStill } from '../map/storyMapLibre';
import { insertMapLayers, type MapLayersMarkup } from '../map/mapLayers';
import { createVisualSwitch } from '../components/graphicVisuals';
import { showDebugView } from './debugView';
import { whenStillOnce } from '../lib/stillness';
import { afterNextFrame } from '../lib/afterFirstPaint';
import type { MapFeatures } from '../map/maplibreStyle';
import { describeScene, vocabularyFromPayload, type SceneVocabularyPayload } from '../scenes/describeScene';
import { approach, readReducedMotion, storeReducedMotion } from '../lib/motion';
import { createScroller, measurePosition, triggerOffset, type Scroller } from './scroller';
import { createStepTimelines } from './stepTimelines';
import { wireStepNavigation } from './stepNavigation';
import { sceneForStep, type ScrollPosition, type SceneState, type StoryStep } from '../scenes/sceneState';

interface StoryPayload {
  scenes: Scene[];
  vocabulary: SceneVocabularyPayload;
  mapFeatures: MapFeatures;
  mapLayers: MapLayersMarkup;
}

const graphic = document.querySelector<HTMLElement>('[data-graphic]');
const stepElements = [...document.querySelectorAll<HTMLElement>('[data-step]')];

// Loaded after the first paint (components/boot.ts); the scenes come from the edition's story-data.json.
if (graphic?.dataset.payload && stepElements.length > 0) {
  void fetch(graphic.dataset.payload).then((response) => response.json()).then((payload: StoryPayload) => startStory(graphic, payload));
}

/**
 * The story starts in a series of tasks with a frame between each, every one under the 50 ms of a long task at 4× CPU
 * throttling (all in one it was 200–300 ms, a freeze for a reader who scrolls at once; scripts/bench.mjs): the map's
 * layers go in, the SVG map is made, the framing measures, the map draws its opening scene, the scroll wiring
 * measures the steps, and last comes the first draw. Each frame between lays out what the task before added, so no
 * task forces it.
 */
async function startStory(graphic: HTMLElement, payload: StoryPayload) {
  const scenes = new Map(payload.scenes.map((scene) => [scene.id, scene]));
  const vocabulary = vocabularyFromPayload(payload.vocabulary);
  const steps: StoryStep[] = stepElements.map((element) => ({ id: element.dataset.step!, scene: element.dataset.stepScene! }));
  const description = graphic.querySelector<HTMLElement>('[data-graphic-description]')!;
  const bringToFront = createVisualSwitch(graphic);
  const drawChart = createExportSurge(graphic.querySelector<HTMLElement>('[data-chart="export-surge"]')!);
  const mapFigure = graphic.querySelector<HTMLElement>('[data-map]')!;
  // The story's map shows its names as HTML (svgMap.ts): said before the layers go in, the SVG's own names are
  // never laid out.
  mapFigure.dataset.labels = 'html';
  insertMapLayers(mapFigure, payload.mapLayers);
  await afterNextFrame();
  let scroller: Scroller | null = null;
  /** When the page last scrolled (performance.now()), as the scroller saw it; 0 before it watches. */
  const lastScrollAt = () => scroller?.lastScrollAt() ?? 0;
  const stepTimeline = createStepTimelines(stepElements, triggerOffset);
  const drawSvgMap = createSvgMap(mapFigure, { lastScrollAt, stepTimeline });
  // The SVG map has just shown its HTML names: the next frame lays them out, not the framing's first measure.
  await afterNextFrame();
  // The map frames each scene in the part of the graphic the step's card, the embed link and the controls leave free.
  const framing = createMapFraming(mapFigure, payload.scenes, storyLayout(graphic, () => [
    ...graphic.querySelectorAll('.visual-map .embed-link'),
    ...document.querySelectorAll('[data-step-controls]'),
  ]), () => requestDraw());
  /** The SVG draws the map until MapLibre has loaded; then MapLibre does. */
  let drawMap = (scene: MapRenderState, options: { animate: boolean; now: number }) => drawSvgMap(scene, options);
  const controls = document.querySelector<HTMLElement>('[data-step-controls]');
  const stepCount = controls?.querySelector<HTMLElement>('[data-step-count]');

  const printMapScene = [...scenes.values()].filter((scene) => scene.map).sort((a, b) => b.map!.routes.length - a.map!.routes.length)[0];
  let reduceMotion = readReducedMotion();
  let position: ScrollPosition = { step: 0, progress: 0 };
  let state: SceneState | null = null;
  let shownGrowth: number | null = null;
  let frame = 0;
  let lastFrameAt = 0;
  /** Whether the reader has reached a step yet: until then the URL keeps whatever hash it had. */
  let reachedStep = false;
  /** The step the URL's hash names, as last written. */
  let linkedStep = decodeURIComponent(location.hash.slice(1));

  /** While printing, layout changes may trigger redraws: keep the print picture. */
  let printing = false;
  function drawPrintState() {
    drawChart({ growth: 1, highlight: null });
    if (printMapScene) drawSvgMap({ ...printMapScene.map!, truckMotion: 'still', view: framing.viewFor(printMapScene.id) }, { animate: false, now: performance.now(), crisp: true });
  }

  /**
   * What the map draws for a scene state: its scene, its view for the current layout, and how its trucks move (with
   * the step's scroll progress; under reduced motion they are still markers).
   */
  const mapStateOf = (next: SceneState): MapRenderState => ({
    ...next.map,
    truckMotion: reduceMotion ? 'still' : { step: next.stepIndex, progress: next.progress },
    view: framing.viewFor(next.map.framing),
  });

  /** The single hot path: pure state, then attribute writes. No layout reads here. */
  function draw(now: number) {
    frame = 0;
    if (printing) return drawPrintState();
    const elapsed = lastFrameAt ? now - lastFrameAt : 16;
    lastFrameAt = now;
    const next = sceneForStep(steps, scenes, position);
    if (!state || next.step !== state.step) showStep(next);
    if (reachedStep && linkedStep !== next.step) linkStepSoon();
    if (!state || next.scene !== state.scene) showScene(next);
    state = next;
    shownGrowth = reduceMotion || shownGrowth === null ? next.chart.growth : approach(shownGrowth, next.chart.growth, elapsed);
    drawChart({ growth: shownGrowth, highlight: next.chart.highlight });
    const mapInFront = next.visual === 'map';
    const flying = drawMap(mapStateOf(next), { animate: !reduceMotion && mapInFront, now });
    graphic.dataset.progress = next.progress.toFixed(3);
    // Keep drawing while the chart eases toward the scroll position or the camera flies.
    if (shownGrowth !== next.chart.growth || flying) requestDraw();
    else lastFrameAt = 0;
  }

  /**
   * The URL's hash follows the step once the page is still, in a task of its own: replaceState costs 20–35 ms at 4×
   * CPU throttling, and next to a frame of the scroll it made long tasks (scripts/bench.mjs). Steps scrolled past are
   * never written.
   */
  const linkStepSoon = whenStillOnce(lastScrollAt, () => {
    if (!state || linkedStep === state.step) return;
    linkedStep = state.step;
    history.replaceState(history.state, '', `#${state.step}`);
  });

  function requestDraw() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function showScene(next: SceneState) {
    graphic.dataset.scene = next.scene;
    bringToFront(next.visual);
    describeSoon();
  }

  /**
   * The live region describes the scene the reader stops at, once the page is still: scenes scrolled past are not
   * announced one after another, and writing the text (3–5 ms at 4× CPU throttling) stays out of the scene change's
   * frame, the busiest of a scroll.
   */
  let describedScene = graphic.dataset.scene;
  const describeSoon = whenStillOnce(lastScrollAt, () => {
    if (!state || describedScene === state.scene) return;
    describedScene = state.scene;
    description.textContent = describeScene(scenes.get(state.scene)!, vocabulary);
  });

  /** The step marked current, as last written. */
  let currentStep = -1;
  function showStep(next: Pick<SceneState, 'stepIndex'>) {
    if (next.stepIndex === currentStep) return;
    currentStep = next.stepIndex;
    stepElements.forEach((element, index) => {
      if (index === next.stepIndex) element.setAttribute('aria-current', 'step');
      else element.removeAttribute('aria-current');
    });
    if (stepCount) stepCount.textContent = `${next.stepIndex + 1} / ${steps.length}`;
  }

  function emit(next: ScrollPosition, inStory = true) {
    // Above the story (the Home key): the first step's start, without rewriting the URL.
    if (inStory) reachedStep = true;
    position = next;
    // No DOM write here: scrollama's callbacks come between frames, and a write then made the next scroll event's
    // read of the scroll offset force a style and layout pass (scripts/bench.mjs, 4× CPU throttling). The step is
    // marked current in this frame's draw.
    requestDraw();
  }

  // The map's first picture, for the scene the page opens at, in tasks of their own (its camera, every element's
  // state, its names and trucks, as svgMap.ts spreads a scene change: some 30 ms at 4× CPU throttling in all): the
  // first draw then finds the map drawn.
  await afterNextFrame();
  const opening = sceneForStep(steps, scenes, measurePosition(stepElements).position);
  for (let part = 0; part < 6 && drawMap(mapStateOf(opening), { animate: false, now: performance.now() }); part++) await afterNextFrame();
  await afterNextFrame();
  let navigation: { settled(): void } | null = null;
  scroller = createScroller(stepElements, emit, { settled: () => navigation?.settled() });
  // Deep links need no code here: steps carry a scroll-margin that puts a linked step's top just above the trigger
  // line, so the browser's own jump to `#step-id` (and a reload's restored position) lands inside the step and
  // scrollama reports it like any other position.
  const start = measurePosition(stepElements);
  // Made while the layout is clean (it reads the layout), before the first draw's writes would force it again.
  stepTimeline?.(start.position.step);
  reachedStep = start.inStory;
  position = start.position;
  await afterNextFrame();
  // A scroll meanwhile has drawn already (emit): this draw then finds nothing new.
  draw(performance.now());

  if (new URLSearchParams(location.search).has('debug')) showDebugView(triggerOffset);
  framing.warm();
  const mapSteps = stepElements.filter((element) => scenes.get(element.dataset.stepScene!)?.visual === 'map');
  whenNearMapAndStill(mapSteps, lastScrollAt, () => void startMapLibre());

  async function startMapLibre() {
    const current = state ?? sceneForStep(steps, scenes, position);
    const draw = await loadStoryMapLibre({
      figure: mapFigure,
      features: payload.mapFeatures,
      first: { ...current.map, truckMotion: 'still', view: framing.viewFor(current.map.framing) },
      preload: framing.views().map((view) => view.camera),
      drawSvgMap,
      lastScrollAt,
    });
    if (!draw) return;
    drawMap = draw;
    state = null; // redraw everything on the new renderer
    requestDraw();
  }

  // Motion switch.
  const applyMotion = () => {
    document.documentElement.dataset.motion = reduceMotion ? 'reduced' : 'full';
    controls?.querySelector('[data-motion-toggle]')?.setAttribute('aria-pressed', String(reduceMotion));
  };
  applyMotion();
  window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => {
    reduceMotion = readReducedMotion();
    applyMotion();
  });

  navigation = wireStepNavigation({
    stepElements,
    controls,
    story: graphic.closest<HTMLElement>('.scrolly') ?? graphic,
    shownIndex: () => (reachedStep ? (state?.stepIndex ?? 0) : -1),
    reduceMotion: () => reduceMotion,
    toggleMotion: () => {
      reduceMotion = !reduceMotion;
      storeReducedMotion(reduceMotion);
      applyMotion();
      requestDraw();
    },
  });

  // Print the whole picture, not the scroll position: bars at their 2022 values and the fullest map scene.
  window.addEventListener('beforeprint', () => {
    printing = true;
    drawPrintState();
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    state = null;
    shownGrowth = null;
    requestDraw();
  });
}
