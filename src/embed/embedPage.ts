/**
 * Browser side of an embed page: no scroll to drive it, so the reader picks a state (radio buttons, keyboard
 * ready); `?state=<scene-id>` picks the first one (validated against the page's own states, never written into
 * the page). The map embed stays on its SVG until the reader asks to explore it. Reports its height to the host.
 * Its words come with the page, in the page's edition (the button's data attributes), so no dictionary ships.
 */
import type { Scene } from '../schemas/scene';
import type { GraphicPayload } from '../scenes/payload';
import { createExportSurge } from '../charts/exportSurge/update';
import { createSvgMap } from '../map/svgMap';
import { walkBars } from '../charts/exportSurge/walkBars';
import { createPlaceWalk } from '../map/placeWalk';
import { loadWalkStyles } from '../lib/lazyStyles';
import { createMapFraming, embedLayout } from '../map/framingInBrowser';
import { describeScene, vocabularyFromPayload } from '../scenes/describeScene';
import { chartGrowth } from '../scenes/sceneState';
import { readReducedMotion } from '../lib/motion';
import { startAutoHeight } from './autoHeight';
import { startTurnoverEmbed } from './turnoverEmbed';

const growMs = 1400;
const root = document.querySelector<HTMLElement>('[data-embed]');
const payloadScript = document.getElementById('story-data');
if (root && payloadScript) startEmbed(root, JSON.parse(payloadScript.textContent!) as GraphicPayload);
// The turnover chart is static HTML whose states need no payload: its script only marks the year brought forward.
else if (root) {
  if (root.querySelector('[data-states="turnover"]')) startTurnoverEmbed(root);
  startAutoHeight(root.dataset.embed!, root);
}

function startEmbed(root: HTMLElement, payload: GraphicPayload) {
  const scenes = new Map(payload.scenes.map((scene) => [scene.id, scene]));
  const names = vocabularyFromPayload(payload.vocabulary);
  const reduceMotion = readReducedMotion();
  const controls = root.querySelector<HTMLElement>('[data-embed-controls]')!;
  const radios = [...controls.querySelectorAll<HTMLInputElement>('input[name="embed-state"]')];
  const description = root.querySelector<HTMLElement>('[data-embed-description]')!;
  const chartFigure = root.querySelector<HTMLElement>('[data-chart="export-surge"]');
  const mapFigure = root.querySelector<HTMLElement>('[data-map]');
  const drawChart = chartFigure ? createExportSurge(chartFigure) : null;
  const drawSvgMap = mapFigure ? createSvgMap(mapFigure) : null;
  // The bars and the state's places, walked with the arrow keys (barWords.ts, walkWords.ts), and their focus styles.
  void loadWalkStyles();
  const bars = chartFigure ? walkBars(chartFigure) : null;
  const places = mapFigure ? createPlaceWalk(mapFigure, names) : null;
  let drawMapLibre: ((scene: Scene) => void) | null = null;

  let current: Scene | null = null;
  let shownGrowth = 1;
  let startedAt = performance.now();
  let frame = 0;
  // The same framing as the story's, in the embed's own frame (nothing covers it).
  const framing = mapFigure ? createMapFraming(mapFigure, payload.scenes, embedLayout, () => {
    if (current) {
      drawMapLibre?.(current);
      if (!frame) frame = requestAnimationFrame(frameLoop);
    }
  }) : null;

  function frameLoop(now: number) {
    frame = 0;
    if (!current) return;
    const elapsed = now - startedAt;
    let more = false;
    if (drawChart && current.chart) {
      const target = current.chart.grow === 'progress' ? (reduceMotion ? 1 : Math.min(1, elapsed / growMs)) : chartGrowth(current.chart, 1);
      shownGrowth = target;
      drawChart({ growth: shownGrowth, highlight: current.chart.highlight });
      bars?.refresh();
      more = current.chart.grow === 'progress' && shownGrowth < 1;
    }
    if (drawSvgMap && current.map) {
      // Trucks drive on their own here (an animation the browser runs); under reduced motion they stand still.
      const flying = drawSvgMap({ ...current.map, truckMotion: reduceMotion ? 'still' : 'loop', view: framing!.viewFor(current.id) }, { animate: !reduceMotion, now });
      more = more || flying;
    }
    if (more) frame = requestAnimationFrame(frameLoop);
  }

  function show(sceneId: string) {
    const scene = scenes.get(sceneId);
    if (!scene) return;
    current = scene;
    startedAt = performance.now();
    description.textContent = describeScene(scene, names);
    for (const radio of radios) radio.checked = radio.value === scene.id;
    if (scene.map) places?.show(scene.map, scene.id);
    drawMapLibre?.(scene);
    if (!frame) frame = requestAnimationFrame(frameLoop);
  }

  // The first state: one the reader picked before this script ran (the radios work without it, and it starts after
  // the first paint); else the URL's, if it names one of this embed's states; else the page's default.
  const picked = radios.find((radio) => radio.checked && radio.value !== root.dataset.startScene)?.value;
  const requested = new URLSearchParams(location.search).get('state');
  const allowed = new Set(radios.map((radio) => radio.value));
  show(picked ?? (requested && allowed.has(requested) ? requested : root.dataset.startScene!));

  controls.hidden = false;
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && show(radio.value));

  const explore = controls.querySelector<HTMLButtonElement>('[data-explore-map]');
  if (explore && mapFigure) {
    explore.addEventListener('click', async () => {
      explore.disabled = true;
      explore.textContent = explore.dataset.loading!;
      const container = document.createElement('div');
      container.className = 'maplibre-container';
      mapFigure.querySelector('.map-frame')!.append(container);
      try {
        const { createMapLibreMap } = await import('../map/maplibreMap');
        const view = (scene: Scene) => ({ ...scene.map!, truckMotion: 'still' as const, view: framing!.viewFor(scene.id) });
        const maplibre = await createMapLibreMap(container, payload.mapFeatures, view(current!), { interactive: true });
        drawMapLibre = (scene) => scene.map && maplibre.render(view(scene), { animate: !reduceMotion });
        drawMapLibre(current!);
        mapFigure.dataset.renderer = 'maplibre';
        mapFigure.dataset.labels = 'maplibre';
        explore.textContent = explore.dataset.exploring!;
      } catch {
        container.remove();
        mapFigure.dataset.renderer = 'svg';
        explore.textContent = explore.dataset.unavailable!;
      }
    });
  }

  startAutoHeight(root.dataset.embed!, root);
}
