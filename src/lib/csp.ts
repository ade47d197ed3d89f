import { embedFlagsHash } from './embedFlags.ts';

/**
 * The Content-Security-Policy: everything from the site's own origin and nothing else. MapLibre's worker is a
 * same-origin module file. Inline styles are allowed for one reason: the SVG map carries its zoom as a CSS variable
 * in a style attribute, so labels keep their size without JavaScript. One inline script runs, allowed by its hash:
 * an embed's flags, read before its first paint (embedFlags.ts); the other inline <script> blocks are JSON data,
 * which CSP does not execute.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${embedFlagsHash}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Who may frame a page: anyone for embeds, only the site itself for the story. Only enforceable as a header. */
export const frameAncestors = { story: "frame-ancestors 'self'", embed: 'frame-ancestors *' } as const;
