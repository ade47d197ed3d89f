/**
 * How to put a chart into the systems newsrooms publish with, as data for the embed index: for each system, which
 * code to paste (the chart's address, the one-line script, or the iframe) and, in each edition's words, one or two
 * sentences on where. Each system gets the code that survives its editor: WordPress keeps only oEmbed's frame, the
 * others paste HTML, with or without running its scripts.
 */
import { embedPath, localizedChart, type EmbeddableChart } from './charts';
import { oembedFrameHeights } from './oembed';
import { iframeSnippet, scriptSnippet } from './snippets';
import type { Locale } from '../i18n/locale';
import type { Words } from '../i18n/words';
import { graphicsText } from '../i18n/graphics';

/** What the editor pastes: the chart's address (oEmbed), the script code (`/embed.js`), or the iframe code. */
export type CmsCode = 'address' | 'script' | 'iframe';

/** A system and the code its editor keeps; its name and where to paste, per edition, are words (`graphics.embed.cms`). */
export interface CmsInstruction {
  id: keyof Words['graphics']['embed']['cms'];
  code: CmsCode;
}

/** The path of the script embed (src/pages/embed.js.ts). */
export const scriptEmbedPath = '/embed.js';

export const cmsInstructions: readonly CmsInstruction[] = [
  { id: 'wordpress', code: 'address' },
  { id: 'ghost', code: 'script' },
  { id: 'drupal', code: 'iframe' },
  { id: 'wagtail', code: 'script' },
  { id: 'arc-xp', code: 'iframe' },
  { id: 'html', code: 'script' },
];

export interface CmsInstructionForChart {
  id: CmsInstruction['id'];
  name: string;
  code: CmsCode;
  text: string;
  /** Exactly what to paste, with absolute URLs. */
  paste: string;
}

/** The code of kind `code` for one chart in `locale`, with absolute URLs on `site`. */
export function cmsCode(code: CmsCode, base: EmbeddableChart, locale: Locale, site: URL): string {
  const chart = localizedChart(base, locale);
  const embedUrl = new URL(embedPath(chart.id, locale), site).href;
  if (code === 'address') return embedUrl;
  if (code === 'script') return scriptSnippet({ title: chart.title, embedUrl, scriptUrl: new URL(scriptEmbedPath, site).href });
  return iframeSnippet({ id: chart.id, title: chart.title, embedUrl, height: oembedFrameHeights[chart.id] });
}

/** Every system's instruction for one chart, in `locale`, with the code to paste. */
export function cmsInstructionsFor(chart: EmbeddableChart, locale: Locale, site: URL): CmsInstructionForChart[] {
  return cmsInstructions.map((instruction) => ({
    id: instruction.id,
    name: graphicsText[locale].embed.cms[instruction.id].name,
    code: instruction.code,
    text: graphicsText[locale].embed.cms[instruction.id].text,
    paste: cmsCode(instruction.code, chart, locale, site),
  }));
}
