/**
 * The 2022 surge as one standalone SVG document, from the layout the page animates (`surgePanelLayout`): the embed's
 * image at growth 1, and each chart step's picture at its scene's growth and highlight.
 */
import type { SurgePanel } from '../charts/exportSurge/layout';
import { surgePanelLayout } from '../charts/exportSurge/layout';
import { svgDocument, svgText as text, wrapWords } from './svgText';
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';
import { picturePalettes, type PicturePalette } from '../lib/palette';

/** What the bars show: 0 = 2021 values, 1 = 2022 values; the panel the scene emphasises, if any. */
export interface SurgePictureState {
  growth: number;
  highlight: string | null;
}

export interface SurgeImageOptions {
  title: string;
  /** A line under the title; defaults to how to read the panels. */
  subtitle?: string;
  width: number;
  height: number;
  /** Its colours; the light theme's by default. */
  palette?: PicturePalette;
}

export function exportSurgeImage(
  panels: readonly SurgePanel[],
  sourceLine: string,
  { title, subtitle, width, height, palette = picturePalettes.light }: SurgeImageOptions,
  { growth, highlight }: SurgePictureState = { growth: 1, highlight: null },
  locale: Locale,
): string {
  const words = graphicsText[locale].chart;
  const { ink, inkSoft: soft, accent, rule } = palette;
  const margin = 48;
  const gap = 32;
  const panelWidth = (width - margin * 2 - gap * (panels.length - 1)) / panels.length;
  // Up to three lines of sources under the panels; more (the Russian edition's four) are set closer and smaller, and
  // the panels give up the room they need, rather than run off the picture's foot.
  const sourceLines = wrapWords(`${words.sources} ${sourceLine}`, words.pictureSourceChars);
  const crowded = sourceLines.length > 3;
  const sourceLineHeight = crowded ? 18 : 20;
  const sourceTop = crowded ? height - 14 - (sourceLines.length - 1) * sourceLineHeight : height - 48;
  const panelTop = 215;
  const panelHeight = height - panelTop - 120 - (crowded ? (sourceLines.length - 3) * sourceLineHeight : 0);
  let body = text(margin, 70, title, `font-size="38" font-weight="700" fill="${ink}"`);
  body += text(margin, 112, subtitle ?? words.pictureNote, `font-size="20" fill="${soft}"`);
  panels.forEach((panel, index) => {
    const x0 = margin + index * (panelWidth + gap);
    const layout = surgePanelLayout(panel, { width: panelWidth, height: panelHeight }, growth, locale);
    // The highlighted panel is marked as on the page (chart.css): a dark top rule and a ▸ before its title.
    const highlighted = highlight === panel.id;
    body += `<line x1="${x0}" x2="${x0 + panelWidth}" y1="${panelTop - 70}" y2="${panelTop - 70}" stroke="${highlighted ? ink : rule}" stroke-width="${highlighted ? 6 : 3}"/>`;
    const titleLines = wrapWords((highlighted ? '▸ ' : '') + panel.label, Math.floor(panelWidth / 12));
    titleLines.forEach((line, i) => {
      body += text(x0, panelTop - 12 - (titleLines.length - 1 - i) * 24, line, `font-size="21" font-weight="700" fill="${ink}"`);
    });
    body += `<g transform="translate(${x0} ${panelTop})">`;
    // A hidden 2022 column (growth 0) is not drawn at all, year included: the 2021 state shows 2021 alone.
    for (const bar of layout.bars.filter((candidate) => candidate.shown)) {
      body += `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="${bar.year === '2021' ? palette.bar2021 : accent}"/>`;
      body += text(bar.x + bar.width / 2, bar.labelY, bar.label, `font-size="17" font-weight="700" fill="${ink}" text-anchor="middle"`);
      body += text(bar.x + bar.width / 2, layout.baselineY + 24, bar.year, `font-size="17" fill="${soft}" text-anchor="middle"`);
    }
    body += `<line x1="0" x2="${panelWidth}" y1="${layout.baselineY}" y2="${layout.baselineY}" stroke="${ink}"/></g>`;
    if (layout.changeShown) body += text(x0, panelTop + panelHeight + 30, panel.change, `font-size="20" font-weight="700" fill="${accent}"`);
  });
  sourceLines.forEach((line, i) => {
    body += text(margin, sourceTop + i * sourceLineHeight, line, `font-size="${crowded ? 14 : 15}" fill="${soft}"`);
  });
  return svgDocument(width, height, body, title, palette.canvas);
}
