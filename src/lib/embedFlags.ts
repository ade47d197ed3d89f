/**
 * An embed's flags from its address, set on <html> before the first paint: `?theme=light|dark` (so a dark host sees
 * no white flash; the colours are in global.css and embed.css), `?plain` (no title or notes) and `?static` (the
 * picture alone; boot.ts loads no chart script). Any other value is ignored and nothing from the address is written
 * into the page. Inline in the embed's <head>, allowed by its hash in the Content-Security-Policy (csp.ts): a file
 * would cost a round trip before the first paint.
 */
import { createHash } from 'node:crypto';

export const embedFlagsScript =
  "(function(){try{var q=new URLSearchParams(location.search),t=q.get('theme'),r=document.documentElement;" +
  "if(t==='light'||t==='dark')r.setAttribute('data-theme',t);if(q.has('plain'))r.setAttribute('data-plain','');" +
  "if(q.has('static'))r.setAttribute('data-static','')}catch(e){}})();";

/** The script's CSP source expression: 'sha256-…'. */
export const embedFlagsHash = `'sha256-${createHash('sha256').update(embedFlagsScript).digest('base64')}'`;
