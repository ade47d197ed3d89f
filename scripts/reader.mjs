// What the framing check and the screenshots share: the screens we read on, where a reader has a step's text, the
// story's steps in order, and waiting for a local server.
import { readFileSync, readdirSync } from 'node:fs';

/** Phones, a tablet, a laptop and a wide desktop. */
export const sizes = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** A step's top, as a fraction of the screen's height from the top, where a reader has it (src/map/freeArea.ts). */
export const readingLine = 0.4;

/** The story's steps in reading order, from the MDX sources. */
export function storySteps() {
  return readdirSync('content/story')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(`content/story/${name}`, 'utf8'))
    .map((source) => ({ order: Number(/^order:\s*(\d+)/m.exec(source)[1]), steps: [...source.matchAll(/<Step\s[^>]*>/g)].map((match) => match[0]) }))
    .sort((a, b) => a.order - b.order)
    .flatMap((file) => file.steps.map((tag) => {
      const scene = /scene="([^"]+)"/.exec(tag)[1];
      return { id: /\sid="([^"]+)"/.exec(tag)?.[1] ?? scene, scene };
    }));
}

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
