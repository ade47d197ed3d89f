/**
 * Embed codes for host pages. The iframe code carries a tiny listener for the Datawrapper-style height message the
 * embed posts; the pym.js code uses pym's own Parent, loading pym from this site (no third party).
 */

/** A responsive iframe plus a resize listener (Datawrapper's message format). `embedUrl` is absolute. */
export function iframeSnippet({ id, title, embedUrl }: { id: string; title: string; embedUrl: string }): string {
  const listener =
    `!function(){window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;` +
    `var f=document.querySelectorAll("iframe[data-around-kazakhstan]");for(var i=0;i<f.length;i++)` +
    `if(f[i].contentWindow===e.source)for(var k in d)f[i].style.height=d[k]+"px"})}();`;
  return (
    `<iframe data-around-kazakhstan="${id}" src="${embedUrl}" title="${escapeAttribute(title)}" ` +
    `style="width:100%;min-width:100%;border:0;height:480px" scrolling="no" loading="lazy"></iframe>\n` +
    `<script>${listener}</script>`
  );
}

/** pym.js: a container and pym.Parent. `pymUrl` and `embedUrl` are absolute. */
export function pymSnippet({ id, embedUrl, pymUrl }: { id: string; embedUrl: string; pymUrl: string }): string {
  const container = `around-kazakhstan-${id}`;
  return `<div id="${container}"></div>\n<script src="${pymUrl}"></script>\n<script>new pym.Parent("${container}", "${embedUrl}", {});</script>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
