/**
 * The story page's only script: loads the scroll wiring (story.ts, its libraries and the chart and map code) after
 * the first paint, so the headline and dek paint without waiting for that code to download, compile and set up. A
 * frame callback runs before the next paint; a task queued from it runs after that paint.
 */
requestAnimationFrame(() => setTimeout(() => void import('./story')));
