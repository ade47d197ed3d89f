// Jump latency for `npm run bench`: how long after an instant jump (End, a scrollbar drag, an in-page link) the
// right step is current, on the story and on a peer page built in the same run: the same page wired with plain
// scrollama (onStepEnter sets aria-current). Timed in the page, from the scroll to the frame that shows the step.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const peerDir = 'dist/bench-peer';

/**
 * The peer: the story's own built page, same text, layout and graphic, with the story's scripts taken out and plain
 * scrollama wired as the peer approach does it (onStepEnter sets aria-current). Written into the build for the preview
 * server to serve; `removePeer` takes it out again.
 */
export function writePeer() {
  mkdirSync(peerDir, { recursive: true });
  copyFileSync(join(dirname(require.resolve('scrollama')), 'scrollama.min.js'), join(peerDir, 'scrollama.min.js'));
  const story = readFileSync('dist/index.html', 'utf8').replace(/<script type="module"[^>]*><\/script>/g, '');
  const wiring = `<script src="/bench-peer/scrollama.min.js"></script><script src="/bench-peer/peer.js"></script>`;
  writeFileSync(join(peerDir, 'peer.js'), `const scroller = scrollama();
scroller.setup({ step: '[data-step]', offset: 0.5 }).onStepEnter(({ element }) => {
  document.querySelectorAll('[data-step][aria-current]').forEach((step) => step.removeAttribute('aria-current'));
  element.setAttribute('aria-current', 'step');
});
`);
  writeFileSync(join(peerDir, 'index.html'), story.replace('</body>', `${wiring}</body>`));
}

export const removePeer = () => rmSync(peerDir, { recursive: true, force: true });

/** The jump order: far both ways, near, to the ends. */
const order = (count) => [count - 1, 0, Math.floor(count / 2), 2, count - 2, 5, 1, count - 1, 3, 0].filter((i) => i < count);

/**
 * Jump latencies (ms) on `url` at `viewport`, one per jump in `order`. `svgOnly`: the map's MapLibre chunk is refused,
 * so the story keeps its SVG map (as without WebGL).
 */
async function latencies(browser, url, viewport, { svgOnly = false } = {}) {
  const page = await browser.newPage({ viewport });
  if (svgOnly) await page.route(/maplibreMap[^/]*\.js$/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'networkidle' });
  const results = [];
  const count = await page.evaluate(() => document.querySelectorAll('[data-step]').length);
  for (const index of order(count)) {
    results.push(await page.evaluate(async (i) => {
      const element = document.querySelectorAll('[data-step]')[i];
      const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const startedAt = performance.now();
      window.scrollTo({ top, behavior: 'instant' });
      // Frame by frame, what each frame painted: read in a task right after the frame (a rAF callback and its frame's
      // style, layout and paint are one task in Chromium), so a step marked current by a later rAF callback of that
      // same frame (the story draws in its own rAF) counts for the frame that shows it.
      for (let frames = 1; ; frames++) {
        const now = await new Promise((resolve) => requestAnimationFrame((time) => setTimeout(() => resolve(time))));
        if (element.getAttribute('aria-current') === 'step') return { ms: now - startedAt, frames };
        if (now - startedAt > 5000) return { ms: Infinity, frames: Infinity };
      }
    }, index));
    await page.waitForTimeout(300);
  }
  await page.close();
  return results;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { median: at(50), p90: at(90), max: sorted[sorted.length - 1] };
};

/**
 * Prints the story's and the peer's jump latencies, in animation frames and in ms. Budget: the story shows the right
 * step within `budgetFrames` frames at the 90th percentile, and no later than the peer. The ms are printed, not held to
 * a budget: on a machine that rasterises in software they measure how long the frames take to draw, not the engine
 * (the peer's graphic never changes, so its frames are short). The story is measured twice: as readers with WebGL
 * get it (MapLibre, drawn here by SwiftShader on the CPU, 100–300 ms a frame) and with its SVG map only.
 */
export async function jumpLatency(browser, origin, check, budgetFrames) {
  const story = [];
  const svgStory = [];
  const peer = [];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    story.push(...(await latencies(browser, `${origin}/`, viewport)));
    svgStory.push(...(await latencies(browser, `${origin}/`, viewport, { svgOnly: true })));
    peer.push(...(await latencies(browser, `${origin}/bench-peer/`, viewport)));
  }
  const f = (list) => stats(list.map((jump) => jump.frames));
  const ms = (list) => stats(list.map((jump) => jump.ms));
  const row = (name, list) => ({
    page: name, jumps: list.length,
    'frames median': f(list).median, 'frames p90': f(list).p90, 'frames max': f(list).max,
    'ms median': ms(list).median.toFixed(0), 'ms p90': ms(list).p90.toFixed(0), 'ms max': ms(list).max.toFixed(0),
  });
  console.log(`\nJump latency: instant jumps to ${story.length / 2} steps at 1280×800 and 390×844, scroll → the first frame that shows the step current (budget: p90 ≤ ${budgetFrames} frames, median and p90 no later than the scrollama peer)`);
  console.table([row('story', story), row('story, SVG map only', svgStory), row('scrollama peer', peer)]);
  for (const [name, list] of [['story', story], ['story with its SVG map only', svgStory]]) {
    check(f(list).p90 <= budgetFrames, `${name}: jump latency p90 ${f(list).p90} frames > ${budgetFrames}`);
    check(f(list).median <= f(peer).median, `${name}: jump latency median ${f(list).median} frames, later than the scrollama peer's ${f(peer).median}`);
    check(f(list).p90 <= f(peer).p90, `${name}: jump latency p90 ${f(list).p90} frames, later than the scrollama peer's ${f(peer).p90}`);
  }
}
