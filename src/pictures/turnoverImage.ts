/**
 * Kazakhstan–Russia trade turnover as reported, as one standalone SVG document from the layout the page draws
 * (`turnoverLayout`): the embed's image and social card.
 */
import { turnoverLayout, type TurnoverReport } from '../charts/tradeTurnover/layout';
import { svgDocument, svgText as text, wrapWords } from './svgText';
import { picturePalettes, type PicturePalette } from '../lib/palette';
import { formatUsdCompact } from '../lib/format';
import { graphicsText } from '../i18n/graphics';
import type { Locale } from '../i18n/locale';

export interface TurnoverImageOptions {
  title: string;
  width: number;
  /** The least height; a longer list of reports makes the picture taller. */
  height: number;
  /** Its colours; the light theme's by default. */
  palette?: PicturePalette;
}

export function tradeTurnoverImage(
  reports: readonly TurnoverReport[],
  sourceLine: string,
  { title, width, height, palette = picturePalettes.light }: TurnoverImageOptions,
  locale: Locale,
): string {
  const words = graphicsText[locale].turnover;
  const { ink, inkSoft: soft, accent, band, rule: grid } = palette;
  const layout = turnoverLayout(reports, locale);
  const margin = 48;
  const labelWidth = 470;
  const plotLeft = margin + labelWidth;
  const plotWidth = width - margin - plotLeft - 12;
  const px = (x: number) => plotLeft + x * plotWidth;
  const noteLines = wrapWords(words.note(formatUsdCompact(layout.domain[0], locale)), 96);
  const top = 112 + noteLines.length * 26 + 40;
  const yearGap = 16;
  const yearHead = 32;
  const line = 36;
  const plotHeight = layout.years.reduce((sum, year) => sum + yearHead + year.dots.length * line + yearGap, 0);
  const sourceLines = wrapWords(`${graphicsText[locale].chart.sources} ${sourceLine}`, 130);
  const fullHeight = Math.max(height, top + plotHeight + 40 + sourceLines.length * 20 + 30);

  // A long title (the Russian one) is set smaller rather than cut at the edge: DejaVu Sans Bold takes about 0.62 em a
  // character. Who reported a value starts after the longest value (about 12.6 px a character, bold at 20 px).
  const titleSize = Math.min(36, Math.floor((width - margin * 2) / (title.length * 0.62)));
  const longestLabel = Math.max(...layout.years.flatMap((year) => year.dots.map((dot) => dot.label.length)));
  const byX = margin + Math.max(190, Math.ceil(longestLabel * 12.6) + 16);
  let body = text(margin, 70, title, `font-size="${titleSize}" font-weight="700" fill="${ink}"`);
  noteLines.forEach((noteLine, i) => (body += text(margin, 110 + i * 26, noteLine, `font-size="19" fill="${soft}"`)));
  for (const tick of layout.ticks) {
    body += `<line x1="${px(tick.x)}" x2="${px(tick.x)}" y1="${top - 6}" y2="${top + plotHeight}" stroke="${grid}"/>`;
    body += text(px(tick.x), top - 14, tick.label, `font-size="17" fill="${soft}" text-anchor="middle"`);
  }
  let y = top;
  for (const year of layout.years) {
    body += text(margin, y + 24, year.range ? `${year.year} · ${words.conflict}` : String(year.year), `font-size="21" font-weight="700" fill="${ink}"`);
    y += yearHead;
    if (year.range) {
      body += `<rect x="${px(year.range.from)}" y="${y + 4}" width="${px(year.range.to) - px(year.range.from)}" height="${year.dots.length * line - 8}" fill="${band}"/>`;
    }
    for (const dot of year.dots) {
      const mid = y + line / 2;
      body += text(margin, mid + 7, dot.label, `font-size="20" font-weight="700" fill="${ink}"`);
      body += text(byX, mid + 7, dot.by, `font-size="18" fill="${soft}"`);
      body += dot.weak
        ? `<circle cx="${px(dot.x)}" cy="${mid}" r="8" fill="${palette.canvas}" stroke="${accent}" stroke-width="3"/>`
        : `<circle cx="${px(dot.x)}" cy="${mid}" r="9" fill="${accent}"/>`;
      y += line;
    }
    y += yearGap;
  }
  sourceLines.forEach((sourceText, i) => (body += text(margin, fullHeight - 30 - (sourceLines.length - 1 - i) * 20, sourceText, `font-size="15" fill="${soft}"`)));
  return svgDocument(width, fullHeight, body, title, palette.canvas);
}
