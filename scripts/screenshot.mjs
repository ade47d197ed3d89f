// Screenshots of a page at phone and desktop widths, for looking at what we build.
// Usage: npm run screenshot -- [url] [outDir]   (defaults: the local preview, ./test-results/screens)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4321/';
const outDir = process.argv[3] ?? 'test-results/screens';
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const fullPage = process.env.FULL !== '0';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 800 }, deviceScaleFactor: 1 });
  page.on('console', (msg) => msg.type() === 'error' && console.log(`[console] ${msg.text()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  const file = `${outDir}/${width}.png`;
  await page.screenshot({ path: file, fullPage });
  console.log(file);
  await page.close();
}
await browser.close();
