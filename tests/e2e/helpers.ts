import type { Page } from '@playwright/test';

/**
 * Collects console errors, uncaught exceptions and any request that leaves the page's origin, so a test can assert
 * that none happened.
 */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    const origin = new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}
