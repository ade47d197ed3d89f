/**
 * Browser side of the export-surge chart: moves the build-time SVG to a given state. Reads only the panel data the
 * server wrote into data attributes; never reads scroll position or layout.
 */
import { panelSize, surgePanelGrowth, type SurgeBar, type SurgePanel, type SurgePanelLayout } from './layout';
import type { FigureUnit } from '../../schemas/figure';
import { isLocale, type Locale } from '../../i18n/locale';

/** What the chart shows: see `SceneState['chart']`. */
export interface ExportSurgeState {
  growth: number;
  highlight: string | null;
}

/** A bar's nodes, with what was last written to them. */
interface BarNodes {
  group: SVGGElement;
  rect: SVGRectElement;
  value: SVGTextElement;
  /** y, height, label's y, label, shown: as last written; null before the first draw. */
  written: { y: number; height: number; labelY: number; label: string; shown: boolean } | null;
}

interface PanelNodes {
  panel: SurgePanel;
  root: HTMLElement;
  bars: BarNodes[];
  /** The panel's layout at a growth, its scales and labels set up once (see `surgePanelGrowth`). */
  layoutAt: (growth: number) => SurgePanelLayout;
}

function readPanel(root: HTMLElement, locale: Locale): PanelNodes {
  const data = root.dataset;
  const panel: SurgePanel = {
    id: data.panel!,
    label: '',
    measure: '',
    unit: data.unit as FigureUnit,
    value2021: Number(data.from),
    value2022: Number(data.to),
    qualifier2021: data.fromQualifier,
    qualifier2022: data.toQualifier,
    change: '',
  };
  const bars = [...root.querySelectorAll<SVGGElement>('g.bar')].map((group) => ({
    group,
    rect: group.querySelector('rect')!,
    value: group.querySelector<SVGTextElement>('text.bar-value')!,
    written: null,
  }));
  return { panel, root, bars, layoutAt: surgePanelGrowth(panel, panelSize, locale) };
}

/**
 * Binds to a rendered `<figure data-chart="export-surge">` and returns a function that draws a state. Labels are
 * written in the figure's edition (`data-locale`).
 */
export function createExportSurge(figure: HTMLElement) {
  const locale = figure.dataset.locale;
  if (!isLocale(locale)) throw new Error(`<figure data-chart="export-surge">: data-locale "${locale}" is no edition's (ExportSurge.astro writes it)`);
  const panels = [...figure.querySelectorAll<HTMLElement>('.surge-panel')].map((root) => readPanel(root, locale));
  let drawn: ExportSurgeState | null = null;

  /** Draws `state` at once. Cheap: a few attribute writes, no layout reads, so it runs every animation frame. */
  return function render(state: ExportSurgeState) {
    if (drawn && drawn.growth === state.growth && drawn.highlight === state.highlight) return;
    for (const { panel, root, bars, layoutAt } of panels) {
      if (!drawn || drawn.highlight !== state.highlight) {
        root.dataset.highlighted = String(state.highlight === panel.id);
      }
      if (drawn && drawn.growth === state.growth) continue;
      const layout = layoutAt(state.growth);
      // Changes only as the growth reaches or leaves 1: not rewritten in every frame of it.
      const changeShown = String(layout.changeShown);
      if (root.dataset.changeShown !== changeShown) root.dataset.changeShown = changeShown;
      layout.bars.forEach((bar, index) => writeBar(bars[index]!, bar));
    }
    drawn = { ...state };
  };
}

/**
 * Writes what changed of a bar. While the 2022 bar grows (a frame each), the 2021 bar and the labels stay put: only
 * the 2022 rect's y and height are written, which keeps the other SVG elements out of the frame's style and layout.
 */
function writeBar(nodes: BarNodes, bar: SurgeBar) {
  const last = nodes.written;
  if (last?.y !== bar.y) nodes.rect.setAttribute('y', String(bar.y));
  if (last?.height !== bar.height) nodes.rect.setAttribute('height', String(bar.height));
  if (last?.labelY !== bar.labelY) nodes.value.setAttribute('y', String(bar.labelY));
  // Empty while the 2022 bar grows: only reported values are printed (see surgePanelLayout).
  if (last?.label !== bar.label) nodes.value.textContent = bar.label;
  // A presentation attribute, so no stylesheet is needed; it hides the year under an empty 2022 column too.
  if (last?.shown !== bar.shown) {
    if (bar.shown) nodes.group.removeAttribute('visibility');
    else nodes.group.setAttribute('visibility', 'hidden');
  }
  nodes.written = { y: bar.y, height: bar.height, labelY: bar.labelY, label: bar.label, shown: bar.shown };
}
