/**
 * Small helpers for the standalone SVG documents the build writes as pictures (embeds' images, each step's picture):
 * fonts named, colours inline (from a palette of src/lib/palette.ts), no CSS, so resvg and any image viewer draw them
 * alike.
 */
import { escapeHtml } from '../lib/escapeHtml';

/** The font stack of every picture; resvg finds DejaVu Sans on the build machine. */
export const pictureFont = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** A `<text>` at (x, y) with `attributes` written as they are. */
export const svgText = (x: number, y: number, content: string, attributes = '') =>
  `<text x="${x}" y="${y}" ${attributes}>${escapeHtml(content)}</text>`;

/** Word-wraps `content` to lines of at most `maxChars` characters. */
export function wrapWords(content: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The whole document: a page of `width` × `height` in `background` (the palette's canvas) with `body` on it and `title`
 * as its accessible name.
 */
export function svgDocument(width: number, height: number, body: string, title: string, background: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${pictureFont}">` +
    `<title>${escapeHtml(title)}</title><rect width="${width}" height="${height}" fill="${background}"/>${body}</svg>\n`;
}
