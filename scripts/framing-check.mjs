// Reads the story as a reader does, on five screens: for each map step, the step's text a little above the middle of
// the screen, then checks that everything the step's scene names (its routes, places, closed crossings, countries
// and queue note) is on screen, in the map's frame, and not under the step's card, the embed link or the controls;
// and that no two names overlap. Prints the count of hidden (step, screen, item) cases and of overlaps, and exits
// non-zero when either is not 0. Needs a build (`npm run build`); serves it itself.
// Usage: npm run check:framing [-- --shots <dir>] [-- --locale ru]   (--shots: also a PNG per step and screen;
// --locale: read that edition's story, /ru/, with its own names; default English, /)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { framingProbe } from './framing-probe.mjs';
import { readingLine, sizes, storySteps, waitForServer } from './reader.mjs';

const shotsAt = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : null;
if (shotsAt) mkdirSync(shotsAt, { recursive: true });
const locale = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : 'en';
if (!/^[a-z]{2}$/.test(locale)) throw new Error(`--locale: expected an edition such as "ru", got "${locale}"`);
const storyPath = locale === 'en' ? '/' : `/${locale}/`;
const port = Number(process.env.FRAMING_PORT ?? 4395);
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', 'localhost'], { stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const stopServer = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
process.on('exit', stopServer);

let hidden = 0;
let overlaps = 0;
let cases = 0;
try {
  await waitForServer(`http://localhost:${port}/`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  // English: the steps from the MDX; another edition: the steps as its page has them (same scenes, its own text).
  const mdxSteps = locale === 'en' ? storySteps() : null;
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}${storyPath}`, { waitUntil: 'load' });
    const steps = mdxSteps ?? await page.evaluate(() => [...document.querySelectorAll('[data-step]')].map((element) => ({ id: element.dataset.step, scene: element.dataset.stepScene })));
    const mapSteps = await page.evaluate(async (all) => {
      const payload = await (await fetch(document.querySelector('[data-graphic]').dataset.payload)).json();
      const scenes = new Map(payload.scenes.map((scene) => [scene.id, scene]));
      return all.filter((step) => scenes.get(step.scene)?.visual === 'map').map((step) => ({ ...step, map: scenes.get(step.scene).map }));
    }, steps);
    for (const step of mapSteps) {
      await page.evaluate(([id, line]) => {
        const element = document.querySelector(`[data-step="${id}"]`);
        const top = element.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: top - window.innerHeight * line, behavior: 'instant' });
      }, [step.id, readingLine]);
      // At rest: the step current, its scene shown, the camera's flight over (no transform left on the SVG).
      await page.waitForFunction(([id, scene]) => document.querySelector('[aria-current="step"]')?.dataset.step === id
        && document.querySelector('[data-graphic]')?.dataset.scene === scene
        && document.querySelector('[data-map-svg]').style.transform === '', [step.id, step.scene], { timeout: 20_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const report = await page.evaluate(framingProbe, [step.id, step.map]);
      cases += report.items;
      hidden += report.problems.length;
      overlaps += report.overlapping.length;
      const status = report.problems.length + report.overlapping.length === 0 ? 'ok' : [...report.problems.map((p) => `hidden: ${p}`), ...report.overlapping.map((o) => `overlap: ${o}`)].join('; ');
      console.log(`${size.width}×${size.height}  ${step.id.padEnd(20)} ${status}`);
      if (shotsAt) await page.screenshot({ path: `${shotsAt}/${size.width}x${size.height}-${step.id}.png` });
    }
    await page.close();
  }
  await browser.close();
} finally {
  stopServer();
}
console.log(`\nFraming${locale === 'en' ? '' : ` (${storyPath})`}: ${hidden} of ${cases} (step, screen, item) cases hidden; ${overlaps} overlapping names.`);
process.exit(hidden === 0 && overlaps === 0 ? 0 : 1);
