/**
 * Kazakhstan–Russia trade turnover as reported, year by year: every reported value is a dot on a line of its own,
 * labelled with the value as reported and who reported it; where sources disagree on a year, a band spans their
 * values. Positions are fractions of the plot's width, so the page (HTML, percentages) and the static images
 * (SVG, pixels) draw from this one layout. Pure: no DOM.
 */
import { scaleLinear } from 'd3-scale';
import { formatUsdCompact, formatValue, withQualifier } from '../../lib/format';
import type { Locale } from '../../i18n/locale';
import { allYearsState, yearEmphasis, type TurnoverState, type YearEmphasis } from '../../scenes/turnoverState';
import type { TurnoverReport } from '../../lib/turnoverData';

export type { TurnoverReport };

export interface TurnoverDot {
  id: string;
  /** 0–1 across the plot. */
  x: number;
  /** The value as reported, with the source's qualifier: "about $28.5bn". */
  label: string;
  by: string;
  /** A repost or small outlet: drawn hollow. */
  weak: boolean;
  report: TurnoverReport;
}

export interface TurnoverYear {
  year: number;
  emphasis: YearEmphasis;
  dots: TurnoverDot[];
  /** Where reports of the year disagree: the span between the lowest and highest value (0–1), else null. */
  range: { from: number; to: number } | null;
}

export interface TurnoverLayout {
  years: TurnoverYear[];
  /** Axis ticks, 0–1 across the plot, with their labels ("$24bn"): the scale's marks, not reported values. */
  ticks: { x: number; label: string }[];
  /** The axis's first value: the scale does not start at zero (dots, not bars, so no length is compared). */
  domain: [number, number];
}

/** A reported value as the chart prints it: compact dollars with the source's qualifier, "about $28.5bn". */
export function turnoverLabel(figure: TurnoverReport['figure'], locale: Locale): string {
  const text = figure.unit === 'usd' ? formatUsdCompact(figure.value, locale) : formatValue(figure.value, figure.unit, locale);
  return withQualifier(text, figure, locale);
}

/**
 * The chart's layout: years in order, each year's reports from the lowest value up, and a scale that spans every
 * report with a margin, rounded to whole steps (`nice`), so the lowest and highest dots never sit on the edge. The
 * scale is the same in every state: bringing a year forward moves nothing.
 */
export function turnoverLayout(reports: readonly TurnoverReport[], locale: Locale, state: TurnoverState = allYearsState): TurnoverLayout {
  if (reports.length === 0) throw new Error('turnoverLayout: content/data/kz-ru-turnover.json has no rows to draw');
  const values = reports.map((report) => report.figure.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.15, high * 0.02);
  const x = scaleLinear([low - pad, high + pad], [0, 1]).nice(4);
  const domain = x.domain() as [number, number];
  const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b).map((year) => {
    const dots = reports
      .filter((report) => report.year === year)
      .sort((a, b) => a.figure.value - b.figure.value || a.id.localeCompare(b.id))
      .map((report) => ({ id: report.id, x: x(report.figure.value), label: turnoverLabel(report.figure, locale), by: report.by, weak: report.source.weak === true, report }));
    const spread = dots.length > 1 && dots[0]!.x !== dots.at(-1)!.x;
    return { year, emphasis: yearEmphasis(year, state), dots, range: spread ? { from: dots[0]!.x, to: dots.at(-1)!.x } : null };
  });
  const ticks = x.ticks(4).map((value) => ({ x: x(value), label: formatUsdCompact(value, locale) }));
  return { years, ticks, domain };
}
