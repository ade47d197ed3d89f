// The scroll part of `npm run bench` (scripts/bench.mjs): full-story scrolls and a step-by-step read of the story
// under 4× CPU throttling, in fresh phone pages; every run must keep the long-task budget while it scrolls.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

/**
 * The scrolls' browser composites in software, as a phone's main thread sees its GPU: somewhere else. A phone
 * rasterises and composites on its GPU, off the cores its main thread runs on. This machine has no GPU, and Chromium
 * here emulates one with SwiftShader (GL on the CPU): over one full scroll its GPU process took 19 s of CPU in 20 s
 * (2026-11-27, /proc per thread), a whole one of the 2 cores. DevTools' CPU throttling busy-waits in its signal
 * handler in proportion to wall-clock time, so each millisecond the page's main thread waited for a core counted four
 * times: the long tasks were the emulated GPU's (3 of 5 runs against 0 of 5 with software compositing, same build,
 * interleaved). Chromium's software compositor draws the same frames for about 2 s of CPU; the page's own work
 * (script, style, layout, paint, commit) is unchanged, and WebGL (MapLibre) still runs in SwiftShader.
 * `emulatedGpuRuns` scrolls with the default flags are printed beside them, outside the budget.
 */
const softwareCompositing = [...chromiumArgs, '--disable-gpu-compositing'];

/**
 * A mid-range phone's viewport, with every request leaving the origin recorded. `reducedMotion`: the reader has
 * asked for less motion (camera cuts, still trucks).
 */
export async function phonePage(browser, origin, { reducedMotion = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { context, page, foreign };
}

/** The story in a fresh phone page under 4× CPU throttling, recording long tasks in `window.__longTasks`. */
async function throttledStory(browser, origin, options) {
  const { context, page, foreign } = await phonePage(browser, origin, options);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  // A reader scrolls what is on screen: from the first contentful paint (headless Chromium here may paint after the
  // network is idle, and a long first layout before it is no scroll's). The story's own start is not waited for.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // BENCH_LOAF=1: where long frames spend their time (scripts, style and layout, paint), printed per run.
    window.__longFrames = [];
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) {
        if (f.duration < 50) continue;
        window.__longFrames.push({
          start: Math.round(f.startTime), duration: Math.round(f.duration), blocking: Math.round(f.blockingDuration),
          render: Math.round(f.renderStart ? f.startTime + f.duration - f.renderStart : 0),
          styleLayout: Math.round(f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0),
          scripts: f.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)}ms (forced layout ${Math.round(s.forcedStyleAndLayoutDuration)})`),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
    window.__stepChanges = [];
    new MutationObserver((records) => {
      for (const r of records) if (r.target.getAttribute('aria-current')) window.__stepChanges.push([Math.round(performance.now()), r.target.id]);
    }).observe(document.querySelector('.scrolly'), { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  });
  return { context, page, foreign };
}

/** The whole story, scrolled at a reading pace under 4× CPU throttling, in a fresh page. */
async function fullScroll(browser, origin, options) {
  const { context, page, foreign } = await throttledStory(browser, origin, options);
  const scroll = await page.evaluate(async () => {
    const frames = [];
    const end = document.querySelector('.scrolly').getBoundingClientRect().bottom + scrollY;
    const startedAt = performance.now();
    let last = startedAt;
    // Like a reader's scroll, the script never reads layout: it keeps its own count of where it has scrolled to
    // (reading scrollY after scrolling would force a style and layout pass inside the frame it measures).
    let y = scrollY;
    await new Promise((resolve) => {
      const tick = (now) => {
        frames.push(now - last);
        last = now;
        y += 24;
        window.scrollTo(0, y);
        if (y + innerHeight >= end || now - startedAt > 90_000) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const stoppedAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { frames, startedAt, stoppedAt, mapLoad: [mark('maplibre:load-start'), mark('maplibre:load-end')], renderer: document.querySelector('[data-map]').dataset.renderer ?? 'svg' };
  });
  const longTasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start >= scroll.startedAt);
  if (process.env.BENCH_LOAF) await printLongFrames(page, `scroll ${Math.round(scroll.startedAt)}–${Math.round(scroll.stoppedAt)} ms`, longTasks);
  await context.close();
  const exempt = firstMapLoad(scroll.mapLoad);
  // Once the reader stops, MapLibre catches up with the scene (it repaints only when the page is still): reported,
  // not counted, since no scroll is going on to stutter.
  const counted = longTasks.filter((task) => !exempt(task) && task.start < scroll.stoppedAt);
  const atRest = longTasks.filter((task) => !exempt(task) && task.start >= scroll.stoppedAt);
  const sorted = [...scroll.frames].sort((a, b) => a - b);
  const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return {
    renderer: scroll.renderer,
    frames: sorted.length,
    p50: percentile(50),
    p95: percentile(95),
    max: sorted[sorted.length - 1],
    exempt: longTasks.filter(exempt).length,
    counted: counted.map((task) => Math.round(task.duration)),
    atRest: atRest.map((task) => Math.round(task.duration)),
    foreign,
  };
}

/** BENCH_LOAF=1: each long task with the step it came at, and where the long frames' time went. */
async function printLongFrames(page, title, longTasks) {
  const frames = await page.evaluate(() => window.__longFrames);
  const changes = await page.evaluate(() => window.__stepChanges);
  const stepAt = (t) => changes.filter(([at]) => at <= t).map(([at, id]) => `${id}@${at}`).pop() ?? 'before';
  console.log(`${title}; long tasks at ${longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)} (${stepAt(t.start)})`).join(' ')}`);
  for (const frame of frames.filter((f) => f.blocking > 0)) console.log(stepAt(frame.start), JSON.stringify(frame));
}

