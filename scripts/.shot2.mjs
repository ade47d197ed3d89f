import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/main/scripts/chromium.mjs';
const [,, hash = '', width = '1280', out = '/tmp/shot.png'] = process.argv;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: +width, height: +width < 600 ? 740 : 800 } });
page.on('console', (m) => console.log('[console]', m.type(), m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('requestfailed', (r) => console.log('[requestfailed]', r.url()));
await page.goto('http://localhost:4321/' + hash, { waitUntil: 'networkidle' });
try { await page.waitForSelector('[data-map][data-renderer]', { timeout: 15000 }); } catch { console.log('no renderer attr'); }
await page.waitForTimeout(2500);
console.log(await page.evaluate(() => ({ renderer: document.querySelector('[data-map]')?.dataset.renderer, scene: document.querySelector('[data-graphic]')?.dataset.scene, truck: document.querySelector('.maplibre-container')?.dataset.firstTruck })));
await page.screenshot({ path: out });
await browser.close();
