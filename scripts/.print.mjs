import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
await page.goto('http://localhost:4321/', { waitUntil: 'networkidle' });
await page.evaluate(() => window.dispatchEvent(new Event('beforeprint'))); await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: '/tmp/print-a.png', fullPage: true, clip: { x: 0, y: 0, width: 800, height: 2600 } }); await page.screenshot({ path: '/tmp/print-b.png', fullPage: true, clip: { x: 0, y: 2600, width: 800, height: 2600 } });
const h = await page.evaluate(() => document.body.scrollHeight); console.log('height', h);
await browser.close();
