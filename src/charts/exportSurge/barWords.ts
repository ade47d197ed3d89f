/**
 * What each bar of the surge chart says to a reader who walks the bars with the keyboard or a screen reader: the
 * panel's product, the year, the value as the chart prints it (with its source's qualifier) and the publication it
 * comes from, as the chart's source line prints it. Written at build time into an embed's SVG (ExportSurge.astro);
 * the story's script writes the same words from the page (walkBars.ts), which keeps them out of the story's first
 * HTML. Pure, and light enough for the browser.
 */
import type { Locale } from '../../i18n/locale';
import { barWords } from '../../i18n/sceneWords';
import { surgeLabel, type SurgePanel } from './layout';

type PanelValues = Pick<SurgePanel, 'label' | 'unit' | 'value2021' | 'value2022' | 'qualifier2021' | 'qualifier2022'>;

/**
 * The words of a panel's two bars. `sources`: its figures' publications as printed, the 2021 figure's first (one
 * when both figures come from the same one).
 */
export function surgeBarWords(panel: PanelValues, sources: readonly string[], locale: Locale): { '2021': string; '2022': string } {
  const say = (year: '2021' | '2022', value: number, qualifier: string | undefined, source: string) =>
    barWords[locale](panel.label, year, surgeLabel(panel as SurgePanel, value, qualifier, locale), source);
  return {
    '2021': say('2021', panel.value2021, panel.qualifier2021, sources[0]!),
    '2022': say('2022', panel.value2022, panel.qualifier2022, sources[sources.length - 1]!),
  };
}
