/** The Astro integration that runs publishBuild when `astro build` has written dist/. */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishBuild } from './build.ts';

export default function publish(): AstroIntegration {
  let site = 'http://localhost/';
  let root = process.cwd();
  return {
    name: 'around-kazakhstan:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        const started = performance.now();
        const deployDir = join(root, 'deploy');
        const { pages, compressed } = await publishBuild({ dist: fileURLToPath(dir), site, deployDir, pages: built.map((page) => page.pathname) });
        const total = (key: 'bytes' | 'br' | 'gzip') => compressed.reduce((sum, file) => sum + (file[key] ?? file.bytes), 0);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        logger.info(
          `sitemap.xml (${pages.length} pages built), robots.txt, _headers, deploy/nginx.conf; ` +
            `${compressed.length} text files precompressed: ${kb(total('bytes'))} → ${kb(total('br'))} br, ${kb(total('gzip'))} gzip ` +
            `(${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
