/**
 * What the build adds to dist/ for publishing (run by the Astro integration in integration.ts, after the pages are
 * written): sitemap.xml and robots.txt, `_headers`, the nginx server block in deploy/, then the precompressed copies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, precompress, type CompressionResult } from './compress.ts';
import { headersFile, nginxConf } from './hostConfig.ts';
import { robotsTxt, routePage, sitemapXml, type SitemapPage } from './sitemap.ts';

export interface PublishOptions {
  /** Absolute path of the built site. */
  dist: string;
  /** The site's origin (SITE_URL), for the sitemap and robots.txt. */
  site: string;
  /** The pages built, as Astro lists them (`ru/embed/`; '' for the home page): the sitemap's pages. */
  pages: readonly string[];
  /** Where to write nginx.conf; none if omitted. */
  deployDir?: string;
}

export interface PublishResult {
  pages: SitemapPage[];
  compressed: CompressionResult[];
}

export async function publishBuild({ dist, site, deployDir, pages: built }: PublishOptions): Promise<PublishResult> {
  const pages = built.map(routePage);
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(pages, site));
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(site));
  writeFileSync(join(dist, '_headers'), headersFile(listFiles(dist)));
  if (deployDir) {
    mkdirSync(deployDir, { recursive: true });
    writeFileSync(join(deployDir, 'nginx.conf'), nginxConf({ root: dist }));
  }
  const compressed = await precompress(dist);
  return { pages, compressed };
}