/**
 * The map's first load (fetching and compiling MapLibre, creating the WebGL context, cutting the story's tiles, the
 * first frames) is exempt from the long-task budget.
 */
function firstMapLoad([loadStart, loadEnd]) {
  return (task) => loadStart !== undefined && task.start + task.duration >= loadStart && task.start <= (loadEnd ?? Infinity) + 1000;
}

/**
 * The story read step by step: scrolled at 24 px a frame to each step's middle, then still for 1.5 s, as a reader
 * reads. Long tasks while scrolling count against the budget; those while still (MapLibre repaints then) are listed.
 */
async function stepByStep(browser, origin) {
  const { context, page, foreign } = await throttledStory(browser, origin);
  const reading = await page.evaluate(async () => {
    // Step positions are read once, before the first scroll, for the same reason the full scroll keeps its own count.
    const targets = [...document.querySelectorAll('[data-step]')].map((step) => step.getBoundingClientRect().top + scrollY + step.offsetHeight / 2 - innerHeight / 2);
    const scrolling = [];
    let y = scrollY;
    for (const target of targets) {
      const from = performance.now();
      await new Promise((resolve) => {
        const tick = () => {
          y = Math.min(target, y + 24);
          window.scrollTo(0, y);
          if (y >= target) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      scrolling.push([from, performance.now()]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { scrolling, mapLoad: [mark('maplibre:load-start'), mark('maplibre:load-end')], steps: targets.length };
  });
  const longTasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start >= reading.scrolling[0][0]);
  if (process.env.BENCH_LOAF) await printLongFrames(page, `step by step, scrolling in ${reading.scrolling.map(([from, to]) => `${Math.round(from)}–${Math.round(to)}`).join(' ')}`, longTasks);
  await context.close();
  const exempt = firstMapLoad(reading.mapLoad);
  const whileScrolling = (task) => reading.scrolling.some(([from, to]) => task.start < to && task.start + task.duration > from);
  return {
    steps: reading.steps,
    exempt: longTasks.filter(exempt).length,
    counted: longTasks.filter((task) => !exempt(task) && whileScrolling(task)).map((task) => Math.round(task.duration)),
    atRest: longTasks.filter((task) => !exempt(task) && !whileScrolling(task)).map((task) => Math.round(task.duration)),
    foreign,
  };
}

/** One full scroll's figures as a table row. */
function scrollRow(run, result) {
  return {
    run,
    renderer: result.renderer,
    frames: result.frames,
    'p50 ms': Number(result.p50.toFixed(1)),
    'p95 ms': Number(result.p95.toFixed(1)),
    'max ms': Number(result.max.toFixed(1)),
    'long tasks, first map load (exempt)': result.exempt,
    'long tasks while scrolling (ms)': result.counted.join(' ') || 'none',
    'after it stops (ms)': result.atRest.join(' ') || 'none',
  };
}

/**
 * The scrolls, with their figures printed; `check(ok, message)` records a broken budget. Returns the requests that
 * left the origin.
 */
export async function scrolls({ origin, runs, emulatedGpuRuns, longTaskMs, check }) {
  const foreign = [];
  const browser = await chromium.launch({ executablePath: findChromium(), args: softwareCompositing });
  try {
    console.log(`\nFull-story scroll, 4× CPU throttling, software compositing, ${runs} runs and one with reduced motion, in fresh pages (budget: no long task over ${longTaskMs} ms while scrolling, outside the map's first load)`);
    const rows = [];
    // The last run as a reader who asked for reduced motion: the camera cuts instead of flying.
    for (let run = 1; run <= runs + 1; run++) {
      const reducedMotion = run > runs;
      const result = await fullScroll(browser, origin, { reducedMotion });
      foreign.push(...result.foreign);
      rows.push(scrollRow(reducedMotion ? `${run} (reduced motion)` : run, result));
      check(result.counted.length === 0, `scroll run ${run}${reducedMotion ? ' (reduced motion)' : ''}: ${result.counted.length} long task(s) of ${result.counted.join(', ')} ms`);
    }
    console.table(rows);
    const reading = await stepByStep(browser, origin);
    foreign.push(...reading.foreign);
    console.log(`\nStep by step, 4× CPU throttling, software compositing: ${reading.steps} steps, still for 1.5 s at each`);
    console.table([{
      'long tasks, first map load (exempt)': reading.exempt,
      'long tasks while scrolling (ms)': reading.counted.join(' ') || 'none',
      'while still (ms)': reading.atRest.join(' ') || 'none',
    }]);
    check(reading.counted.length === 0, `step-by-step scroll: ${reading.counted.length} long task(s) of ${reading.counted.join(', ')} ms`);
  } finally {
    await browser.close();
  }
  if (emulatedGpuRuns > 0) foreign.push(...(await emulatedGpuScrolls(origin, emulatedGpuRuns)));
  return foreign;
}

/** For comparison, outside the budget: full scrolls with this machine's emulated GPU (SwiftShader compositing). */
async function emulatedGpuScrolls(origin, runs) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    console.log(`\nFor comparison, not budgeted: the same full scroll with the GPU emulated by SwiftShader on these cores (Chromium's default here), ${runs} runs`);
    const rows = [];
    const foreign = [];
    for (let run = 1; run <= runs; run++) {
      const result = await fullScroll(browser, origin);
      foreign.push(...result.foreign);
      rows.push(scrollRow(run, result));
    }
    console.table(rows);
    return foreign;
  } finally {
    await browser.close();
  }
}
