/**
 * How to put a chart into the systems newsrooms publish with, as data for the embed index: for each system, which
 * code to paste (the chart's address, the one-line script, or the iframe) and one or two sentences on where, in
 * every edition. Each system gets the code that survives its editor: WordPress keeps only oEmbed's frame, the others
 * paste HTML, with or without running its scripts.
 */
import { embedPath, localizedChart, type EmbeddableChart } from './charts';
import { oembedFrameHeights } from './oembed';
import { iframeSnippet, scriptSnippet } from './snippets';
import type { Locale } from '../i18n/locale';

/** What the editor pastes: the chart's address (oEmbed), the script code (`/embed.js`), or the iframe code. */
export type CmsCode = 'address' | 'script' | 'iframe';

export interface CmsInstruction {
  id: 'wordpress' | 'ghost' | 'drupal' | 'wagtail' | 'arc-xp' | 'html';
  /** The system's name, per edition. */
  name: Record<Locale, string>;
  code: CmsCode;
  /** Where to paste it: one or two sentences, per edition. */
  text: Record<Locale, string>;
}

/** The path of the script embed (src/pages/embed.js.ts). */
export const scriptEmbedPath = '/embed.js';

export const cmsInstructions: readonly CmsInstruction[] = [
  {
    id: 'wordpress',
    name: { en: 'WordPress', ru: 'WordPress' },
    code: 'address',
    text: {
      en: 'Paste the chart’s address on a line of its own, or into an Embed block. WordPress finds the chart by itself and keeps the frame as tall as the chart.',
      ru: 'Вставьте адрес графика отдельной строкой или в блок встраивания (Embed). WordPress сам найдёт график и подгонит высоту рамки под него.',
    },
  },
  {
    id: 'ghost',
    name: { en: 'Ghost', ru: 'Ghost' },
    code: 'script',
    text: {
      en: 'Add an HTML card and paste this code. The address on its own gives only a bookmark card: Ghost embeds only the sites on its list.',
      ru: 'Добавьте карточку HTML и вставьте в неё этот код. Один адрес даст лишь карточку-закладку: Ghost встраивает только сайты из своего списка.',
    },
  },
  {
    id: 'drupal',
    name: { en: 'Drupal', ru: 'Drupal' },
    code: 'iframe',
    text: {
      en: 'Choose a text format that keeps iframes (such as Full HTML), switch the editor to Source and paste this code. If the format drops the script, the frame keeps its starting height.',
      ru: 'Выберите текстовый формат, который сохраняет iframe (например, Full HTML), откройте в редакторе исходный код (Source) и вставьте этот код. Если формат уберёт скрипт, рамка сохранит начальную высоту.',
    },
  },
  {
    id: 'wagtail',
    name: { en: 'Wagtail', ru: 'Wagtail' },
    code: 'script',
    text: {
      en: 'Paste this code into a raw HTML block (RawHTMLBlock), if your pages’ StreamField has one. For an embed block that takes the address, a developer adds this site’s oEmbed endpoints (/embed/providers.json) to WAGTAILEMBEDS_FINDERS.',
      ru: 'Вставьте этот код в блок HTML (RawHTMLBlock), если он есть в StreamField ваших страниц. Чтобы блок встраивания принимал просто адрес, разработчик добавляет oEmbed-адреса этого сайта (/embed/providers.json) в WAGTAILEMBEDS_FINDERS.',
    },
  },
  {
    id: 'arc-xp',
    name: { en: 'Arc XP', ru: 'Arc XP' },
    code: 'iframe',
    text: {
      en: 'In Composer, add a Raw HTML element and paste this code. If your site does not run scripts in raw HTML, the frame keeps its starting height, the chart’s height at 600 px wide.',
      ru: 'В Composer добавьте элемент Raw HTML и вставьте этот код. Если ваш сайт не выполняет скрипты в таком HTML, рамка сохранит начальную высоту — высоту графика при ширине 600 px.',
    },
  },
  {
    id: 'html',
    name: { en: 'Any HTML block', ru: 'Любой HTML-блок' },
    code: 'script',
    text: {
      en: 'Paste this code where the chart should go: the script puts the chart in place of the link, sized and themed to match your page. Readers without scripts keep the link.',
      ru: 'Вставьте этот код туда, где должен стоять график: скрипт заменит ссылку графиком нужной высоты и в теме вашей страницы. Читатели без скриптов увидят ссылку.',
    },
  },
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
    name: instruction.name[locale],
    code: instruction.code,
    text: instruction.text[locale],
    paste: cmsCode(instruction.code, chart, locale, site),
  }));
}
