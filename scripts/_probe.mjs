import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [url, w] of process.argv.slice(2).map((a) => a.split('@'))) {
  const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  const h = await page.evaluate(() => Math.ceil(document.querySelector('.embed-root').getBoundingClientRect().height));
  console.log(url, w, h);
  await page.screenshot({ path: `/tmp/probe-${w}.png`, fullPage: true });
  await page.close();
}
await browser.close();
