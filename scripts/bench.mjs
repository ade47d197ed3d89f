// `npm run bench`: measures the production build and checks its budgets. Prints figures; exits 1 if a budget is
// broken. Not a unit test: numbers vary with the machine (here WebGL runs in software).
//   1. Lighthouse, mobile preset, on the story and each embed: scores, LCP, TBT, CLS, bytes.
//   2. JavaScript (gzip) requested before the first scroll; requests leaving the origin.
//   3. Bytes of the map's code and geometry (loaded lazily).
//   5. Jump latency (scripts/bench-jumps.mjs): instant jumps to steps on the story and on a minimal scrollama page
//      built in the same run; the story must show the step within 3 frames (p90) and no later than the peer.
//   4. Scripted full-story scrolls under 4× CPU throttling (scripts/bench-scrolls.mjs; BENCH_SCROLLS runs, default
//      3, and one with reduced motion): long tasks and frame times; every run must keep the long-task budget while it
//      scrolls. Then one step-by-step read, still at each step, whose scrolls must keep it too (long tasks while the
//      page is still are listed). Composited in software, as a phone's GPU is not on its main thread's cores (see
//      bench-scrolls.mjs); BENCH_EMULATED_GPU_SCROLLS runs (default 2) with the GPU emulated on the CPU are printed
//      beside them, outside the budget.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { jumpLatency, removePeer, writePeer } from './bench-jumps.mjs';
import { phonePage, scrolls } from './bench-scrolls.mjs';

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

async function firstView(browser) {
  const { context, page, foreign } = await phonePage(browser, origin);
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
    const foreign = [...(await firstView(browser)), ...(parts.has('scrolls') ? await scrolls({ origin, runs: Number(process.env.BENCH_SCROLLS ?? 3), emulatedGpuRuns: Number(process.env.BENCH_EMULATED_GPU_SCROLLS ?? 2), longTaskMs: budgets.longTaskMs, check }) : [])];
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
