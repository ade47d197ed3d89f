import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';

/** Our site, as the e2e server serves it. */
export const siteOrigin = `http://localhost:${process.env.E2E_PORT ?? 4391}`;
const pymSource = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/**
 * A newsroom's site on another origin: `/pym.js`, and `/?chart=<id>&kind=iframe|pym&width=<px>` answered with
 * `page(chart, kind, width)`. Resolves once it listens; `close()` when done.
 */
export async function startHostSite(port: number, page: (chartId: string, kind: 'iframe' | 'pym', width: number) => string): Promise<Server> {
  const origin = `http://localhost:${port}`;
  const host = createServer((request, response) => {
    const url = new URL(request.url!, origin);
    if (url.pathname === '/pym.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pymSource);
      return;
    }
    const chart = url.searchParams.get('chart');
    if (!chart) {
      response.writeHead(404).end();
      return;
    }
    const kind = url.searchParams.get('kind') as 'iframe' | 'pym';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(chart, kind, Number(url.searchParams.get('width'))));
  });
  await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve));
  return host;
}

/** An embed's own content height at `width`, measured on the embed page (`path`) itself. */
export async function embedContentHeight(page: Page, path: string, width: number): Promise<number> {
  const probe = await page.context().newPage();
  await probe.setViewportSize({ width, height: 800 });
  await probe.goto(`${siteOrigin}${path}`);
  await probe.waitForLoadState('networkidle');
  const height = await probe.evaluate(() => Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height));
  await probe.close();
  return height;
}
