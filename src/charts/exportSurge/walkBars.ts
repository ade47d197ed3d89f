/**
 * Browser: the surge chart's bars as one Tab stop, walked with the arrow keys (lib/rovingFocus.ts); bars the chart
 * hides (the 2022 column at the 2021 state) are skipped. An embed's bars carry their words in the markup; the story's
 * are written here, from what the chart prints (its panels' titles, values and source line: barWords.ts).
 */
import type { FigureUnit } from '../../schemas/figure';
import { isLocale, type Locale } from '../../i18n/locale';
import { createRovingFocus, type RovingFocus } from '../../lib/rovingFocus';
import { surgeBarWords } from './barWords';

/** The publications of the chart's source line, as printed: "Sources: A; B (small outlet); C." */
function printedSources(figure: HTMLElement): string[] {
  const line = figure.querySelector('.chart-sources');
  const label = line?.querySelector('.sources-label')?.textContent ?? '';
  return (line?.textContent ?? '').trim().slice(label.length).trim().replace(/\.$/, '').split('; ');
}

function writeBarWords(figure: HTMLElement, locale: Locale) {
  const sources = printedSources(figure);
  for (const root of figure.querySelectorAll<HTMLElement>('.surge-panel[data-sources]')) {
    const data = root.dataset;
    const said = surgeBarWords({
      label: root.querySelector('.panel-title')?.textContent ?? '',
      unit: data.unit as FigureUnit,
      value2021: Number(data.from),
      value2022: Number(data.to),
      qualifier2021: data.fromQualifier,
      qualifier2022: data.toQualifier,
    }, data.sources!.split(' ').map((index) => sources[Number(index)] ?? ''), locale);
    // The panel's summary still names it; its bars are now what a screen reader walks.
    root.querySelector('svg')?.setAttribute('role', 'group');
    for (const bar of root.querySelectorAll<SVGGElement>('g.bar')) {
      bar.setAttribute('role', 'img');
      bar.setAttribute('aria-label', said[bar.dataset.year as '2021' | '2022']);
    }
  }
}

export function walkBars(figure: HTMLElement): RovingFocus | null {
  const container = figure.querySelector<HTMLElement>('.surge-panels');
  if (!container) return null;
  writeBarWords(figure, isLocale(figure.dataset.locale) ? figure.dataset.locale : 'en');
  const bars = [...container.querySelectorAll<SVGGElement>('g.bar')];
  return createRovingFocus(container, () => bars, (bar) => bar.getAttribute('visibility') !== 'hidden');
}
