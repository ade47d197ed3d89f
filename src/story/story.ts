/**
 * The story's browser entry, a composer: the scroller (scrolly/) emits `{step, progress}`, the draw loop turns it into
 * a scene state (scenes/) once per frame, and each module below draws or announces its part of that state. Nothing
 * flows back: the visuals never read the scroll position, set the step or talk to each other.
 */
import type { StoryStep } from '../scenes/sceneState';
import type { StoryPayload } from '../scenes/payload';
import { describeScene, vocabularyFromPayload } from '../scenes/describeScene';
import { sceneForStep } from '../scenes/sceneState';
import { createScroller, measurePosition, triggerOffset, type Scroller } from '../scrolly/scroller';
import { createStepTimelines } from '../scrolly/stepTimelines';
import { showDebugView } from '../scrolly/debugView';
import { createExportSurge } from '../charts/exportSurge/update';
import { walkBars } from '../charts/exportSurge/walkBars';
import { createPlaceWalk } from '../map/placeWalk';
import { createSvgMap } from '../map/svgMap';
import { createMapFraming, storyLayout } from '../map/framingInBrowser';
import { insertMapLayers } from '../map/mapLayers';
import { createVisualSwitch } from '../components/graphicVisuals';
import { afterNextFrame } from '../lib/afterFirstPaint';
import { createDrawLoop } from './drawLoop';
import { createEasedChart } from './easedChart';
import { createStoryMap } from './storyMap';
import { createCurrentStep } from './currentStep';
import { createDeepLink } from './deepLink';
import { createLiveDescription } from './liveDescription';
import { createMotionSwitch } from './motionSwitch';
import { wireStepNavigation } from './stepNavigation';
import { printWholePicture } from './printPicture';
import { wireExploreToggle } from './exploreToggle';
import { loadWalkStyles } from '../lib/lazyStyles';
import { createChapterBar } from './chapterBar';
import { wayfindingWords } from '../i18n/sceneWords';
import { addShareButtons } from './share';

const graphic = document.querySelector<HTMLElement>('[data-graphic]');
const stepElements = [...document.querySelectorAll<HTMLElement>('[data-step]')];

