/**
 * An embed page's only script: loads its wiring (embedPage.ts with the chart and map code) after the first paint,
 * so the chart's title paints without waiting for that code. A frame callback runs before the next paint; a task
 * queued from it runs after that paint.
 */
requestAnimationFrame(() => setTimeout(() => void import('./embedPage')));
