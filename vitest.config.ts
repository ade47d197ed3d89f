/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules and fixtures, the default timeouts) and `integration` (tests on a build: the
 * site's own in dist/, or temporary copies of the site built with one editor's mistake).
 * `npm run test:unit` runs the first; `vitest run` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Each content case builds a copy of the site (several seconds each on a 2-core machine).
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