// Loaded after the first paint (components/boot.ts); the scenes come from the edition's story-data.json.
if (graphic?.dataset.payload && stepElements.length > 0) {
  // The walks' and exploring's styles, fetched alongside the scene data (startStory waits for them).
  void loadWalkStyles();
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
  const steps: StoryStep[] = stepElements.map((element) => ({ id: element.dataset.step!, scene: element.dataset.stepScene! }));
  const controls = document.querySelector<HTMLElement>('[data-step-controls]');
  const motion = createMotionSwitch(controls);
  const chartFigure = graphic.querySelector<HTMLElement>('[data-chart="export-surge"]')!;
  const chart = createEasedChart(createExportSurge(chartFigure), motion.reduced);
  // The chart's bars and the map step's places, walked with the arrow keys (their words: barWords.ts, walkWords.ts).
  const bars = walkBars(chartFigure);
  const bringToFront = createVisualSwitch(graphic);
  const mapFigure = graphic.querySelector<HTMLElement>('[data-map]')!;
  // The story's map shows its names as HTML (svgMap.ts): said before the layers go in, the SVG's own names are
  // never laid out.
  mapFigure.dataset.labels = 'html';
  insertMapLayers(mapFigure, payload.mapLayers);
  const vocabulary = vocabularyFromPayload(payload.vocabulary);
  const places = createPlaceWalk(mapFigure, vocabulary);
  // "Explore the map", then back to the step's own view; shown (with its styles) before the framing measures what
  // covers the map.
  await loadWalkStyles();
  const exploring = wireExploreToggle({
    graphic,
    figure: mapFigure,
    explore: (view) => {
      map.explore(view);
      loop.request();
    },
    mapInFront: () => loop.drawn()?.visual === 'map',
    stepView: () => ({ view: framing.viewFor(loop.current().map.framing), marks: framing.marksFor(loop.current().map.framing) }),
    locale: vocabulary.locale,
    description: () => {
      graphic.querySelector<HTMLElement>('[data-graphic-description]')!.textContent = describeScene(scenes.get(loop.current().scene)!, vocabulary);
    },
  });
  // The chapter bar and the Share buttons go in before anything is measured: the framing counts the bar, the scroller
  // measures the steps with their buttons.
  let navigation: ReturnType<typeof wireStepNavigation> | null = null;
  const bar = document.querySelector<HTMLElement>('[data-chapter-bar]');
  const chapterBar = bar && createChapterBar(bar, wayfindingWords[vocabulary.locale], [...document.querySelectorAll<HTMLElement>('.story-section[id]')], stepElements, graphic.closest<HTMLElement>('.scrolly') ?? graphic, (index) => {
    navigation?.jumpTo(index);
    return navigation !== null;
  });
  if (bar) addShareButtons(stepElements, wayfindingWords[vocabulary.locale]);
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
    ...graphic.querySelectorAll('.visual-map .embed-link, .visual-map .explore-toggle'),
    ...document.querySelectorAll('[data-step-controls]'),
    ...document.querySelectorAll('[data-chapter-bar]'),
  ]), () => loop.request());
  const map = createStoryMap({ figure: mapFigure, drawSvgMap, framing, scenes, reduceMotion: motion.reduced });

  const markCurrentStep = createCurrentStep(stepElements, controls?.querySelector<HTMLElement>('[data-step-count]'));
  const followInUrl = createDeepLink(lastScrollAt, () => loop.drawn()?.step);
  const describeSoon = createLiveDescription(graphic.querySelector<HTMLElement>('[data-graphic-description]')!, {
    scenes, vocabulary, lastScrollAt, shownScene: () => loop.drawn()?.scene, described: graphic.dataset.scene,
  });
  const loop = createDrawLoop(steps, scenes, (next, previous, { now, elapsed }) => {
    if (next.step !== previous?.step) {
      markCurrentStep(next.stepIndex);
      exploring?.leave();
    }
    if (loop.reached()) followInUrl(next.step);
    if (next.scene !== previous?.scene) {
      graphic.dataset.scene = next.scene;
      bringToFront(next.visual);
      describeSoon();
      places?.show(next.map, next.map.framing);
    }
    const growing = chart.draw(next.chart, elapsed);
    if (next.scene !== previous?.scene) bars?.refresh();
    const flying = map.draw(next, now);
    chapterBar?.draw({ step: next.stepIndex, progress: next.progress });
    graphic.dataset.progress = next.progress.toFixed(3);
    return growing || flying;
  });

  // The map's first picture, for the scene the page opens at, in tasks of their own (its camera, every element's
  // state, its names and trucks, as svgMap.ts spreads a scene change: some 30 ms at 4× CPU throttling in all): the
  // first draw then finds the map drawn.
  await afterNextFrame();
  const opening = sceneForStep(steps, scenes, measurePosition(stepElements).position);
  for (let part = 0; part < 6 && map.cut(opening); part++) await afterNextFrame();
  await afterNextFrame();
  scroller = createScroller(stepElements, loop.moveTo, { settled: () => navigation?.settled() });
  const start = measurePosition(stepElements);
  // Made while the layout is clean (it reads the layout), before the first draw's writes would force it again.
  stepTimeline?.(start.position.step);
  loop.startAt(start.position, start.inStory);
  await afterNextFrame();
  // A scroll meanwhile has drawn already: this draw then finds nothing new.
  loop.draw(performance.now());

  if (new URLSearchParams(location.search).has('debug')) showDebugView(triggerOffset);
  framing.warm();
  const mapSteps = stepElements.filter((element) => scenes.get(element.dataset.stepScene!)?.visual === 'map');
  map.loadMapLibreWhenNear(mapSteps, { features: payload.mapFeatures, lastScrollAt, current: loop.current, onRenderer: loop.redrawAll });
  motion.start();
  navigation = wireStepNavigation({
    stepElements,
    controls,
    story: graphic.closest<HTMLElement>('.scrolly') ?? graphic,
    shownIndex: () => (loop.reached() ? (loop.drawn()?.stepIndex ?? 0) : -1),
    reduceMotion: motion.reduced,
    toggleMotion: () => {
      motion.toggle();
      loop.request();
    },
  });
  printWholePicture(loop, () => {
    chart.drawWhole();
    map.drawWhole();
  }, chart.reset);
}
