import { scaleBand, scaleLinear } from 'd3-scale';
import { formatUsdCompact, formatValue, withQualifier } from '../../lib/format';
import type { Locale } from '../../i18n/locale';
import { noneWord } from '../../i18n/sceneWords';
import type { Figure } from '../../schemas/figure';
import type { SurgePanel } from '../../lib/surgePanels';

export type { SurgePanel };

export interface PanelSize {
  width: number;
  height: number;
}

/** The size each panel's SVG is laid out at; CSS scales it to its grid cell. */
export const panelSize: PanelSize = { width: 200, height: 180 };

const margin = { top: 26, right: 12, bottom: 24, left: 12 };

/** A bar with its value label, in panel coordinates. */
export interface SurgeBar {
  year: '2021' | '2022';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value the bar's height is drawn to at this growth: in between while growing, so never printed as such. */
  value: number;
  /** The reported value with its source's qualifier, or '' while the bar stands for no reported value. */
  label: string;
  labelY: number;
  /**
   * False for the 2022 column at growth 0: the 2021 state shows 2021 alone, since an unlabelled 2022 bar (or an
   * empty slot under "2022") would read as a 2022 value. Drawn with zero height, so a renderer that ignores it still
   * draws no bar.
   */
  shown: boolean;
}

export interface SurgePanelLayout {
  baselineY: number;
  bars: [SurgeBar, SurgeBar];
  /** The change ("+25%", "from none") is a 2022 figure: shown once the 2022 bar stands at its reported value. */
  changeShown: boolean;
}

/** Bars drawn for positive values are at least this tall, so a tiny 2021 value stays visible. */
export const minBarHeight = 1.5;

/**
 * The label of a reported value (compact dollars, every reported digit kept), with the source's
 * qualifier. Only reported values are labelled, so nothing here rounds in-between values for counting up.
 */
export function surgeLabel(panel: SurgePanel, value: number, qualifier: string | undefined, locale: Locale): string {
  if (value === 0) return noneWord[locale];
  const text = panel.unit === 'usd' ? formatUsdCompact(value, locale) : formatValue(value, panel.unit, locale);
  return withQualifier(text, { unit: panel.unit, qualifier: qualifier as Figure['qualifier'] }, locale);
}

/**
 * One panel's bars at `growth` (0 = 2021 values, 1 = 2022 values): the 2021 bar stays put and the 2022 bar grows
 * from the 2021 value to the 2022 value. Each panel has its own linear scale from zero, so a 300-fold jump fills
 * the panel and the 2021 value is printed beside a bar at least `minBarHeight` tall. Pure: no DOM.
 *
 * Labels print reported values only: the 2022 column is hidden at growth 0, and a growing 2022 bar carries no
 * number until it reaches its value at growth 1 (an interpolated "$7.25bn" was never reported by anyone).
 */
export function surgePanelLayout(panel: SurgePanel, size: PanelSize, growth: number, locale: Locale): SurgePanelLayout {
  return surgePanelGrowth(panel, size, locale)(growth);
}

/**
 * `surgePanelLayout` for one panel at any growth: the scales and the reported values' labels are set up once, so the
 * browser, which lays out four panels in every frame of the growth, builds no scale and formats no number per frame.
 */
export function surgePanelGrowth(panel: SurgePanel, size: PanelSize, locale: Locale): (growth: number) => SurgePanelLayout {
  const x = scaleBand(['2021', '2022'], [margin.left, size.width - margin.right]).paddingInner(0.25).paddingOuter(0.15);
  const top = Math.max(panel.value2021, panel.value2022);
  const y = scaleLinear([0, top > 0 ? top : 1], [size.height - margin.bottom, margin.top]);
  const baselineY = y(0);
  const width = x.bandwidth();
  const label2021 = surgeLabel(panel, panel.value2021, panel.qualifier2021, locale);
  const label2022 = surgeLabel(panel, panel.value2022, panel.qualifier2022, locale);
  const bar = (year: '2021' | '2022', value: number, label: string, shown = true): SurgeBar => {
    const height = shown && value > 0 ? Math.max(minBarHeight, baselineY - y(value)) : 0;
    return { year, x: x(year)!, y: baselineY - height, width, height, value, label, labelY: baselineY - height - 6, shown };
  };
  const bar2021 = bar('2021', panel.value2021, label2021);
  return (growth) => {
    const g = Math.min(1, Math.max(0, growth));
    const value2022 = panel.value2021 + (panel.value2022 - panel.value2021) * g;
    return { baselineY, bars: [bar2021, bar('2022', value2022, g === 1 ? label2022 : '', g > 0)], changeShown: g === 1 };
  };
}
