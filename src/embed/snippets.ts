/**
 * Embed codes for host pages. The iframe code carries a tiny listener for the Datawrapper-style height message the
 * embed posts; the pym.js code uses pym's own Parent, loading pym from this site (no third party); the oEmbed code
 * is shaped to survive WordPress's filter; the script code is one line that loads /embed.js (scriptEmbed.ts).
 */
import { escapeHtml } from '../lib/escapeHtml';

/** The `data-` attribute that marks our frames in a host page; the listener sizes only frames that carry it. */
export const frameAttribute = 'data-around-kazakhstan';
/** Marks the fallback link that the oEmbed code puts before its frame; hidden once the frame reports its height. */
export const fallbackAttribute = 'data-around-kazakhstan-fallback';

/**
 * Sets each of our frames to the height it reports (Datawrapper's message format), from that frame only, and hides
 * the fallback link before it once it has. Plain ES5, inline in the host page.
 */
const heightListener =
  `!function(){window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;` +
  `var f=document.querySelectorAll("iframe[${frameAttribute}]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source){` +
  `for(var k in d)if(d[k]>0)f[i].style.height=d[k]+"px";var b=f[i].previousElementSibling;` +
  `if(b&&b.hasAttribute("${fallbackAttribute}"))b.style.display="none"}})}();`;

/**
 * A responsive iframe plus a resize listener (Datawrapper's message format). `embedUrl` is absolute; `height` is
 * the frame's height until the first message (the chart's height at 600 px, `oembedFrameHeights`, fits best).
 */
export function iframeSnippet({ id, title, embedUrl, height = 480 }: { id: string; title: string; embedUrl: string; height?: number }): string {
  return (
    `<iframe ${frameAttribute}="${escapeHtml(id)}" src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" ` +
    `style="width:100%;min-width:100%;border:0;height:${Math.round(height)}px" scrolling="no" loading="lazy"></iframe>\n` +
    `<script>${heightListener}</script>`
  );
}

/** pym.js: a container and pym.Parent. `pymUrl` and `embedUrl` are absolute. */
export function pymSnippet({ id, embedUrl, pymUrl }: { id: string; embedUrl: string; pymUrl: string }): string {
  const container = `around-kazakhstan-${id}`;
  return `<div id="${container}"></div>\n<script src="${pymUrl}"></script>\n<script>new pym.Parent("${container}", "${embedUrl}", {});</script>`;
}

export interface OembedSnippetOptions {
  id: string;
  title: string;
  /** The chart's embed page, absolute. */
  embedUrl: string;
  /** The frame's size in CSS px before the first height message. */
  width: number;
  height: number;
}

/**
 * The oEmbed `html`, in the shape WordPress keeps (wp_filter_oembed_result): a `<blockquote>` with a link, then an
 * `<iframe>` with src, width, height, title, frameborder, marginwidth, marginheight and scrolling; WordPress strips
 * the rest (class, style, data-*, the script) and adds its secret, sandbox and resizer, which it only loads when the
 * blockquote is there. Other hosts get the same frame made full-width, sized by the listener, the link hidden once
 * the frame reports.
 * @see https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/embed.php
 */
export function oembedSnippet({ id, title, embedUrl, width, height }: OembedSnippetOptions): string {
  const url = escapeHtml(embedUrl);
  return (
    `<blockquote class="wp-embedded-content" ${fallbackAttribute}><a href="${url}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe ${frameAttribute}="${escapeHtml(id)}" class="wp-embedded-content" src="${url}" width="${Math.round(width)}" height="${Math.round(height)}" ` +
    `title="${escapeHtml(title)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="width:100%;border:0"></iframe>` +
    `<script>${heightListener}</script>`
  );
}

/**
 * The one-line script code: the script replaces the link with the chart's frame, and without scripts the reader
 * keeps the link. `embedUrl` (the chart's page, which names chart and edition) and `scriptUrl` are absolute.
 */
export function scriptSnippet({ title, embedUrl, scriptUrl }: { title: string; embedUrl: string; scriptUrl: string }): string {
  return `<a href="${escapeHtml(embedUrl)}" data-around-kazakhstan-chart>${escapeHtml(title)}</a><script async src="${escapeHtml(scriptUrl)}"></script>`;
}
