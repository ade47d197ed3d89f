// Reads the story as a reader does, on five screens: for each map step, the step's text a little above the middle of
// the screen, then checks that everything the step's scene names (its routes, places, closed crossings, countries
// and queue note) is on screen, in the map's frame, and not under the step's card, the embed link or the controls;
// and that no two names overlap. Prints the count of hidden (step, screen, item) cases and of overlaps, and exits
// non-zero when either is not 0. Needs a build (`npm run build`); serves it itself.
// Usage: npm run check:framing [-- --shots <dir>]   (--shots: also a PNG per step and screen)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { readingLine, sizes, storySteps, waitForServer } from './reader.mjs';

const shotsAt = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : null;
if (shotsAt) mkdirSync(shotsAt, { recursive: true });
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
  const steps = storySteps();
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    const mapSteps = await page.evaluate((all) => {
      const payload = JSON.parse(document.getElementById('story-data').textContent);
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
      const report = await page.evaluate(([id, map]) => {
        const figure = document.querySelector('.visual-map [data-map]');
        const frame = figure.querySelector('.map-frame').getBoundingClientRect();
        const view = { left: Math.max(0, frame.left), top: Math.max(0, frame.top), right: Math.min(innerWidth, frame.right), bottom: Math.min(innerHeight, frame.bottom) };
        const covers = [
          document.querySelector(`[data-step="${id}"]`),
          document.querySelector('.visual-map .embed-link'),
          document.querySelector('[data-step-controls]'),
        ].filter((element) => element && element.getClientRects().length > 0).map((element) => element.getBoundingClientRect());
        const boxHidden = (box) => box.left < view.left || box.right > view.right || box.top < view.top || box.bottom > view.bottom
          || covers.some((cover) => box.left < cover.right && cover.left < box.right && box.top < cover.bottom && cover.top < box.bottom);
        const problems = [];
        const svg = figure.querySelector('[data-map-svg]');
        const matrix = svg.getScreenCTM();
        for (const route of map.routes) {
          const line = svg.querySelector(`polyline[data-route="${route}"]`);
          const points = line.getAttribute('points').trim().split(/\s+/).map((pair) => pair.split(',').map(Number));
          const off = points.filter(([x, y]) => {
            const p = new DOMPoint(x, y).matrixTransform(matrix);
            return boxHidden({ left: p.x - 2, right: p.x + 2, top: p.y - 2, bottom: p.y + 2 });
          });
          if (off.length > 0) problems.push(`route ${route} (${off.length} of ${points.length} points)`);
        }
        const nameBoxes = [];
        for (const place of new Set([...map.places, ...map.closed])) {
          const label = figure.querySelector(`.map-label[data-place="${place}"]`);
          const mark = label.querySelector(map.closed.includes(place) ? '.closed-x' : '.dot').getBoundingClientRect();
          if (boxHidden(mark)) problems.push(`place ${place}`);
          if (map.places.includes(place)) {
            const name = label.querySelector('.name');
            if (getComputedStyle(name).display === 'none') problems.push(`name of ${place} not drawn`);
            else {
              const box = name.getBoundingClientRect();
              if (boxHidden(box)) problems.push(`name of ${place}`);
              nameBoxes.push({ what: place, box });
            }
          }
        }
        for (const country of [...map.countries, ...(map.named ?? [])]) {
          const label = figure.querySelector(`.map-label[data-label-id="country:${country}"]`);
          if (getComputedStyle(label).display === 'none') { problems.push(`country ${country} not labelled`); continue; }
          const box = label.getBoundingClientRect();
          if (boxHidden(box)) problems.push(`country ${country}`);
        }
        if (map.queue) {
          const note = figure.querySelector(`.queue-note[data-label-id="note:${map.queue.at}"]`);
          const box = note?.querySelector('.name').getBoundingClientRect();
          if (!note || getComputedStyle(note).display === 'none') problems.push('queue note not drawn');
          else {
            if (boxHidden(box)) problems.push('queue note');
            nameBoxes.push({ what: 'queue note', box });
          }
        }
        // Every drawn name on screen, the scene's or not: no two may overlap.
        for (const label of figure.querySelectorAll('.map-label.country-name')) {
          if (getComputedStyle(label).display !== 'none') nameBoxes.push({ what: label.dataset.labelId, box: label.getBoundingClientRect() });
        }
        const overlapping = [];
        const visible = nameBoxes.filter(({ box }) => box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom);
        for (let i = 0; i < visible.length; i++) {
          for (let j = i + 1; j < visible.length; j++) {
            const a = visible[i].box;
            const b = visible[j].box;
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlapping.push(`${visible[i].what} × ${visible[j].what}`);
          }
        }
        const items = map.routes.length + new Set([...map.places, ...map.closed]).size + map.places.length + map.countries.length + (map.named ?? []).length + (map.queue ? 1 : 0);
        return { problems, overlapping, items };
      }, [step.id, step.map]);
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
console.log(`\nFraming: ${hidden} of ${cases} (step, screen, item) cases hidden; ${overlaps} overlapping names.`);
process.exit(hidden === 0 && overlaps === 0 ? 0 : 1);
