// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Absolute URLs in social tags and oEmbed; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://around-kazakhstan.example',
  integrations: [mdx()],
  // Content tests build temporary copies of the site; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The story is one page: keep its CSS in a file the browser can cache, and never fetch anything remote.
  build: { inlineStylesheets: 'never' },
  // Never inline scripts: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
