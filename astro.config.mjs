// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publish from './src/publish/integration.ts';

export default defineConfig({
  // Absolute URLs in social tags and oEmbed; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://around-kazakhstan.example',
  // publish: sitemap, robots.txt, _headers and deploy/nginx.conf from src/publish/policy.ts; .br/.gz copies.
  integrations: [mdx(), publish()],
  // Content tests build temporary copies of the site; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The CSS goes into each page (about 5 KB gzip): a separate stylesheet blocked the first paint for a round trip,
  // the largest part of the story's LCP (#16). The Content-Security-Policy allows inline styles.
  build: { inlineStylesheets: 'always' },
  // Never inline scripts: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
