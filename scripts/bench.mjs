// `npm run bench`: measures the production build and checks its budgets. Prints figures; exits 1 if a budget is
// broken. Not a unit test: numbers vary with the machine (here WebGL runs in software).
//   1. Lighthouse, mobile preset, on the story and each embed: scores, LCP, TBT, CLS, bytes.
//   2. JavaScript (gzip) requested before the first scroll; requests leaving the origin.
//   3. Bytes of the map's code and geometry (loaded lazily).
//   5. Jump latency (scripts/bench-jumps.mjs): instant jumps to steps on the story and on a minimal scrollama page
//      built in the same run; the story must show the step within 3 frames (p90) and no later than the peer.
//   4. Scripted full-story scrolls under 4× CPU throttling (BENCH_SCROLLS runs, default 3, and one with reduced
//      motion): long tasks and frame times; every run must keep the long-task budget while it scrolls. Then one step-by-step read, still at each
//      step, whose scrolls must keep it too (long tasks while the page is still are listed).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { jumpLatency, removePeer, writePeer } from './bench-jumps.mjs';

const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
// Both editions: the Russian pages share the code, scenes and data, not the words.
const pages = ['/', '/embed/export-surge/', '/embed/reroute-map/', '/ru/', '/ru/embed/export-surge/', '/ru/embed/reroute-map/'];
// BENCH_PARTS=lighthouse,jumps,scrolls runs only those parts (for quick looks while working; `npm run bench` runs all).
const parts = new Set((process.env.BENCH_PARTS ?? 'lighthouse,jumps,scrolls').split(','));
const budgets = { lcpMs: 1000, performance: 95, accessibility: 100, cls: 0.01, firstViewJsKb: 60, longTaskMs: 50, jumpFrames: 3 };
const failures = [];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok ? 'ok' : 'OVER BUDGET';
};

/**
 * The production server (`npm run serve`: the build's Brotli files and the caching policy of src/publish/policy.ts),
 * so the figures are what a reader's browser gets; `astro preview` sends everything uncompressed.
 */
async function startPreview() {
  const server = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the site's server did not start on ${origin}`);
}

/** Bytes transferred for requests that started before the first contentful paint (the document, its scripts). */
function firstViewBytes(lhr) {
  const fcp = lhr.audits.metrics.details.items[0].observedFirstContentfulPaint;
  const requests = lhr.audits['network-requests'].details.items;
  return requests.filter((request) => request.networkRequestTime <= fcp).reduce((sum, request) => sum + request.transferSize, 0);
}

