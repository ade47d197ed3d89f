// What the framing check and the screenshots share: the screens we read on, where a reader has a step's text, the
// story's steps in order (src/lib/storySteps.ts), and waiting for a local server.
import { readStorySteps } from '../src/lib/storySteps.ts';
import { screens } from '../src/lib/screens.ts';

/** Phones, a tablet, a laptop and a wide desktop. */
export const sizes = Object.values(screens);

/** A step's top, as a fraction of the screen's height from the top, where a reader has it (src/map/freeArea.ts). */
export const readingLine = 0.4;

/** The story's steps in reading order, from the MDX sources. */
export const storySteps = () => readStorySteps('content/story');

export async function waitForServer(url, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not yet */ }
    if (Date.now() - started > timeoutMs) throw new Error(`No server at ${url} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