/** Lighthouse runs per page: its simulated figures vary from run to run, so budgets hold its median (as its docs advise). */
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function runLighthouse() {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
  const rows = [];
  try {
    for (const path of pages) {
      const runs = [];
      for (let run = 0; run < lighthouseRuns; run++) {
        const { lhr } = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const score = (id) => Math.round(lhr.categories[id].score * 100);
        const audit = (id) => lhr.audits[id].numericValue;
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcpMs: Math.round(audit('first-contentful-paint')),
          lcpMs: Math.round(audit('largest-contentful-paint')),
          tbtMs: Math.round(audit('total-blocking-time')),
          cls: Number(audit('cumulative-layout-shift').toFixed(3)),
          kb: Number(kb(audit('total-byte-weight'))),
          // The first view's bytes: the document and what it requests before its first paint (CSS is inline).
          firstViewKb: Number(kb(firstViewBytes(lhr))),
        });
      }
      const row = { path };
      for (const key of Object.keys(runs[0])) row[key] = median(runs.map((run) => run[key]));
      const lcps = runs.map((run) => run.lcpMs);
      row.lcpRange = `${Math.min(...lcps)}–${Math.max(...lcps)}`;
      rows.push(row);
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\nLighthouse (mobile preset, simulated throttling): the median of ${lighthouseRuns} runs per page, and the range of LCP`);
  console.table(rows);
  for (const row of rows) {
    check(row.lcpMs <= budgets.lcpMs, `${row.path}: LCP ${row.lcpMs} ms > ${budgets.lcpMs} ms`);
    check(row.performance >= budgets.performance, `${row.path}: performance ${row.performance} < ${budgets.performance}`);
    check(row.accessibility >= budgets.accessibility, `${row.path}: accessibility ${row.accessibility} < ${budgets.accessibility}`);
    check(row.cls <= budgets.cls, `${row.path}: CLS ${row.cls} > ${budgets.cls}`);
  }
}

/**
 * A mid-range phone's viewport, with every request leaving the origin recorded. `reducedMotion`: the reader has
 * asked for less motion (camera cuts, still trucks).
 */
async function phonePage(browser, { reducedMotion = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { context, page, foreign };
}

async function firstView(browser) {
  const { context, page, foreign } = await phonePage(browser);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  let jsBytes = 0;
  const jsFiles = [];
  for (const response of responses) {
    if (!/javascript/.test(response.headers()['content-type'] ?? '') && !response.url().endsWith('.js')) continue;
    const gzipped = gzipSync(await response.body()).length;
    jsBytes += gzipped;
    jsFiles.push(`${response.url().replace(origin, '')} ${kb(gzipped)} KB`);
  }
  console.log('\nJavaScript before the first scroll (gzip)');
  for (const file of jsFiles) console.log(`  ${file}`);
  console.log(`  total ${kb(jsBytes)} KB (budget ${budgets.firstViewJsKb} KB): ${check(jsBytes / 1024 <= budgets.firstViewJsKb, `JS before first scroll ${kb(jsBytes)} KB > ${budgets.firstViewJsKb} KB`)}`);
  await context.close();
  return foreign;
}

/** The story in a fresh phone page under 4× CPU throttling, recording long tasks in `window.__longTasks`. */
async function throttledStory(browser, options) {
  const { context, page, foreign } = await phonePage(browser, options);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
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
async function fullScroll(browser, options) {
  const { context, page, foreign } = await throttledStory(browser, options);
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
async function stepByStep(browser) {
  const { context, page, foreign } = await throttledStory(browser);
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

async function scrolls(browser, runs) {
  console.log(`\nFull-story scroll, 4× CPU throttling, ${runs} runs and one with reduced motion, in fresh pages (budget: no long task over ${budgets.longTaskMs} ms while scrolling, outside the map's first load)`);
  const rows = [];
  const foreign = [];
  // The last run as a reader who asked for reduced motion: the camera cuts instead of flying.
  for (let run = 1; run <= runs + 1; run++) {
    const reducedMotion = run > runs;
    const result = await fullScroll(browser, { reducedMotion });
    foreign.push(...result.foreign);
    rows.push({
      run: reducedMotion ? `${run} (reduced motion)` : run,
      renderer: result.renderer,
      frames: result.frames,
      'p50 ms': Number(result.p50.toFixed(1)),
      'p95 ms': Number(result.p95.toFixed(1)),
      'max ms': Number(result.max.toFixed(1)),
      'long tasks, first map load (exempt)': result.exempt,
      'long tasks while scrolling (ms)': result.counted.join(' ') || 'none',
      'after it stops (ms)': result.atRest.join(' ') || 'none',
    });
    check(result.counted.length === 0, `scroll run ${run}${reducedMotion ? ' (reduced motion)' : ''}: ${result.counted.length} long task(s) of ${result.counted.join(', ')} ms`);
  }
  console.table(rows);
  const reading = await stepByStep(browser);
  foreign.push(...reading.foreign);
  console.log(`\nStep by step, 4× CPU throttling: ${reading.steps} steps, still for 1.5 s at each`);
  console.table([{
    'long tasks, first map load (exempt)': reading.exempt,
    'long tasks while scrolling (ms)': reading.counted.join(' ') || 'none',
    'while still (ms)': reading.atRest.join(' ') || 'none',
  }]);
  check(reading.counted.length === 0, `step-by-step scroll: ${reading.counted.length} long task(s) of ${reading.counted.join(', ')} ms`);
  return foreign;
}

function mapBytes() {
  const dir = 'dist/_astro';
  const files = readdirSync(dir).filter((name) => /maplibre/i.test(name) && !/\.(br|gz)$/.test(name));
  console.log('\nMap code and geometry (loaded only near the map; gzip)');
  let total = 0;
  for (const name of files) {
    const gz = gzipSync(readFileSync(join(dir, name))).length;
    total += gz;
    console.log(`  ${name}: ${kb(statSync(join(dir, name)).size)} KB raw, ${kb(gz)} KB gzip`);
  }
  const geometry = readFileSync('src/map/region.geo.json');
  console.log(`  region geometry (inside the map chunk): ${kb(geometry.length)} KB raw, ${kb(gzipSync(geometry).length)} KB gzip`);
  console.log(`  total map download: ${kb(total)} KB gzip`);
}

writePeer();
const server = await startPreview();
try {
  // The browser measurements first, Lighthouse (which runs in this process) after them: on these 2 cores the
  // scrolls measured after it had 1–3 long tasks of 50–60 ms per run where the same build scrolled alone had none
  // (2026-11-26), the harness's own work competing with the page.
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    if (parts.has('jumps')) await jumpLatency(browser, origin, check, budgets.jumpFrames);
    const foreign = [...(await firstView(browser)), ...(parts.has('scrolls') ? await scrolls(browser, Number(process.env.BENCH_SCROLLS ?? 3)) : [])];
    console.log(`\nRequests outside the origin (first view and every scroll): ${foreign.length}: ${check(foreign.length === 0, `requests outside the origin: ${foreign.join(', ')}`)}`);
  } finally {
    await browser.close();
  }
  if (parts.has('lighthouse')) await runLighthouse();
  mapBytes();
} finally {
  process.kill(-server.pid);
  removePeer();
}
if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) broken:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
